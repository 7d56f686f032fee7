// Every screen of the app on a 360×740 touch phone, in Arabic and in English, at the default text
// size and at the largest ("Extra large"), for a person to open and look at: Today before and after
// some work, Study (a card, its answer, its menu), Quiz (setup, a matching, an ordering and a mixed
// question, a verdict, the resume offer, results), Class (the teacher's setup, code, questions and
// table; the student's join form, question and result), Courses (the list, the add form, the
// review of a pasted article and its edit form), the reader, Cards (a card's detail), Stats,
// Settings, the navigation's "More" menu and the error page. SHOTS picks the folder; each file is
// named `NN-screen-lang-size.png` in the order shown.
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import ar from '../../src/lib/i18n/resources/ar';
import arCore from '../../src/lib/i18n/resources/ar.core';
import en from '../../src/lib/i18n/resources/en';
import enCore from '../../src/lib/i18n/resources/en.core';
import { LANGS, type Lang } from '../e2e/fixtures';
import { item, options, pageHeading, prompt, verdict } from '../e2e/locators';
import { SIZES, shootPage, shootView } from './shots';

const TEXT = {
  ar: { ...ar, ...arCore, today: { ...ar.today, ...arCore.today } },
  en: { ...en, ...enCore, today: { ...en.today, ...enCore.today } }
} as const;
const TEXT_SIZES = { default: null, xl: 'textXl' } as const;
type TextSize = keyof typeof TEXT_SIZES;
const HEALTH = readFileSync('tests/fixtures/health-article.txt', 'utf8');
const FIVE = /^(5|٥)$/;

/** A phone with the interface language and text size set, as a student would set them. */
async function phone(browser: Browser, lang: Lang, size: TextSize) {
  const context = await browser.newContext({
    viewport: SIZES.phone,
    isMobile: true,
    hasTouch: true
  });
  const page = await context.newPage();
  await page.goto(`/settings?lang=${lang}`);
  await expect(pageHeading(page)).toBeVisible();
  if (size === 'xl') {
    const xl = page.getByRole('radio', { name: TEXT[lang].settings.textXl });
    await xl.check();
    await expect(xl).toBeChecked();
  }
  return { context, page };
}

/** Numbers the shots of one run in the order taken. */
function namer(lang: Lang, size: TextSize) {
  let n = 0;
  return (screen: string) => `${String(++n).padStart(2, '0')}-${screen}-${lang}-${size}`;
}

async function open(page: Page, route: string, lang?: Lang) {
  await page.goto(route);
  await expect(pageHeading(page)).toBeVisible();
  await expect(page.getByRole('main').locator('[aria-busy="true"]')).toHaveCount(0);
  if (route === '/') {
    await expect(page.getByTestId('due-count')).not.toHaveText('…');
    // The course block arrives with the course list.
    if (lang) await expect(page.getByRole('link', { name: TEXT[lang].today.read })).toBeVisible();
  }
}

/** Starts a five-question quiz of the given types (all when none). */
async function startQuiz(page: Page, lang: Lang, types: readonly string[] = []) {
  const t = TEXT[lang];
  await open(page, '/quiz');
  for (const type of types) await page.getByRole('checkbox', { name: type }).check();
  await page.getByRole('radio', { name: FIVE }).check();
  await page.getByRole('button', { name: t.quiz.start }).tap();
  await expect(item(page)).toBeVisible();
}

/** Answers the question on screen (the first option, where there are options) and checks it. */
async function answerAndCheck(page: Page, lang: Lang) {
  if ((await options(page).count()) > 0) await options(page).first().tap();
  await page.getByRole('button', { name: TEXT[lang].quiz.check, exact: true }).tap();
  await expect(verdict(page)).toBeVisible();
}

async function nextQuestion(page: Page, lang: Lang) {
  const t = TEXT[lang].quiz;
  await page.getByRole('button', { name: new RegExp(`^(${t.next}|${t.finish})$`) }).tap();
}

/** Leaves a quiz in progress: /quiz then offers to resume it; this discards it. */
async function discardQuiz(page: Page, lang: Lang) {
  await open(page, '/quiz');
  await page.getByRole('button', { name: TEXT[lang].quiz.discard }).tap();
  await expect(page.getByRole('button', { name: TEXT[lang].quiz.start })).toBeVisible();
}

for (const lang of LANGS) {
  for (const size of Object.keys(TEXT_SIZES) as TextSize[]) {
    test(`every screen, phone ${lang}, ${size} text`, async ({ browser }) => {
      test.setTimeout(300_000);
      const t = TEXT[lang];
      const name = namer(lang, size);
      const { context, page } = await phone(browser, lang, size);

      await open(page, '/', lang);
      await shootPage(page, name('today-first'));

      // Study: a card, its answer with the grades, the card's menu; three cards graded.
      await open(page, '/study');
      await page.getByRole('button', { name: t.study.showAnswer }).waitFor();
      await shootView(page, name('study-card'));
      await page.getByRole('button', { name: t.study.showAnswer }).tap();
      await page.getByRole('button', { name: t.study.good }).first().waitFor();
      await shootView(page, name('study-answer'));
      await shootPage(page, name('study-answer-page'));
      await page.getByRole('button', { name: t.study.cardMenu }).tap();
      await shootView(page, name('study-menu'));
      await page.keyboard.press('Escape');
      for (let i = 0; i < 3; i++) {
        const before = await prompt(page).textContent();
        if (i > 0) await page.getByRole('button', { name: t.study.showAnswer }).tap();
        await page.keyboard.press(i === 1 ? '1' : '3');
        await expect
          .poll(
            async () =>
              (await prompt(page).count()) === 0 || (await prompt(page).textContent()) !== before
          )
          .toBe(true);
      }

      // Quiz: setup, a matching and an ordering question (left, then resumed or discarded), a
      // whole mixed quiz with a verdict and its results.
      await open(page, '/quiz');
      await page.getByRole('checkbox', { name: t.quiz.useRange }).check();
      await shootPage(page, name('quiz-setup'));
      await startQuiz(page, lang, [t.types.matching]);
      await shootPage(page, name('quiz-matching'));
      await open(page, '/quiz');
      await shootPage(page, name('quiz-resume'));
      await discardQuiz(page, lang);
      await startQuiz(page, lang, [t.types.ordering]);
      await shootPage(page, name('quiz-ordering'));
      await discardQuiz(page, lang);
      await startQuiz(page, lang);
      await shootPage(page, name('quiz-question'));
      for (let i = 0; i < 5; i++) {
        await answerAndCheck(page, lang);
        if (i === 0) await shootPage(page, name('quiz-verdict'));
        await nextQuestion(page, lang);
      }
      await expect(page.getByTestId('quiz-score')).toBeVisible();
      await shootPage(page, name('quiz-results'));

      // Class: the teacher's phone makes a quiz; a student's phone takes it; the teacher adds the
      // result.
      await open(page, '/class');
      await shootPage(page, name('class-choose'));
      await page.getByRole('button', { name: t.class.teacher }).tap();
      await shootPage(page, name('class-teacher-setup'));
      await page.getByRole('radio', { name: FIVE }).check();
      await page.getByRole('button', { name: t.class.create }).tap();
      const code = (await page.getByTestId('class-code').textContent())!.trim();
      await shootPage(page, name('class-teacher-code'));
      await page.getByRole('button', { name: t.class.showQuestions }).tap();
      await shootPage(page, name('class-teacher-questions'));

      const student = await phone(browser, lang, size);
      await open(student.page, '/class');
      await student.page.getByRole('button', { name: t.class.student }).tap();
      await student.page.getByLabel(t.class.enterCode).fill(code);
      await student.page.getByLabel(t.class.yourName).fill(lang === 'ar' ? 'سلمى' : 'Salma');
      await shootPage(student.page, name('class-student-join'));
      await student.page.getByRole('button', { name: t.class.join }).tap();
      await expect(item(student.page)).toBeVisible();
      await shootPage(student.page, name('class-student-question'));
      for (let i = 0; i < 5; i++) {
        await answerAndCheck(student.page, lang);
        await nextQuestion(student.page, lang);
      }
      const result = (await student.page.getByTestId('result-code').textContent())!.trim();
      await shootPage(student.page, name('class-student-result'));
      await student.context.close();

      await page.getByRole('button', { name: t.class.hideQuestions }).tap();
      await page.getByLabel(t.class.resultCode).fill(result);
      await page.getByRole('button', { name: t.class.add, exact: true }).tap();
      await expect(page.getByRole('table', { name: t.class.students })).toBeVisible();
      await page.getByRole('table', { name: t.class.students }).scrollIntoViewIfNeeded();
      await shootView(page, name('class-teacher-table'));
      await shootPage(page, name('class-teacher-results'));

      // Courses: the list, the add form, a pasted article's review and an item's edit form, the
      // list with the new course.
      await open(page, '/courses');
      await shootPage(page, name('courses'));
      await open(page, '/courses/new');
      await shootPage(page, name('courses-new'));
      await page.getByLabel(t.addCourse.text).fill(HEALTH);
      await page.getByRole('button', { name: t.addCourse.make }).tap();
      await page.getByRole('button', { name: t.courseReview.save }).waitFor({ timeout: 60_000 });
      await shootPage(page, name('courses-review'), 2);
      await page.getByRole('button', { name: t.courseReview.edit, exact: true }).first().tap();
      await expect(page.getByRole('form').first()).toBeVisible();
      await page.getByRole('form').first().scrollIntoViewIfNeeded();
      await shootView(page, name('courses-edit'));
      const editForm = page.getByRole('form').first();
      await editForm.getByRole('button', { name: t.courseReview.cancel, exact: true }).tap();
      await expect(editForm).toBeHidden();
      await page.getByRole('button', { name: t.courseReview.save }).tap();
      await expect(page).toHaveURL(/\/courses(\?|#|$)/);
      await open(page, '/courses');
      await shootPage(page, name('courses-two'));

      // The reader, Cards with a card open, Stats, Settings, Today after the work.
      await open(page, '/article');
      await shootPage(page, name('article'), 3);
      await open(page, '/cards');
      await shootPage(page, name('cards'), 2);
      await page.getByRole('main').getByRole('listitem').first().getByRole('button').first().tap();
      await shootView(page, name('cards-detail'));
      await open(page, '/stats');
      await shootPage(page, name('stats'));
      await open(page, '/settings');
      await shootPage(page, name('settings'), 6);
      await open(page, '/');
      await shootPage(page, name('today'));
      await page.getByRole('button', { name: t.nav.more }).tap();
      await shootView(page, name('nav-more'));
      await page.goto('/no-such-screen');
      await expect(pageHeading(page)).toBeVisible();
      await shootView(page, name('error'));
      await context.close();
    });
  }
}
