// Asserts sharing courses: a course file made on another device is previewed, imported and listed;
// "Export course" downloads a file that parses, and importing that file in a fresh browser (a new
// device) lists the same course with the same items; the same file again changes nothing; a newer
// version replaces the content and keeps the progress on the items in both; a built-in course's
// file has nothing to import; each bad file (malformed, not a course, newer format, markup in its
// text) is refused with an alert and changes nothing; a backup carries a course made on a device;
// the exported file goes to the share sheet where files can be shared; #import-course lands there.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parseCourseFile } from '../../src/lib/domain/course-file';
import {
  courseFilePayload,
  deviceCourse,
  HEALTH,
  jsonFile,
  type FilePayload
} from './course-fixtures';
import { expect, gradeShown, nav, openRoute, readStores, test } from './fixtures';
import { pageHeading, region } from './locators';

const COURSE = deviceCourse();
const ITEMS = COURSE.bank.items.length;
const BUILT_IN = 'An Unprecedented Rapprochement Between Iran and Russia';

const dump = (page: Page) => readStores(page, ['courses', 'courseContent', 'cards', 'reviews']);

/** On /courses in English: imports a course file through the preview, and sees it listed. */
async function importFile(page: Page, file: FilePayload | string, preview: string) {
  await page.getByLabel('Import course').setInputFiles(file);
  const group = page.getByRole('group', { name: preview });
  await expect(group).toBeVisible();
  await group.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Course imported.' })).toBeVisible();
  await expect(region(page, HEALTH.ar)).toBeVisible();
}

test('a course file is imported, exported, and imported again on a new device', async ({
  page,
  newContext
}) => {
  // Two browsers, the second one cold: a budget of its own.
  test.slow();
  await openRoute(page, '/courses', 'en');
  await page.getByLabel('Import course').setInputFiles(courseFilePayload());
  const preview = page.getByRole('group', { name: 'This file adds a new course:' });
  await expect(preview).toContainText(HEALTH.ar);
  await expect(preview).toContainText(`Questions: ${ITEMS}`);
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  const course = region(page, HEALTH.ar);
  await expect(course.getByRole('definition').first()).toHaveText(String(ITEMS));
  await expect(course.getByRole('button', { name: 'Delete course' })).toBeVisible();

  const downloading = page.waitForEvent('download');
  await course.getByRole('button', { name: 'Export course' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${HEALTH.id}.dars-course.json`);
  await expect(course.getByRole('status')).toContainText(`${HEALTH.id}.dars-course.json`);
  const text = await readFile(await download.path(), 'utf8');
  const parsed = parseCourseFile(text, Buffer.byteLength(text));
  expect(parsed.ok && parsed.course).toEqual(COURSE);

  const { page: fresh } = await newContext();
  await openRoute(fresh, '/courses', 'ar');
  await fresh.getByLabel('استيراد ملف درس').setInputFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/json',
    buffer: Buffer.from(text)
  });
  const group = fresh.getByRole('group', { name: 'يضيف هذا الملف درسًا جديدًا:' });
  await group.getByRole('button', { name: 'استيراد', exact: true }).click();
  await expect(region(fresh, HEALTH.ar).getByRole('definition').first()).toHaveText(String(ITEMS));
  const there = await readStores(fresh, ['courseContent']);
  expect(there.courseContent).toEqual([COURSE]);
  // The course is studied like any other.
  await region(fresh, HEALTH.ar).getByRole('link', { name: 'مراجعة' }).click();
  await expect(fresh).toHaveURL(new RegExp(`/study\\?course=${HEALTH.id}$`));
});

test('the same version again changes nothing; a newer one keeps the progress made', async ({
  page
}) => {
  await openRoute(page, '/courses', 'en');
  await importFile(page, courseFilePayload(), 'This file adds a new course:');
  await page.getByLabel('Import course').setInputFiles(courseFilePayload());
  await expect(page.getByRole('status').filter({ hasText: 'same version' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);

  await region(page, HEALTH.ar).getByRole('link', { name: 'Study' }).click();
  await gradeShown(page, '3');
  const studied = (await dump(page)).cards as { itemId: string; phase: string }[];
  const graded = studied.filter((c) => c.phase !== 'new');
  expect(graded).toHaveLength(1);
  // The next version drops one item that was not studied.
  const dropped = COURSE.bank.items.find((i) => i.id !== graded[0]!.itemId)!;
  const next = {
    ...COURSE,
    createdAt: COURSE.createdAt + 1,
    bank: {
      ...COURSE.bank,
      bankVersion: 'next-version',
      items: COURSE.bank.items.filter((i) => i !== dropped)
    }
  };
  await nav(page).getByRole('link', { name: 'Courses' }).click();
  await expect(pageHeading(page)).toHaveText('Courses');
  await page.getByLabel('Import course').setInputFiles(courseFilePayload(next));
  const preview = page.getByRole('group', { name: /newer version/ });
  await expect(preview).toContainText(`Questions in the version here: ${ITEMS}`);
  await expect(preview).toContainText(`Questions unchanged (progress kept): ${ITEMS - 1}`);
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(region(page, HEALTH.ar).getByRole('definition').first()).toHaveText(
    String(ITEMS - 1)
  );
  const after = await dump(page);
  expect((after.courseContent[0] as typeof next).bank.bankVersion).toBe('next-version');
  expect(after.cards.filter((c) => (c as { phase: string }).phase !== 'new')).toEqual(graded);
  expect(after.reviews).toHaveLength(1);
});

test('a built-in course’s file has nothing to import on a device that has it', async ({ page }) => {
  await openRoute(page, '/courses', 'en');
  const downloading = page.waitForEvent('download');
  await region(page, BUILT_IN).getByRole('button', { name: 'Export course' }).click();
  const file = await (await downloading).path();
  const before = await dump(page);
  await page.getByLabel('Import course').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'comes with the app' })).toBeVisible();
  expect(await dump(page)).toEqual(before);
});

const hostile = structuredClone(COURSE);
hostile.bank.items[0]!.prompt.ar = '<img src=x onerror=alert(1)>';
const file = JSON.parse(courseFilePayload().buffer.toString()) as Record<string, unknown>;

for (const [name, content, message] of [
  ['broken.json', '{"format": "dars-course", ', 'not valid JSON'],
  ['other.json', { format: 'dars-backup', version: 2 }, 'not a Dars course file'],
  ['future.json', { ...file, version: 2 }, 'newer version of Dars'],
  ['markup.json', JSON.parse(courseFilePayload(hostile).buffer.toString()), 'markup (HTML tags)']
] as const) {
  test(`a bad course file is refused and changes nothing: ${name}`, async ({ page }) => {
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await openRoute(page, '/courses', 'en');
    await importFile(page, courseFilePayload(), 'This file adds a new course:');
    const before = await dump(page);
    await page.getByLabel('Import course').setInputFiles(jsonFile(name, content));
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('Nothing on this device has changed.');
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toHaveCount(0);
    expect(await dump(page)).toEqual(before);
    expect(dialogs).toBe(0);
  });
}

test('a bad course file is refused in Arabic too', async ({ page }) => {
  await openRoute(page, '/courses', 'ar');
  await page.getByLabel('استيراد ملف درس').setInputFiles(jsonFile('other.json', { hello: 1 }));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('هذا الملف ليس ملف درس');
  await expect(alert).toContainText('لم يتغيّر شيء على هذا الجهاز.');
  expect((await dump(page)).courses).toEqual([]);
});

test('a backup carries the courses made on the device to a new one', async ({
  page,
  newContext
}) => {
  // Two browsers, the second one reloading itself after the import: a budget of its own.
  test.slow();
  await openRoute(page, '/courses', 'en');
  await importFile(page, courseFilePayload(), 'This file adds a new course:');
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const backup = await (await downloading).path();

  const { page: fresh } = await newContext();
  await openRoute(fresh, '/settings', 'en');
  await fresh.getByLabel('Import backup').setInputFiles(backup);
  await expect(fresh.getByText('Courses made on a device: add 1, replace 0')).toBeVisible();
  const reloaded = fresh.waitForEvent('load');
  await fresh.getByRole('button', { name: 'Import', exact: true }).click();
  await reloaded;
  await openRoute(fresh, '/courses', 'en');
  await expect(region(fresh, HEALTH.ar).getByRole('definition').first()).toHaveText(String(ITEMS));
  expect((await readStores(fresh, ['courseContent'])).courseContent).toEqual([COURSE]);
});

test('a link to /courses#import-course lands on "Import course"', async ({ page }) => {
  await page.goto('/courses?lang=en#import-course');
  const input = page.getByLabel('Import course');
  await expect(input).toBeFocused();
  await expect(input).toBeInViewport();
});

test('where the browser can share files, the exported file is offered to the share sheet', async ({
  page
}) => {
  // A browser that can share files: what it was asked to share is kept for the test to read.
  await page.addInitScript(() => {
    const shared: string[] = [];
    Object.defineProperty(navigator, 'canShare', { value: () => true });
    Object.defineProperty(navigator, 'share', {
      value: (data: { files: File[] }) => {
        shared.push(...data.files.map((f) => `${f.name} ${f.type}`));
        return Promise.resolve();
      }
    });
    Object.defineProperty(window, 'sharedFiles', { value: shared });
  });
  await openRoute(page, '/courses', 'en');
  const course = region(page, BUILT_IN);
  const downloading = page.waitForEvent('download');
  await course.getByRole('button', { name: 'Export course' }).click();
  await downloading;
  await course.getByRole('button', { name: 'Share the file' }).click();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { sharedFiles: string[] }).sharedFiles))
    .toEqual(['iran-russia-2023.dars-course.json application/json']);
  await expect(course.getByRole('alert')).toHaveCount(0);
});
