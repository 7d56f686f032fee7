// Asserts backups: an export imported into a fresh browser gives identical data; bad files (not
// JSON, not a backup, from a future version, too large) are refused with an alert in the user's
// language and change nothing; script in a text field is shown as text, never run. Two devices
// that studied the same cards offline and merged each other's file hold the same reviews and cards,
// merging a file again changes nothing, and a forged file is not merged. A backup restored where
// it was made leaves exactly its log.
import { readFile, writeFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, gradeShown, openRoute, readStores, test, waitForServiceWorker } from './fixtures';
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
  // The import writes the cards (none here is the backup's) and the logs in blocks; the app
  // spreads them into their stores when it is idle.
  const inBlocks = async () => {
    const { cardBlocks, logBlocks } = await readStores(fresh, ['cardBlocks', 'logBlocks']);
    return cardBlocks.length + logBlocks.length;
  };
  await expect.poll(inBlocks).toBe(0);
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

test('a backup restored where it was made leaves exactly its log', async ({ page }) => {
  await studyThree(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const file = await (await downloading).path();
  const before = await dump(page);
  // A card studied after the backup: the restore takes its log out again, and writes no other.
  await openRoute(page, '/study', 'en');
  await gradeShown(page, '3');
  await expect.poll(async () => (await dump(page)).reviews?.length).toBe(4);
  await openRoute(page, '/settings', 'en');
  await page.getByLabel('Import backup').setInputFiles(file);
  await expect(page.getByText('This backup will:')).toBeVisible();
  const reloaded = page.waitForEvent('load');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Backup imported.')).toBeVisible();
  await reloaded;
  await expect(pageHeading(page)).toBeVisible();
  const after = await dump(page);
  expect(after.reviews).toEqual(before.reviews);
});

/** Adds `count` logs, copies of the stored ones at later moments, on a connection of the test's. */
async function addLogs(page: Page, count: number) {
  await page.evaluate(
    (count) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('dars');
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction('reviews', 'readwrite');
          const reviews = tx.objectStore('reviews');
          const all = reviews.getAll();
          all.onsuccess = () => {
            const logs = all.result as { id: number; review: number; from?: unknown }[];
            for (let i = 0; i < count; i++) {
              const log = { ...logs[i % logs.length]! };
              delete (log as { id?: number }).id;
              delete log.from;
              reviews.add({ ...log, review: log.review + (i + 1) * 60_000, uid: `e2e-${i}` });
            }
          };
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    count
  );
}

/** The reviews of the backup file the settings page exports now. */
async function exportedReviews(page: Page): Promise<unknown[]> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const text = await readFile((await (await downloading).path())!, 'utf8');
  return (JSON.parse(text) as { reviews: unknown[] }).reviews;
}

test('an export reads the log from its copy in blocks, and around a copy gone stale', async ({
  page
}) => {
  await studyThree(page);
  await addLogs(page, 1_200);
  // The next start copies the older logs into blocks of 500 when idle.
  await openRoute(page, '/settings', 'en');
  const archived = async () => (await readStores(page, ['logArchive'])).logArchive.length;
  await expect.poll(archived).toBe(2);
  expect(await exportedReviews(page)).toEqual((await dump(page)).reviews);
  // A log gone behind the copy's back: the export reads the log itself, and empties the copy.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const req = indexedDB.open('dars');
        req.onsuccess = () => {
          const tx = req.result.transaction('reviews', 'readwrite');
          tx.objectStore('reviews').delete(10);
          tx.oncomplete = () => (req.result.close(), resolve());
        };
      })
  );
  const now = (await dump(page)).reviews;
  expect(now).toHaveLength(1_202);
  expect(await exportedReviews(page)).toEqual(now);
  expect(await archived()).toBe(0);
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

/** Every review (ids aside, by uid) and every card, as IndexedDB holds them. */
async function merged(page: Page) {
  const { reviews, cards } = await readStores(page, ['reviews', 'cards']);
  const logs = (reviews as { id: number; uid: string }[])
    .map(({ id: _, ...r }) => r)
    .sort((a, b) => (a.uid < b.uid ? -1 : 1));
  const byItem = (cards as { itemId: string }[]).sort((a, b) => (a.itemId < b.itemId ? -1 : 1));
  return { logs, cards: byItem };
}

/** A device that studies offline (`grades`, on the first new cards, the same on every device). */
async function studyOffline(
  newContext: () => Promise<{ context: BrowserContext; page: Page }>,
  grades: readonly ('1' | '2' | '3' | '4')[]
) {
  const { context, page } = await newContext();
  await openRoute(page, '/', 'en');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await openRoute(page, '/study', 'en');
  for (const grade of grades) await gradeShown(page, grade);
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await expect(pageHeading(page)).toHaveText('Settings');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  return { page, file: await (await downloading).path() };
}

test('two devices study the same cards offline, each merges the other’s file: both end equal', async ({
  newContext
}) => {
  // Two browsers, each studying, exporting, merging and reloading: a budget of its own.
  test.slow();
  const one = await studyOffline(newContext, ['3', '1', '3']);
  const other = await studyOffline(newContext, ['2', '3']);
  for (const [here, there] of [
    [one, other],
    [other, one]
  ] as const) {
    await here.page.getByLabel('Import backup').setInputFiles(there.file);
    await expect(
      here.page.getByText('Or merge it, keeping the work of both devices:')
    ).toBeVisible();
    await expect(
      here.page.getByText('Profile “\u2068Me\u2069” goes into “\u2068Me\u2069” on this device.')
    ).toBeVisible();
    const reloaded = here.page.waitForEvent('load');
    await here.page.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect(here.page.getByText('Backup merged.')).toBeVisible();
    await reloaded;
    await expect(pageHeading(here.page)).toBeVisible();
  }
  const [a, b] = [await merged(one.page), await merged(other.page)];
  expect(a.logs).toHaveLength(5);
  expect(new Set(a.logs.map((r) => r.uid)).size).toBe(5);
  expect(a).toEqual(b);

  // The same file merged again changes nothing.
  const before = await readStores(one.page, ['reviews', 'cards', 'attempts', 'profiles']);
  await one.page.getByLabel('Import backup').setInputFiles(other.file);
  await expect(one.page.getByText('Reviews added to', { exact: false })).toBeHidden();
  await expect(one.page.getByText('Cards worked out again: 0')).toBeVisible();
  const reloaded = one.page.waitForEvent('load');
  await one.page.getByRole('button', { name: 'Merge', exact: true }).click();
  await reloaded;
  await expect(pageHeading(one.page)).toBeVisible();
  expect(await readStores(one.page, ['reviews', 'cards', 'attempts', 'profiles'])).toEqual(before);
});

test('a file whose review uid stands for another review is not merged, and nothing changes', async ({
  newContext
}) => {
  const { page, file } = await studyOffline(newContext, ['3', '3']);
  const backup = JSON.parse(await readFile(file, 'utf8'));
  // The second review claims the first one's uid.
  backup.reviews[1].uid = backup.reviews[0].uid;
  backup.reviews[1].review += 1;
  backup.reviews.splice(0, 1);
  const before = await readStores(page, ['reviews', 'cards', 'attempts', 'profiles']);
  await page.getByLabel('Import backup').setInputFiles({
    name: 'forged.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup))
  });
  await expect(
    page.getByText(/This file cannot be merged: review [0-9a-f]+: two different reviews/)
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Merge', exact: true })).toBeHidden();
  expect(await readStores(page, ['reviews', 'cards', 'attempts', 'profiles'])).toEqual(before);
});
