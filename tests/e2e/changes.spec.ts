// Asserts "Export changes" between two devices (two browser contexts): before any file has gone
// or come, it is off and says a full backup comes first; after device A's full backup is merged on
// device B and A studies more, A's changes file is small and holds only the new reviews; on B,
// "Import" (replacing B's data) refuses it with nothing changed, and "Merge" brings B every review
// of A; B's own changes back to A hold only B's new review, not A's sent back. A in English, B in
// Arabic: both languages' labels.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, gradeShown, openRoute, readStores, test } from './fixtures';
import { nav, pageHeading } from './locators';

const uids = async (page: Page) =>
  ((await readStores(page, ['reviews'])).reviews as { uid: string }[]).map((r) => r.uid).sort();

/** Grades the first cards shown on /study (Good), then opens the settings without a reload. */
async function study(page: Page, lang: 'ar' | 'en', count: number) {
  await openRoute(page, '/study', lang);
  for (let i = 0; i < count; i++) await gradeShown(page, '3');
  await nav(page)
    .getByRole('link', { name: lang === 'en' ? 'Settings' : 'الإعدادات' })
    .click();
  await expect(pageHeading(page)).toHaveText(lang === 'en' ? 'Settings' : 'الإعدادات');
}

/** Clicks a button that downloads a file; the file's path. */
async function download(page: Page, name: string) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name, exact: true }).click();
  const file = await downloading;
  return { path: await file.path(), name: file.suggestedFilename() };
}

async function readChanges(path: string) {
  const bytes = await readFile(path);
  return { bytes: bytes.length, backup: JSON.parse(gunzipSync(bytes).toString('utf8')) };
}

/** Merges a file on a page (its language's labels) and waits for the reload that follows. */
async function merge(page: Page, path: string, lang: 'ar' | 'en') {
  await page
    .getByLabel(lang === 'en' ? 'Import backup' : 'استيراد نسخة احتياطية')
    .setInputFiles(path);
  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: lang === 'en' ? 'Merge' : 'دمج', exact: true }).click();
  await reloaded;
  await expect(pageHeading(page)).toBeVisible();
}

test('a full backup, then small changes files both ways; a changes file never replaces', async ({
  newContext
}) => {
  // Two browsers, each studying, exporting, merging and reloading: a budget of its own.
  test.slow();
  const { page: a } = await newContext();
  await study(a, 'en', 3);
  const exportChanges = a.getByRole('button', { name: 'Export changes', exact: true });
  await expect(exportChanges).toBeDisabled();
  await expect(a.getByText('No other device yet: export a full backup')).toBeVisible();
  const full = await download(a, 'Export backup');
  await expect(exportChanges).toBeEnabled();
  await expect(a.getByText(/^For: The device given the .+ backup$/)).toBeVisible();

  const { page: b } = await newContext();
  await openRoute(b, '/settings', 'ar');
  await merge(b, full.path, 'ar');
  expect(await uids(b)).toEqual(await uids(a));

  // A studies two more cards, then writes the changes since the backup.
  await study(a, 'en', 2);
  const changes = await download(a, 'Export changes');
  expect(changes.name).toMatch(/^dars-changes-\d{4}-\d{2}-\d{2}\.json\.gz$/);
  const file = await readChanges(changes.path);
  expect(file.bytes).toBeLessThan(20 * 1024);
  expect(file.backup.sync.partial).toBe(true);
  expect(file.backup.reviews).toHaveLength(2);
  await expect(a.getByRole('status').filter({ hasText: 'Changes saved' })).toBeVisible();

  // On B, in Arabic: replacing B's data with it is refused, and nothing changes.
  const before = await readStores(b, ['profiles', 'cards', 'reviews', 'attempts']);
  await b.getByLabel('استيراد نسخة احتياطية').setInputFiles(changes.path);
  await expect(b.getByText('هذا الملف لا يحوي إلا تغييرات')).toBeVisible();
  await b.getByRole('button', { name: 'استيراد', exact: true }).click();
  const alert = b.getByRole('alert');
  await expect(alert).toContainText('ملف التغييرات لا يحوي إلا جزءًا من بيانات جهازه');
  await expect(alert).toContainText('لم يتغيّر شيء');
  expect(await readStores(b, ['profiles', 'cards', 'reviews', 'attempts'])).toEqual(before);

  // Merged, it brings B all of A's reviews.
  const reloaded = b.waitForEvent('load');
  await b.getByRole('button', { name: 'دمج', exact: true }).click();
  await reloaded;
  await expect(pageHeading(b)).toBeVisible();
  expect(await uids(b)).toEqual(await uids(a));
  expect(await uids(b)).toHaveLength(5);

  // B studies one card and sends its changes back: its one review, none of A's.
  await study(b, 'ar', 1);
  await expect(b.getByText(/^الوجهة: الجهاز /)).toBeVisible();
  const back = await download(b, 'تصدير التغييرات');
  const backFile = await readChanges(back.path);
  expect(backFile.backup.reviews).toHaveLength(1);
  expect(backFile.bytes).toBeLessThan(20 * 1024);
  await merge(a, back.path, 'en');
  expect(await uids(a)).toEqual(await uids(b));
  expect(await uids(a)).toHaveLength(6);
});
