// Asserts a full disk: when IndexedDB refuses a write with QuotaExceededError, the grade is not
// lost silently: a message says what happened in the user's language, the card stays on screen,
// nothing half-written is left, and the same grade goes through once there is room again.
import type { Page } from '@playwright/test';
import { expect, openRoute, test } from './fixtures';
import { againButton, prompt as promptOf } from './item-locators';

const reviews = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const req = indexedDB.open('dars');
        req.onsuccess = () => {
          const tx = req.result.transaction('reviews');
          const count = tx.objectStore('reviews').count();
          tx.oncomplete = () => {
            req.result.close();
            resolve(count.result);
          };
        };
      })
  );

test('a full disk is reported and loses nothing', async ({ page }) => {
  // A disk that fills up on demand: every write throws what a browser throws when it is full.
  await page.addInitScript(() => {
    const w = window as unknown as { diskFull: boolean };
    w.diskFull = false;
    for (const method of ['put', 'add'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (
        this: IDBObjectStore,
        ...args: [unknown, IDBValidKey?]
      ) {
        if (w.diskFull) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        return original.apply(this, args);
      } as typeof original;
    }
  });
  await openRoute(page, '/study', 'ar');
  const prompt = promptOf(page);
  const first = await prompt.textContent();
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect(prompt).not.toHaveText(first!);
  expect(await reviews(page)).toBe(1);

  const second = await prompt.textContent();
  await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = true));
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect(page.getByRole('alert')).toContainText('مساحة التخزين على الجهاز ممتلئة');
  // Still the same card, answer shown, waiting for its grade.
  await expect(againButton(page)).toBeVisible();
  const shown = await prompt.textContent();
  expect(shown!.slice(0, 12)).toBe(second!.slice(0, 12));
  expect(await reviews(page)).toBe(1);

  await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = false));
  await page.keyboard.press('3');
  await expect(prompt).not.toHaveText(shown!);
  expect(await reviews(page)).toBe(2);
  await expect(page.getByRole('alert')).toBeHidden();
  await page.reload();
  await expect(prompt).toBeVisible();
  expect(await reviews(page)).toBe(2);
});
