// Asserts the PWA: Chromium finds it installable, and once the service worker controls the page the
// app works with the network gone: a reload and every route render, a deep link never visited too.
import { expect, openRoute, ROUTES, test, waitForServiceWorker } from './fixtures';

test('Chromium finds the app installable, with the manifest we ship', async ({ page }) => {
  await openRoute(page, '/', 'en');
  await waitForServiceWorker(page);
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors: errors } = await cdp.send('Page.getInstallabilityErrors');
  // Every Playwright context is incognito-like; that is the only error allowed.
  expect(errors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
  const manifest = await (await page.request.get('/manifest.webmanifest')).json();
  expect(manifest.name).toBe('Dars · درس');
  expect(manifest.display).toBe('standalone');
  expect(manifest.start_url).toBe('/');
  expect(manifest.scope).toBe('/');
  const sizes = manifest.icons.map(
    (i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`
  );
  expect(sizes).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
});

test('offline: reload and every route render with the network gone', async ({ page, context }) => {
  // The worker's first install, then eight full page loads offline: a budget of its own.
  test.slow();
  await openRoute(page, '/', 'ar');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  // The banner follows the browser's "offline" event. (Chromium's emulated offline state is not
  // carried into the reloaded document's navigator.onLine, so the banner is checked before it.)
  await expect(page.getByRole('status').filter({ hasText: 'لا اتصال' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('اليوم');
  for (const route of ROUTES) {
    await openRoute(page, route);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  }
  // Client-side navigation offline too.
  await page.getByRole('link', { name: 'اليوم' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('اليوم');
});

test('a first visit keeps the system fonts and fetches no font file', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'font') fonts.push(r.url());
  });
  await openRoute(page, '/settings', 'ar');
  // The text-size sample is set in the reading face, the page in the interface faces.
  await expect(page.getByText('تم إسقاط', { exact: false }).first()).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  expect(fonts).toEqual([]);
  expect(await page.evaluate(() => document.fonts.size)).toBe(0);
  // Nor are the web fonts' families named: looking them up on the system slows the first layout.
  expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toBe(
    'system-ui, sans-serif'
  );
});

test('offline: a deep link never visited before renders, fonts included', async ({
  page,
  context
}) => {
  await openRoute(page, '/', 'en');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  const fresh = await context.newPage();
  await fresh.goto('/stats?lang=ar');
  await expect(fresh.getByRole('heading', { level: 1 })).toHaveText('الإحصاءات');
  await fresh.evaluate(() => document.fonts.ready);
  const loaded = await fresh.evaluate(() =>
    [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family)
  );
  expect(loaded.join()).toContain('IBM Plex Sans Arabic');
});
