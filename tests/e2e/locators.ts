// The app's landmarks and controls, found by role and accessible name, in one place: a spec names
// what it looks for, and a change of markup is mended here once. Items (study card, quiz question,
// their answers and verdict) have their own module, item-locators.ts.
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
