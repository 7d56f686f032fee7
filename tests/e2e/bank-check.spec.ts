// Asserts that a first visit checks the built-in bank off the page's thread, in a worker, and
// still refuses a broken one; and that where the worker cannot load, the page checks the bank
// itself and studies as before.
import { readFileSync } from 'node:fs';
import type { Page, Route } from '@playwright/test';
import { expect, test } from './fixtures';
import { prompt, showAnswerButton } from './locators';

const BANK = /\/bank\/iran-russia-2023\.json$/;

/** Serves the built-in bank with its first item's evidence emptied, which the schema refuses. */
async function breakBank(page: Page): Promise<void> {
  const bank = JSON.parse(readFileSync('build/bank/iran-russia-2023.json', 'utf8'));
  bank.items[0].evidence = [];
  await page.route(BANK, (route: Route) => route.fulfill({ json: bank }));
}

/** The URLs of the workers the page starts. */
function workers(page: Page): string[] {
  const urls: string[] = [];
  page.on('worker', (worker) => urls.push(worker.url()));
  return urls;
}

test('a first visit checks the bank in a worker and studies', async ({ page }) => {
  const started = workers(page);
  await page.goto('/study?lang=ar');
  await expect(prompt(page)).toBeVisible();
  await expect(showAnswerButton(page)).toBeVisible();
  expect(started.some((url) => url.includes('bank-check.worker'))).toBe(true);
});

test('a bank that fails the checks is refused with a message', async ({ page }) => {
  await breakBank(page);
  const started = workers(page);
  await page.goto('/study?lang=en');
  await expect(page.getByRole('alert')).toHaveText('The question bank could not be loaded.');
  expect(started.some((url) => url.includes('bank-check.worker'))).toBe(true);
});

test('without the worker, the page checks the bank itself', async ({ page }) => {
  await page.route(/bank-check\.worker/, (route) => route.abort());
  await page.goto('/study?lang=ar');
  await expect(prompt(page)).toBeVisible();
  await expect(showAnswerButton(page)).toBeVisible();
});

test('without the worker, a bank that fails the checks is still refused', async ({ page }) => {
  await page.route(/bank-check\.worker/, (route) => route.abort());
  await breakBank(page);
  await page.goto('/study?lang=en');
  await expect(page.getByRole('alert')).toHaveText('The question bank could not be loaded.');
});
