// Asserts "Add an article": offline, a pasted article becomes a course (made in a worker, reviewed,
// saved) that /courses lists and that Study and Quiz run on; a text without the header asks for
// title and date and uses them; English or too short text is refused with an alert in the
// interface's language and nothing is stored; Cancel while the questions are made stops it and
// gives the form back with the text kept; a save the disk refuses keeps the review and can be
// tried again.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  expect,
  gradeShown,
  LANGS,
  openRoute,
  readStores,
  test,
  waitForServiceWorker
} from './fixtures';
import { pageHeading, prompt, region } from './locators';

const fixture = (path: string) => readFileSync(path, 'utf8');
const HEALTH = fixture('tests/fixtures/health-article.txt');
const HEALTH_TITLE = 'حملة وطنية لتلقيح الأطفال ضد الحصبة في المغرب';
const ECONOMY = fixture('tests/fixtures/economy-article.txt');
/** The economy article without its header, caption included: paragraphs only. */
const ECONOMY_BODY = ECONOMY.split('\n\n').slice(5).join('\n\n');
const SEED = fixture('questions/articles/iran-russia-2023/article.txt');

const L = {
  en: {
    add: 'Add an article',
    text: 'Article text',
    make: 'Make questions',
    working: 'Making questions…',
    cancel: 'Cancel',
    notArabic: 'This text is not in Arabic.',
    tooShort: 'This text is too short to make questions from',
    nothingSaved: 'Nothing was saved.'
  },
  ar: {
    add: 'إضافة مقال',
    text: 'نص المقال',
    make: 'إنشاء الأسئلة',
    working: 'جارٍ إنشاء الأسئلة…',
    cancel: 'إلغاء',
    notArabic: 'هذا النص ليس بالعربية.',
    tooShort: 'هذا النص أقصر من أن تُصنع منه أسئلة',
    nothingSaved: 'لم يُحفظ شيء.'
  }
} as const;

const articleText = (page: Page, lang: 'ar' | 'en' = 'en') =>
  page.getByRole('textbox', { name: L[lang].text });
const makeButton = (page: Page, lang: 'ar' | 'en' = 'en') =>
  page.getByRole('button', { name: L[lang].make, exact: true });
const saveButton = (page: Page) => page.getByRole('button', { name: 'Save course' });

async function storedCourses(page: Page): Promise<{ id: string }[]> {
  return (await readStores(page, ['courses'])).courses as { id: string }[];
}

/** A disk that fills up on demand, as in quota.spec.ts: a write throws what a full browser throws. */
async function fillableDisk(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { diskFull: boolean };
    w.diskFull = false;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: [unknown, IDBValidKey?]
    ) {
      if (w.diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
}

const diskFull = (page: Page, full: boolean) =>
  page.evaluate((full) => ((window as unknown as { diskFull: boolean }).diskFull = full), full);

test('offline: a pasted article becomes a course to study and quiz', async ({ page, context }) => {
  // The worker's first install, a build of the questions, three grades and a whole quiz.
  test.slow();
  await openRoute(page, '/courses', 'en');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.getByRole('link', { name: 'Add an article' }).click();
  await expect(pageHeading(page)).toHaveText('Add an article');
  await articleText(page).fill(HEALTH);
  // The header is read from the text: no title or date asked.
  await expect(page.getByText('Read from the text:')).toContainText(HEALTH_TITLE);
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveCount(0);
  await makeButton(page).click();
  await saveButton(page).click();

  await expect(pageHeading(page)).toHaveText('Courses');
  const course = region(page, HEALTH_TITLE);
  await expect(course).toContainText('صحيفة الصحة اليوم');
  await expect(course.getByRole('button', { name: 'Delete course' })).toBeVisible();
  const id = /course=([a-z0-9-]+)$/.exec(
    (await course.getByRole('link', { name: 'Study', exact: true }).getAttribute('href'))!
  )![1]!;
  expect(id).toMatch(/^article-[0-9a-f]{8}$/);
  expect((await storedCourses(page)).map((c) => c.id)).toEqual([id]);

  await course.getByRole('link', { name: 'Study', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/study\\?course=${id}$`));
  for (let i = 0; i < 3; i++) await gradeShown(page);
  const { reviews } = await readStores(page, ['reviews']);
  expect((reviews as { itemId: string }[]).map((r) => r.itemId.split(':')[0])).toEqual([
    id,
    id,
    id
  ]);

  await page.goto(`/quiz?course=${id}&lang=en`);
  await page.getByRole('radio', { name: '5' }).check();
  await page.getByRole('button', { name: 'Start quiz' }).click();
  for (let i = 0; i < 5; i++) {
    await expect(prompt(page)).toBeVisible();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('button', { name: i === 4 ? 'Finish' : 'Next', exact: true }).click();
  }
  await expect(page.getByTestId('quiz-score')).toHaveText(/\/\s5$/);
});

test('a text without the header asks for its title and date, and the course carries them', async ({
  page
}) => {
  await openRoute(page, '/courses/new', 'en');
  await articleText(page).fill(ECONOMY_BODY);
  await makeButton(page).click();
  await expect(page.getByRole('alert')).toHaveText('Give the article its title and date.');
  await page.getByRole('textbox', { name: 'Title' }).fill('الفائدة في مصر');
  await page.getByLabel('Date').fill('2024-02-08');
  await page.getByRole('textbox', { name: 'Source (optional)' }).fill('جريدة الأسواق');
  await makeButton(page).click();
  await saveButton(page).click();
  const course = region(page, 'الفائدة في مصر');
  await expect(course).toContainText('جريدة الأسواق');
  await expect(course).toContainText('February 8, 2024');
});

test('a refused save keeps the review on screen; with room again the same save goes through', async ({
  page
}) => {
  await fillableDisk(page);
  await openRoute(page, '/courses/new', 'en');
  await articleText(page).fill(HEALTH);
  await makeButton(page).click();
  // The questions are made in a worker whose code loads first: on a busy 2-core machine once over
  // the 7 s of an expectation (the other tests wait on it with a click's 30 s).
  await expect(saveButton(page)).toBeVisible({ timeout: 20_000 });
  await diskFull(page, true);
  await saveButton(page).click();
  await expect(page.getByRole('alert')).toContainText(
    'Could not save: the device is out of storage space.'
  );
  await expect(saveButton(page)).toBeEnabled();
  expect(await storedCourses(page)).toEqual([]);
  await diskFull(page, false);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(pageHeading(page)).toHaveText('Courses');
  await expect(region(page, HEALTH_TITLE)).toBeVisible();
});

for (const lang of LANGS) {
  test(`English or too short text is refused in ${lang}, and nothing is stored`, async ({
    page
  }) => {
    const l = L[lang];
    await openRoute(page, '/courses', lang);
    await page.getByRole('link', { name: l.add }).click();
    await expect(pageHeading(page)).toHaveText(l.add);
    const english = Array.from({ length: 30 }, () => 'The minister said the plan works.');
    await articleText(page, lang).fill(english.join(' '));
    await makeButton(page, lang).click();
    await expect(page.getByRole('alert')).toContainText(l.notArabic);
    await expect(page.getByRole('alert')).toContainText(l.nothingSaved);
    await articleText(page, lang).fill(HEALTH.split('\n\n').slice(0, 7).join('\n\n'));
    await makeButton(page, lang).click();
    await expect(page.getByRole('alert')).toContainText(l.tooShort);
    await expect(page.getByRole('heading', { name: l.working })).toHaveCount(0);
    await expect(articleText(page, lang)).toBeVisible();
    expect(await storedCourses(page)).toEqual([]);
  });
}

test('Cancel while the questions are made gives the form back with the text kept', async ({
  page
}) => {
  await openRoute(page, '/courses/new', 'ar');
  await articleText(page, 'ar').fill(SEED);
  await makeButton(page, 'ar').click();
  const working = page.getByRole('region', { name: L.ar.working });
  await expect(working).toBeVisible();
  await working.getByRole('button', { name: L.ar.cancel }).click();
  await expect(articleText(page, 'ar')).toHaveValue(SEED);
  await expect(articleText(page, 'ar')).toBeFocused();
  await expect(working).toHaveCount(0);
  expect(await storedCourses(page)).toEqual([]);
});
