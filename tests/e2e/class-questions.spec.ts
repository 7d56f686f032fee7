// Asserts, on phones in Arabic and in English, that a teacher sees a class quiz's questions: the
// questions view lists the students' questions in their order with the right answers, "Print
// questions" prints, and print media shows the question list alone (with or without the answers).
// Two students take the quiz on their own phones; each one's result screen lists their answers
// with the right ones (after a reload too); the teacher's table by question names each question
// with its right answer and the share of the two students their devices graded right.
import type { Locator, Page } from '@playwright/test';
import { drawnAt, expect, LANGS, nav, openRoute, test, type Lang } from './fixtures';
import {
  classAnswers,
  classQuestionList,
  options,
  pageHeading,
  prompt,
  questionRows,
  region,
  rightAnswer,
  studentsTable,
  yourAnswer
} from './locators';

const L = {
  en: {
    teacher: 'I am the teacher',
    create: 'Create class quiz',
    questions: 'Questions',
    show: 'Show questions',
    hide: 'Hide questions',
    answers: 'Show answers',
    print: 'Print questions',
    code: 'Quiz code from your teacher',
    name: 'Your name',
    join: 'Join the quiz',
    resultCode: 'Result code',
    add: 'Add',
    check: 'Check',
    next: /^(Next|Finish)$/,
    correct: 'Correct',
    yours: 'Your answer',
    right: 'Right answer',
    added: (name: string) => `Added \u2068${name}\u2069.`,
    result: 'Your result code',
    // A score of the five questions (partial credit for matching and ordering), then the total.
    score: /^(\d+(?:\.\d)?)\s\/\s5$/,
    share: (right: number, total: number) =>
      new RegExp(`^${right} of ${total} ?· ?${Math.round((100 * right) / total)}%$`)
  },
  ar: {
    teacher: 'أُدرِّس هذا الصف',
    create: 'إنشاء اختبار الصف',
    questions: 'الأسئلة',
    show: 'عرض الأسئلة',
    hide: 'إخفاء الأسئلة',
    answers: 'إظهار الإجابات',
    print: 'طباعة الأسئلة',
    code: 'رمز الاختبار من معلّمك',
    name: 'اسمك',
    join: 'الانضمام إلى الاختبار',
    resultCode: 'رمز النتيجة',
    add: 'إضافة',
    check: 'تحقّق',
    next: /^(التالي|إنهاء الاختبار)$/,
    correct: 'إجابة صحيحة',
    yours: 'إجابتك',
    right: 'الإجابة الصحيحة',
    added: (name: string) => `أُضيفت نتيجة \u2068${name}\u2069.`,
    result: 'رمز نتيجتك',
    score: /^(\d+(?:\.\d)?)\sمن\s5$/,
    // Western digits (the default setting), the percent sign as Arabic writes it.
    share: (right: number, total: number) =>
      new RegExp(`^${right} من ${total} ?· ?${Math.round((100 * right) / total)}\\s*[%٪]$`)
  }
} as const;

const PHONE = {
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true
};
const QUESTIONS = 5;
// Text without the bidirectional marks Intl puts around a percent sign in Arabic, its spaces
// collapsed.
const bare = (text: string | null) =>
  (text ?? '')
    .replace(/[\u061C\u200E\u200F]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();

interface Taken {
  page: Page;
  name: string;
  prompts: string[];
  resultCode: string;
  /** The score as the result screen shows it ("3 / 5", «3 من 5»). */
  score: string;
  right: boolean[];
  /** Whether each question was answered by tapping an option (else left blank). */
  tapped: boolean[];
}

/** A student's phone joins the quiz, taps option `pick` wherever there are options, finishes. */
async function takeQuiz(page: Page, lang: Lang, code: string, name: string, pick: number) {
  const l = L[lang];
  await openRoute(page, '/class', lang);
  await page.getByLabel(l.code).fill(code);
  await page.getByLabel(l.name).fill(name);
  await page.getByRole('button', { name: l.join }).tap();
  const prompts: string[] = [];
  const tapped: boolean[] = [];
  for (let i = 0; i < QUESTIONS; i++) {
    prompts.push((await prompt(page).textContent())!.trim());
    const count = await options(page).count();
    if (count > 0) {
      await options(page)
        .nth(Math.min(pick, count - 1))
        .tap();
    }
    tapped.push(count > 0);
    await page.getByRole('button', { name: l.check, exact: true }).tap();
    await page.getByRole('button', { name: l.next }).tap();
  }
  const resultCode = (await page.getByTestId('result-code').textContent())!.trim();
  const scoreLine = region(page, l.result).getByText(l.score);
  const score = bare(await scoreLine.textContent());
  await expectScoreFirst(scoreLine, lang);
  const verdicts = await page.getByTestId('verdict').allTextContents();
  const right = verdicts.map((v) => v.trim() === l.correct);
  return { page, name, prompts, resultCode, score, right, tapped } satisfies Taken;
}

/**
 * A score reads as a phrase in the interface's direction, the score first: on the right in Arabic
 * («1 من 5»; a bare "1 / 5" there was drawn "5 / 1", five out of one to a reader, which `L.score`
 * refuses), on the left in English.
 */
async function expectScoreFirst(line: Locator, lang: Lang) {
  const [, score] = L[lang].score.exec(bare(await line.textContent()))!;
  const [first, total] = await drawnAt(line, [score!, '5']);
  expect(lang === 'ar' ? first! > total! : first! < total!, `${score} before 5`).toBe(true);
}

/** The student's result screen lists every answer with the right one, in the quiz's order. */
async function expectAnswersListed(taken: Taken, lang: Lang) {
  const l = L[lang];
  const reviews = classAnswers(taken.page);
  await expect(reviews).toHaveCount(QUESTIONS);
  for (let i = 0; i < QUESTIONS; i++) {
    const review = reviews.nth(i);
    await expect(review.getByRole('heading').first()).toHaveText(taken.prompts[i]!);
    await expect(yourAnswer(review)).toBeVisible();
    await expect(rightAnswer(review)).toBeVisible();
    if (!taken.tapped[i]) continue;
    // A tapped option is the student's answer: the same as the right one exactly when right.
    const yours = bare(await yourAnswer(review).textContent()).replace(l.yours, '');
    const correct = bare(await rightAnswer(review).textContent()).replace(l.right, '');
    expect(yours === correct, `question ${i + 1}`).toBe(taken.right[i]);
  }
}

async function expectPrintShowsQuestionsAlone(page: Page, code: string, withAnswers: boolean) {
  const l = L[(await page.locator('html').getAttribute('lang')) as Lang];
  await page.emulateMedia({ media: 'print' });
  const list = classQuestionList(page);
  await expect(list).toHaveCount(QUESTIONS);
  await expect(list.first()).toBeVisible();
  await expect(rightAnswer(region(page, l.questions))).toHaveCount(withAnswers ? QUESTIONS : 0);
  // The sheet's heading line names the quiz code.
  await expect(region(page, l.questions)).toContainText(code);
  for (const hidden of [
    pageHeading(page),
    nav(page),
    page.getByTestId('class-code'),
    page.getByLabel(l.resultCode),
    page.getByRole('button', { name: l.print }),
    page.getByRole('checkbox', { name: l.answers })
  ]) {
    await expect(hidden).toBeHidden();
  }
  await page.emulateMedia({ media: 'screen' });
}

for (const lang of LANGS) {
  test(`${lang}: the teacher sees, prints and scores each question; students see their answers`, async ({
    phone,
    newContext
  }) => {
    // Three phones, two whole quizzes: a budget of its own.
    test.slow();
    const l = L[lang];
    await openRoute(phone, '/class', lang);
    await phone.getByRole('button', { name: l.teacher }).tap();
    await phone.getByRole('radio', { name: String(QUESTIONS), exact: true }).check();
    await phone.getByRole('button', { name: l.create }).tap();
    const code = (await phone.getByTestId('class-code').textContent())!.trim();

    // The questions, closed at first, open with their right answers.
    const list = classQuestionList(phone);
    await expect(list).toHaveCount(0);
    await phone.getByRole('button', { name: l.show }).tap();
    await expect(list).toHaveCount(QUESTIONS);
    const sheet = region(phone, l.questions);
    await expect(rightAnswer(sheet)).toHaveCount(QUESTIONS);
    // Each question's one heading is its prompt.
    const teacherPrompts = (await list.getByRole('heading').allTextContents()).map((p) => p.trim());

    // "Print questions" calls the browser's print (stubbed: headless Chromium prints nothing).
    await phone.evaluate(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => void w.printed++;
    });
    await sheet.getByRole('button', { name: l.print }).tap();
    expect(await phone.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

    // Printed, the list shows even when closed on screen, and nothing else does.
    await phone.getByRole('button', { name: l.hide }).tap();
    await expectPrintShowsQuestionsAlone(phone, code, true);
    // Without the answer key.
    await phone.getByRole('button', { name: l.show }).tap();
    await sheet.getByRole('checkbox', { name: l.answers }).setChecked(false);
    await expect(rightAnswer(sheet)).toHaveCount(0);
    await expectPrintShowsQuestionsAlone(phone, code, false);
    await sheet.getByRole('checkbox', { name: l.answers }).setChecked(true);

    // Two students on their own phones: one taps the first option everywhere, one the second.
    const students: Taken[] = [];
    for (const [name, pick] of [
      [lang === 'ar' ? 'سارة' : 'Sara', 0],
      [lang === 'ar' ? 'عمر' : 'Omar', 1]
    ] as const) {
      const { page } = await newContext(PHONE);
      students.push(await takeQuiz(page, lang, code, name, pick));
    }
    const [sara, omar] = students as [Taken, Taken];
    // The teacher's list is the students' quiz, in their order.
    expect(sara.prompts).toEqual(teacherPrompts);
    expect(omar.prompts).toEqual(teacherPrompts);
    await expectAnswersListed(sara, lang);
    await expectAnswersListed(omar, lang);
    // After a reload the result screen comes back whole.
    await sara.page.reload();
    await expect(sara.page.getByTestId('result-code')).toHaveText(sara.resultCode);
    await expectAnswersListed(sara, lang);

    for (const s of students) {
      await phone.getByLabel(l.resultCode).fill(s.resultCode);
      await phone.getByRole('button', { name: l.add, exact: true }).tap();
      await expect(phone.getByRole('status').filter({ hasText: l.added(s.name) })).toBeVisible();
      // The teacher's table gives the score the student's screen gave, in the same order.
      const cell = studentsTable(phone)
        .getByRole('row')
        .filter({ hasText: s.name })
        .getByRole('cell')
        .nth(1);
      expect(bare(await cell.textContent())).toBe(s.score);
      await expectScoreFirst(cell, lang);
    }

    // One row per question: its prompt, its right answer (as the students' screens show it) and
    // how many of the two got it right.
    const rows = questionRows(phone);
    await expect(rows).toHaveCount(QUESTIONS + 1);
    for (let i = 0; i < QUESTIONS; i++) {
      const row = rows.nth(i + 1);
      const [question, share] = [row.getByRole('cell').first(), row.getByRole('cell').nth(1)];
      await expect(question.getByRole('button')).toContainText(teacherPrompts[i]!);
      const expected = await rightAnswer(classAnswers(sara.page).nth(i)).textContent();
      await expect(rightAnswer(question)).toHaveText(expected!);
      const right = students.filter((s) => s.right[i]).length;
      expect(bare(await share.textContent())).toMatch(l.share(right, students.length));
    }

    // A prompt is cut to two lines in the table and shown whole once opened.
    const first = rows.nth(1).getByRole('button');
    await expect(first.locator('bdi')).toHaveCSS('-webkit-line-clamp', '2');
    await first.tap();
    await expect(first).toHaveAttribute('aria-expanded', 'true');
    await expect(first.locator('bdi')).toHaveCSS('-webkit-line-clamp', 'none');
  });
}
