// Asserts a full disk: when IndexedDB refuses a write with QuotaExceededError, nothing is lost
// silently. On every screen that writes (study, profiles, the header, card detail, class teacher,
// study settings) the same message says what happened in the user's language, what the user entered
// stays on screen, nothing half-written is left, and the same write goes through once there is
// room again.
import type { Page } from '@playwright/test';
import { encodeResultCode } from '../../src/lib/domain/class-code';
import { expect, gradeShown, openRoute, readStores, test } from './fixtures';
import { againButton, prompt as promptOf, studentsTable } from './locators';

const FULL_EN = /Could not save: the device is out of storage space\./;

/** A disk that fills up on demand: every write throws what a browser throws when it is full. */
async function fillableDisk(page: Page) {
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
}

const diskFull = (page: Page, full: boolean) =>
  page.evaluate((full) => ((window as unknown as { diskFull: boolean }).diskFull = full), full);

const alert = (page: Page) => page.getByRole('alert').filter({ hasText: FULL_EN });

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
  await fillableDisk(page);
  await openRoute(page, '/study', 'ar');
  const prompt = promptOf(page);
  await gradeShown(page, '3');
  expect(await reviews(page)).toBe(1);

  const second = await prompt.textContent();
  await diskFull(page, true);
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await expect(page.getByRole('alert')).toContainText('مساحة التخزين على الجهاز ممتلئة');
  // Still the same card, answer shown, waiting for its grade.
  await expect(againButton(page)).toBeVisible();
  const shown = await prompt.textContent();
  expect(shown!.slice(0, 12)).toBe(second!.slice(0, 12));
  expect(await reviews(page)).toBe(1);

  await diskFull(page, false);
  await page.keyboard.press('3');
  await expect(prompt).not.toHaveText(shown!);
  expect(await reviews(page)).toBe(2);
  await expect(page.getByRole('alert')).toBeHidden();
  await page.reload();
  await expect(prompt).toBeVisible();
  expect(await reviews(page)).toBe(2);
});

test('profiles: a name the disk refused stays in its field, and goes in once there is room', async ({
  page
}) => {
  await fillableDisk(page);
  await openRoute(page, '/settings', 'en');
  const profiles = page.getByRole('region', { name: 'Profiles' });
  await diskFull(page, true);
  await profiles.getByLabel('New profile name').fill('Layla');
  await profiles.getByRole('button', { name: 'Add profile' }).click();
  await expect(alert(page)).toBeVisible();
  await expect(profiles.getByLabel('New profile name')).toHaveValue('Layla');
  expect((await readStores(page, ['profiles'])).profiles).toHaveLength(1);
  await diskFull(page, false);
  await profiles.getByRole('button', { name: 'Add profile' }).click();
  await expect(profiles.getByRole('textbox', { name: 'Name', exact: true })).toHaveCount(2);
  await expect(alert(page)).toBeHidden();

  const me = profiles.getByRole('listitem').filter({ hasText: 'In use' });
  await diskFull(page, true);
  await me.getByLabel('Name', { exact: true }).fill('Sam');
  await me.getByRole('button', { name: 'Rename' }).click();
  await expect(alert(page)).toBeVisible();
  await expect(me.getByLabel('Name', { exact: true })).toHaveValue('Sam');
  const names = async () =>
    ((await readStores(page, ['profiles'])).profiles as { name: string }[]).map((p) => p.name);
  expect(await names()).not.toContain('Sam');
  await diskFull(page, false);
  await me.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByLabel('Profile', { exact: true })).toContainText('Sam');
  await expect(alert(page)).toBeHidden();
  expect((await names()).sort()).toEqual(['Layla', 'Sam']);
});

test('header: a refused profile switch or language save is reported and keeps what was', async ({
  page
}) => {
  await fillableDisk(page);
  await openRoute(page, '/settings', 'en');
  const profiles = page.getByRole('region', { name: 'Profiles' });
  await profiles.getByLabel('New profile name').fill('Layla');
  await profiles.getByRole('button', { name: 'Add profile' }).click();
  // The header's profile picker, whatever the language of its label.
  const picker = page.getByRole('banner').getByRole('combobox');
  await expect(picker.getByRole('option')).toHaveCount(2);
  const before = await picker.inputValue();

  await diskFull(page, true);
  await picker.selectOption({ label: 'Layla' });
  await expect(alert(page)).toBeVisible();
  await expect(picker).toHaveValue(before);
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(alert(page)).toBeHidden();

  // The language changes for this visit; the banner says, in it, that it was not saved.
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('alert')).toContainText('مساحة التخزين على الجهاز ممتلئة');
  await diskFull(page, false);
  await picker.selectOption({ label: 'Layla' });
  await expect(page.getByRole('alert')).toBeHidden();
  await expect(picker).not.toHaveValue(before);
});

test('card detail: suspend and reset refused by the disk change nothing, and work after', async ({
  page
}) => {
  await fillableDisk(page);
  await openRoute(page, '/study', 'en');
  await gradeShown(page, '1');
  await openRoute(page, '/cards');
  await page.getByLabel('State').selectOption('learning');
  await page.getByRole('listitem').getByRole('button', { expanded: false }).first().click();
  const stored = async () =>
    ((await readStores(page, ['cards'])).cards as { phase: string; suspended: boolean }[]).filter(
      (c) => c.phase === 'learning'
    );

  await diskFull(page, true);
  await page.getByRole('button', { name: 'Suspend', exact: true }).click();
  await expect(alert(page)).toBeVisible();
  expect((await stored()).map((c) => c.suspended)).toEqual([false]);
  await diskFull(page, false);
  await page.getByRole('button', { name: 'Suspend', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Unsuspend' })).toBeVisible();
  await expect(alert(page)).toBeHidden();
  expect((await stored()).map((c) => c.suspended)).toEqual([true]);

  await diskFull(page, true);
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect(alert(page)).toBeVisible();
  expect(await stored()).toHaveLength(1);
  await diskFull(page, false);
  await page.getByRole('button', { name: 'Reset progress' }).click();
  await expect.poll(async () => (await stored()).length).toBe(0);
});

test('class teacher: a class quiz and a result refused by the disk go in once there is room', async ({
  page
}) => {
  await fillableDisk(page);
  await openRoute(page, '/class', 'en');
  await page.getByRole('button', { name: 'I am the teacher' }).click();
  await page.getByRole('radio', { name: '5' }).check();
  await diskFull(page, true);
  await page.getByRole('button', { name: 'Create class quiz' }).click();
  await expect(alert(page)).toBeVisible();
  // Still on the set-up, with the five questions chosen.
  await expect(page.getByRole('radio', { name: '5' })).toBeChecked();
  expect((await readStores(page, ['classes'])).classes).toHaveLength(0);
  await diskFull(page, false);
  await page.getByRole('button', { name: 'Create class quiz' }).click();
  const code = (await page.getByTestId('class-code').textContent())!.trim();
  await expect(alert(page)).toBeHidden();
  expect((await readStores(page, ['classes'])).classes).toHaveLength(1);

  const result = encodeResultCode({
    quizCode: code,
    name: 'Sara',
    answers: [true, false, true, true, false]
  });
  await diskFull(page, true);
  await page.getByLabel('Result code').fill(result);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(alert(page)).toBeVisible();
  await expect(page.getByLabel('Result code')).toHaveValue(result);
  await diskFull(page, false);
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Added \u2068Sara\u2069.');
  await expect(studentsTable(page)).toContainText('Sara');
  await expect(alert(page)).toBeHidden();
  const [stored] = (await readStores(page, ['classes'])).classes as { results: unknown[] }[];
  expect(stored!.results).toHaveLength(1);
});

test('study settings: a refused save stays on screen and "Try again" saves it', async ({
  page
}) => {
  await fillableDisk(page);
  await openRoute(page, '/settings', 'en');
  const perDay = page.getByLabel('New cards a day');
  await expect(perDay).toBeVisible();
  const newPerDay = async () =>
    ((await readStores(page, ['settings'])).settings as { queue?: { newPerDay: number } }[])
      .map((s) => s.queue?.newPerDay)
      .filter((n) => n !== undefined);
  await diskFull(page, true);
  await perDay.fill('7');
  await perDay.blur();
  await expect(alert(page)).toBeVisible();
  await expect(perDay).toHaveValue('7');
  expect(await newPerDay()).not.toContain(7);
  await diskFull(page, false);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(alert(page)).toBeHidden();
  expect(await newPerDay()).toEqual([7]);
  await page.reload();
  await expect(page.getByLabel('New cards a day')).toHaveValue('7');
});
