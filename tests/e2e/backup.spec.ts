// Asserts backups: an export imported into a fresh browser gives identical data; bad files (not
// JSON, not a backup, from a future version, too large) are refused with an alert in the user's
// language and change nothing; script in a text field is shown as text, never run.
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, gradeShown, openRoute, readStores, test } from './fixtures';
import { nav, pageHeading } from './locators';

const dump = (page: Page) => readStores(page, ['profiles', 'cards', 'reviews', 'attempts']);

/** Three cards studied (graded Again, Hard, Good), then the settings, reached without a reload. */
async function studyThree(page: Page) {
  await openRoute(page, '/study', 'en');
  for (const grade of ['1', '2', '3'] as const) await gradeShown(page, grade);
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await expect(pageHeading(page)).toHaveText('Settings');
}

test('export, then import into a fresh browser: identical data', async ({ page, newContext }) => {
  // Two browsers, each starting the app, the second one cold, then a reload after the import: a
  // budget of its own.
  test.slow();
  await studyThree(page);
  await page.getByLabel('New profile name').fill('<img src=x onerror=alert(1)>');
  await page.getByRole('button', { name: 'Add profile' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const file = await (await downloading).path();
  const before = await dump(page);

  const { page: fresh } = await newContext();
  let dialogs = 0;
  fresh.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  await openRoute(fresh, '/settings', 'ar');
  await fresh.getByLabel('استيراد نسخة احتياطية').setInputFiles(file);
  await expect(fresh.getByText('ستؤدي هذه النسخة إلى:')).toBeVisible();
  await expect(fresh.getByText(/المراجعات: إضافة 3/)).toBeVisible();
  // The page reloads itself a moment after the import: read the data only after that.
  const reloaded = fresh.waitForEvent('load');
  await fresh.getByRole('button', { name: 'استيراد', exact: true }).click();
  await expect(fresh.getByText('استُوردت النسخة الاحتياطية.')).toBeVisible();
  await reloaded;
  await expect(fresh.getByRole('heading', { level: 1 })).toBeVisible();
  const after = await dump(fresh);
  expect(after.reviews).toEqual(before.reviews);
  expect(after.attempts).toEqual(before.attempts);
  expect(after.profiles).toEqual(before.profiles);
  const seen = (cards: unknown[]) =>
    (cards as { itemId: string; phase: string }[]).filter((c) => c.phase !== 'new');
  expect(seen(after.cards!)).toEqual(seen(before.cards!));
  // The hostile profile name is shown as text and never runs.
  await expect(fresh.getByLabel('الملف الشخصي', { exact: true })).toContainText(
    '<img src=x onerror=alert(1)>'
  );
  expect(dialogs).toBe(0);
});

for (const [name, content, message] of [
  ['broken.json', '{"format": "dars-backup", ', 'ليس بصيغة JSON صالحة'],
  ['other.json', '{"hello": 1}', 'ليس نسخة احتياطية من تطبيق درس'],
  [
    'future.json',
    JSON.stringify({ format: 'dars-backup', version: 99 }),
    'من إصدار أحدث من تطبيق درس'
  ]
] as const) {
  test(`a bad file is refused and changes nothing: ${name}`, async ({ page }) => {
    await studyThree(page);
    const before = await dump(page);
    await openRoute(page, '/settings', 'ar');
    await page.getByLabel('استيراد نسخة احتياطية').setInputFiles({
      name,
      mimeType: 'application/json',
      buffer: Buffer.from(content)
    });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('لم يتغيّر شيء');
    expect(await dump(page)).toEqual(before);
  });
}

test('a file over 200 MB is refused before it is read', async ({ page }, info) => {
  const huge = info.outputPath('huge.json');
  await writeFile(huge, Buffer.alloc(200 * 1024 * 1024 + 1, 32));
  await openRoute(page, '/settings', 'en');
  await page.getByLabel('Import backup').setInputFiles(huge);
  await expect(page.getByRole('alert')).toContainText('larger than 200 MB');
});

test('a gentle reminder to back up when storage is not protected, gone after a backup', async ({
  page
}) => {
  // A browser that has not granted persistent storage.
  await page.addInitScript(() => {
    Object.defineProperty(navigator.storage, 'persisted', { value: () => Promise.resolve(false) });
    Object.defineProperty(navigator.storage, 'persist', { value: () => Promise.resolve(false) });
  });
  await openRoute(page, '/settings', 'en');
  const reminder = page.getByRole('note').filter({ hasText: 'Export a backup' });
  await expect(reminder).toBeVisible();
  await expect(page.getByTestId('persisted')).toContainText('Not protected');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  await downloading;
  await expect(reminder).toBeHidden();
  await page.reload();
  await expect(page.getByText(/Last backup:/)).toBeVisible();
  await expect(reminder).toBeHidden();
});
