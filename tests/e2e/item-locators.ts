// Role-based locators for the item UI (components/item/), in either interface language: an item
// is an <article> named by its prompt, which is its first heading; the options are a named group
// of buttons; the typed answer a named textbox; the verdict a status; a matching item two named
// groups; an ordering item a named list; a quiz's mistakes articles in the list named "Mistakes".
import type { Locator, Page } from '@playwright/test';

const NAME = {
  options: /^(Options|الخيارات)$/,
  typed: /^(Type your answer|اكتب إجابتك)$/,
  terms: /^(Items|العناصر)$/,
  matches: /^(Their matches|ما يقابلها)$/,
  order: /^(Your order|ترتيبك)$/,
  mistakes: /^(Mistakes|الأخطاء)$/,
  yours: /^(Your answer|إجابتك)$/,
  right: /^(Right answer|الإجابة الصحيحة)$/,
  again: /^(Again|مجددًا)$/
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

/** What the student answered, within a mistake. */
export const yourAnswer = (scope: Locator): Locator =>
  scope.getByRole('group', { name: NAME.yours });

/** The right answer, within a mistake or an item. */
export const rightAnswer = (scope: Locator): Locator =>
  scope.getByRole('group', { name: NAME.right });

/** The "Again" grade button, shown once a flashcard is turned over. */
export const againButton = (page: Page): Locator => page.getByRole('button', { name: NAME.again });
