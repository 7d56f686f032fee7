// Asserts the courses: /courses lists the built-in course first in both languages with its
// figures and actions (no "Delete course" for it); "Read" opens /article/<slug>; /article alone
// opens the last course read (the built-in one on a new device) and keeps a paragraph anchor;
// "Study" and "Quiz" narrow their screens to the course; an evidence link from a study card lands
// on its paragraph in /article/<course>; the phone's navigation reaches Courses.
import type { Page } from '@playwright/test';
import { expect, nav, openRoute, test } from './fixtures';
import { articleParagraph, item, pageHeading, prompt, region } from './locators';

const SLUG = 'iran-russia-2023';
const TITLE = {
  en: 'An Unprecedented Rapprochement Between Iran and Russia',
  ar: 'تقارب غير مسبوق بين إيران وروسيا'
};
const LABELS = {
  en: {
    heading: 'Courses',
    study: 'Study',
    quiz: 'Quiz',
    read: 'Read',
    builtIn: 'Comes with the app'
  },
  ar: {
    heading: 'الدروس',
    study: 'مراجعة',
    quiz: 'اختبار',
    read: 'قراءة',
    builtIn: 'مرفق بالتطبيق'
  }
} as const;

for (const lang of ['en', 'ar'] as const) {
  test(`lists the built-in course with its figures and actions in ${lang}`, async ({ page }) => {
    const l = LABELS[lang];
    await openRoute(page, '/courses', lang);
    await expect(pageHeading(page)).toHaveText(l.heading);
    const course = region(page, TITLE[lang]);
    await expect(course).toBeVisible();
    await expect(course).toContainText(l.builtIn);
    await expect(course).toContainText('Foreign Policy');
    await expect(course.getByRole('definition').first()).toHaveText(/^\d+$/);
    await expect(course.getByRole('link', { name: l.study, exact: true })).toHaveAttribute(
      'href',
      `/study?course=${SLUG}`
    );
    await expect(course.getByRole('link', { name: l.quiz, exact: true })).toHaveAttribute(
      'href',
      `/quiz?course=${SLUG}`
    );
    await expect(course.getByRole('button', { name: /Delete course|حذف الدرس/ })).toHaveCount(0);
    await course.getByRole('link', { name: l.read, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/article/${SLUG}$`));
    await expect(page.getByRole('heading', { name: TITLE.ar })).toBeVisible();
  });
}

test('/article opens the built-in course on a new device, keeping the paragraph anchor', async ({
  page
}) => {
  await page.goto('/article?lang=en#p-3');
  await expect(page).toHaveURL(new RegExp(`/article/${SLUG}\\?lang=en#p-3$`));
  await expect(articleParagraph(page, 3)).toBeInViewport();
  // Read once, remembered: /article goes there again.
  await nav(page).getByRole('link', { name: 'Courses' }).click();
  await expect(pageHeading(page)).toHaveText('Courses');
  await page.goto('/article');
  await expect(page).toHaveURL(new RegExp(`/article/${SLUG}$`));
  await expect(articleParagraph(page, 1)).toBeVisible();
});

test('an unknown course says so and leads to the list', async ({ page }) => {
  await openRoute(page, '/article/no-such-course', 'en');
  await expect(page.getByRole('alert')).toContainText('This course is not on this device.');
  await page.getByRole('alert').getByRole('link', { name: 'Courses' }).click();
  await expect(pageHeading(page)).toHaveText('Courses');
});

/** The screen's course picker shows the course it was opened for. */
async function expectPicked(page: Page, title: string) {
  const picker = page.getByRole('combobox', { name: 'Course' });
  await expect(picker).toHaveValue(SLUG);
  await expect(picker.getByRole('option', { selected: true })).toHaveText(title);
}

test('Study from a course narrows the session, and its evidence link opens the paragraph', async ({
  page
}) => {
  await openRoute(page, '/courses', 'en');
  await region(page, TITLE.en).getByRole('link', { name: 'Study', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/study\\?course=${SLUG}$`));
  await expectPicked(page, TITLE.en);
  await expect(prompt(page)).toBeVisible();
  await page.keyboard.press('Space');
  const link = item(page).getByRole('link', { name: /Read paragraph/ });
  const href = (await link.getAttribute('href'))!;
  const n = Number(/#p-(\d+)$/.exec(href)![1]);
  const quote = (await item(page).getByRole('blockquote').textContent())!.trim();
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/article/${SLUG}\\?q=.*#p-${n}$`));
  const mark = articleParagraph(page, n).locator('mark.evidence');
  await expect(mark).toHaveText(quote);
  await expect(mark).toBeInViewport();
});

test('Quiz from a course draws from that course', async ({ page }) => {
  await openRoute(page, '/courses', 'en');
  await region(page, TITLE.en).getByRole('link', { name: 'Quiz', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/quiz\\?course=${SLUG}$`));
  await expectPicked(page, TITLE.en);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  await expect(prompt(page)).toBeVisible();
});

test('the phone’s navigation bar reaches Courses, the reader behind "More"', async ({ phone }) => {
  await openRoute(phone, '/', 'ar');
  await nav(phone).getByRole('link', { name: 'الدروس' }).click();
  await expect(pageHeading(phone)).toHaveText('الدروس');
  await phone.getByRole('button', { name: 'المزيد' }).click();
  await nav(phone).getByRole('link', { name: 'المقال' }).click();
  await expect(phone).toHaveURL(new RegExp(`/article/${SLUG}$`));
});
