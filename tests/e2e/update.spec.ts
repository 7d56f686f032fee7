// Asserts the update flow: when a new service worker is waiting, a non-blocking "Update available"
// banner appears; the page does not reload by itself; "Update now" activates the new version.
// The test serves its own copy of build/ so it can publish a "new version" of sw.js.
import { cp, readFile, writeFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { expect, test, waitForServiceWorker } from './fixtures';
import { prompt } from './locators';

let server: Server;
let origin: string;
let root: string;

// eslint-disable-next-line no-empty-pattern -- Playwright needs the fixtures argument first.
test.beforeAll(async ({}, info) => {
  root = info.outputPath('site');
  await cp('build', root, { recursive: true });
  // Only the plain file: the test rewrites it.
  await rm(join(root, 'sw.js.gz'), { force: true });
  await rm(join(root, 'sw.js.br'), { force: true });
  const serve = sirv(root, { dev: true, single: '200.html' });
  server = createServer((req, res) => serve(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test('a waiting version is announced and applied only on request', async ({ page }) => {
  await page.goto(`${origin}/?lang=en`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today');
  await waitForServiceWorker(page);
  const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));

  // Publish a new version of the worker and let the page find it.
  const sw = join(root, 'sw.js');
  await writeFile(sw, `${await readFile(sw, 'utf8')}\n// next version\n`);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

  const banner = page.getByRole('status').filter({ hasText: 'Update available' });
  await expect(banner).toBeVisible();
  // The banner does not block the page, and nothing reloads by itself: the page keeps its state.
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(banner).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

  await banner.getByRole('button', { name: 'Update now' }).click();
  await page.waitForFunction(() => !(window as unknown as { marker?: number }).marker);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await waitForServiceWorker(page);
  const state = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return { waiting: reg?.waiting ?? null, url: navigator.serviceWorker.controller!.scriptURL };
  });
  expect(state.waiting).toBeNull();
  expect(state.url).toBe(firstWorker);
});

test('a new version waits while a study session is in progress', async ({ page }) => {
  await page.goto(`${origin}/study?lang=en`);
  await expect(prompt(page)).toBeVisible();
  await waitForServiceWorker(page);

  const sw = join(root, 'sw.js');
  await writeFile(sw, `${await readFile(sw, 'utf8')}\n// a version published mid-session\n`);
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  await page.waitForFunction(async () =>
    Boolean((await navigator.serviceWorker.getRegistration())?.waiting)
  );

  // Mid-session: studying goes on, no banner, no reload.
  const banner = page.getByRole('status').filter({ hasText: 'Update available' });
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect(banner).toBeHidden();

  // The session ends when the student leaves it; then the update is offered.
  await page.getByRole('link', { name: 'Today' }).click();
  await expect(banner).toBeVisible();
});
