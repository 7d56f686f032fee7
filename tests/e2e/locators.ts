// The app's landmarks and controls, found by role and accessible name, in one place: a spec names
// what it looks for, and a change of markup is mended here once. The item UI's locators (study card,
// quiz question, their answers and verdict) are in the second half.
import type { Locator, Page } from '@playwright/test';

/** The page's title, the one level-1 heading every screen has. */
export const pageHeading = (page: Page): Locator => page.getByRole('heading', { level: 1 });

/** The app's navigation (the phone's bar or the desktop's side list). */
export const nav = (page: Page): Locator => page.getByRole('navigation').first();

/** The page's main content, without the header and navigation around it. */
export const main = (page: Page): Locator => page.getByRole('main');

/** A section of a page, by its heading (a <section aria-labelledby> is a region). */
export const region = (page: Page, name: string | RegExp): Locator =>
  page.getByRole('region', { name });

/** A live status line (a count, "Saved", an offline note), by what it says. */
export const status = (page: Page, text: string | RegExp): Locator =>
  page.getByRole('status').filter({ hasText: text });

// Cards

/** The rows of the card browser's result list, in the order shown. */
export const cardRows = (page: Page): Locator => main(page).getByRole('listitem');

/** A row's summary button, which opens and closes the card's detail. */
export const cardSummary = (row: Locator): Locator => row.getByRole('button').first();

// Reader

/** The reader's paragraph number `n` (1-based), with its tools, in English. */
export const articleParagraph = (page: Page, n: number): Locator =>
  page.getByRole('region', { name: `Paragraph ${n}`, exact: true });

/** The Arabic text of a reader paragraph (its first paragraph of text; the translation follows). */
export const paragraphText = (paragraph: Locator): Locator =>
  paragraph.getByRole('paragraph').first();

// Quiz

/** The finished quizzes listed under "Past quizzes", newest first. */
export const quizHistory = (page: Page): Locator =>
  region(page, /^(Past quizzes|الاختبارات السابقة)$/).getByRole('listitem');

// Statistics

/** The figures at the top of Stats (reviews today, streak, total): a list of terms and values. */
export const statsFigures = (page: Page): Locator =>
  main(page).filter({ has: page.getByRole('term') });

// ---------------------------------------------------------------------------------------------
// Role-based locators for the item UI (components/item/), in either interface language: an item
// is an <article> named by its prompt, which is its first heading; the options are a named group
// of buttons; the typed answer a named textbox; the verdict a status; a matching item two named
// groups; an ordering item a named list; a quiz's mistakes articles in the list named "Mistakes",
// its answers accepted with a typo in the list named "Accepted with a typo".

const NAME = {
  options: /^(Options|الخيارات)$/,
  typed: /^(Type your answer|إجابتك هنا)$/,
  terms: /^(Items|العناصر)$/,
  matches: /^(Their matches|ما يقابلها)$/,
  order: /^(Your order|ترتيبك)$/,
  mistakes: /^(Mistakes|الأخطاء)$/,
  typos: /^(Accepted with a typo|إجابات مقبولة مع خطأ إملائي)$/,
  yours: /^(Your answer|إجابتك)$/,
  accepted: /^(Your answer, accepted|إجابتك، وقد قُبلت)$/,
  right: /^(Right answer|الإجابة الصحيحة)$/,
  spelling: /^(Right spelling|الكتابة الصحيحة)$/,
  again: /^(Again|مرة أخرى)$/,
  show: /^(Show answer|إظهار الإجابة)$/
} as const;

/** The one item on screen (a flashcard or a quiz question). */
export const item = (page: Page): Locator => page.getByRole('article');

/** The item's prompt. */
export const prompt = (page: Page): Locator => item(page).getByRole('heading').first();

/** The option buttons of a multiple-choice or true/false item, in display order. */
export const options = (page: Page): Locator =>
  item(page).getByRole('group', { name: NAME.options }).getByRole('button');

/** The textbox of a fill-in-the-blank or short-answer item. */
export const typedAnswer = (page: Page): Locator =>
  item(page).getByRole('textbox', { name: NAME.typed });

/** The verdict once an answer is checked. */
export const verdict = (page: Page): Locator => item(page).getByRole('status');

/** A matching item's terms (the side in stored order). */
export const terms = (page: Page): Locator =>
  item(page).getByRole('group', { name: NAME.terms }).getByRole('button');

/** A matching item's matches (the scrambled side). */
export const matches = (page: Page): Locator =>
  item(page).getByRole('group', { name: NAME.matches }).getByRole('button');

/** An ordering item's events, in the order the student has them. */
export const orderList = (page: Page): Locator =>
  item(page).getByRole('list', { name: NAME.order });

/** Each mistake on a quiz's results, as an article named by its prompt. */
export const mistakes = (page: Page): Locator =>
  page.getByRole('list', { name: NAME.mistakes }).getByRole('article');

/** Each typed answer accepted with a typo on a quiz's results, as an article named by its prompt. */
export const typos = (page: Page): Locator =>
  page.getByRole('list', { name: NAME.typos }).getByRole('article');

/** What the student typed, within an answer accepted with a typo. */
export const acceptedAnswer = (scope: Locator): Locator =>
  scope.getByRole('group', { name: NAME.accepted });

/** The right spelling, within an answer accepted with a typo. */
export const rightSpelling = (scope: Locator): Locator =>
  scope.getByRole('group', { name: NAME.spelling });

/** What the student answered, within a mistake. */
export const yourAnswer = (scope: Locator): Locator =>
  scope.getByRole('group', { name: NAME.yours });

/** The right answer, within a mistake or an item. */
export const rightAnswer = (scope: Locator): Locator =>
  scope.getByRole('group', { name: NAME.right });

/** The "Again" grade button, shown once a flashcard is turned over. */
export const againButton = (page: Page): Locator => page.getByRole('button', { name: NAME.again });

/** The "Show answer" button of a flashcard not yet turned over. */
export const showAnswerButton = (page: Page): Locator =>
  page.getByRole('button', { name: NAME.show });

// Class

/** The teacher's list of a class quiz's questions (each an article named by its prompt). */
export const classQuestionList = (page: Page): Locator =>
  region(page, /^(Questions|الأسئلة)$/).getByRole('article');

/** The rows of the teacher's table by question (the header row first). */
export const questionRows = (page: Page): Locator =>
  page.getByRole('table', { name: /^(By question|حسب السؤال)$/ }).getByRole('row');

/** A student's answers after a class quiz, each an article named by its prompt. */
export const classAnswers = (page: Page): Locator =>
  page.getByRole('list', { name: /^(Your answers|إجاباتك)$/ }).getByRole('article');

/** The teacher's table of students and their scores. */
export const studentsTable = (page: Page): Locator =>
  page.getByRole('table', { name: /^(Students|الطلاب)$/ });
