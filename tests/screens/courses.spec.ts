// The course screens for a person to look at, in both languages at a phone and a desktop size: the
// course list with a course made on the device, the review of a pasted article's questions, Study
// with its course picker, the teacher's class quiz from that course and the student's device that
// lacks it. SHOTS picks the folder (screenshots/ by default).
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import ar from '../../src/lib/i18n/resources/ar';
import en from '../../src/lib/i18n/resources/en';
import { seedCourse } from '../e2e/course-seed';
import { LANGS, type Lang } from '../e2e/fixtures';
import { DIR, SIZES } from './shots';

const TEXT = { ar, en } as const;
const HEALTH = readFileSync('tests/fixtures/health-article.txt', 'utf8');

async function shot(page: Page, name: string, size: string, lang: Lang) {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({
    path: `${DIR}/courses-${name}-${size}-${lang}.png`,
    fullPage: size === 'phone'
  });
}

async function device(browser: Browser, viewport: { width: number; height: number }, lang: Lang) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`/?lang=${lang}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { context, page };
}

for (const [size, viewport] of Object.entries(SIZES)) {
  for (const lang of LANGS) {
    test(`course screens, ${size} ${lang}`, async ({ browser }) => {
      test.setTimeout(120_000);
      const t = TEXT[lang];
      const { context, page } = await device(browser, viewport, lang);
      await seedCourse(page);
      await page.goto('/courses');
      await expect(page.getByRole('heading', { level: 2 }).nth(1)).toBeVisible();
      await shot(page, 'list', size, lang);

      await page.goto('/study');
      await page.getByRole('combobox', { name: t.today.course }).waitFor();
      await shot(page, 'study-picker', size, lang);

      await page.goto('/courses/new');
      await page.getByLabel(t.addCourse.text).fill(HEALTH);
      await page.getByRole('button', { name: t.addCourse.make }).click();
      await page.getByRole('button', { name: t.courseReview.save }).waitFor({ timeout: 30_000 });
      await shot(page, 'review', size, lang);

      await page.goto('/class');
      await page.getByRole('button', { name: t.class.teacher }).click();
      await page.getByLabel(t.class.course, { exact: true }).selectOption('health-article');
      await page.getByRole('button', { name: t.class.create }).click();
      const code = (await page.getByTestId('class-code').textContent())!.trim();
      await shot(page, 'class-teacher', size, lang);

      const student = await device(browser, viewport, lang);
      await student.page.goto('/class');
      await student.page.getByLabel(t.class.enterCode).fill(code);
      await student.page.getByLabel(t.class.yourName).fill(lang === 'ar' ? 'سلمى' : 'Salma');
      await student.page.getByRole('button', { name: t.class.join }).click();
      await student.page.getByRole('alert').first().waitFor();
      await shot(student.page, 'class-student-needs', size, lang);
      await student.context.close();
      await context.close();
    });
  }
}
