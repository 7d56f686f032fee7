// Runs offline (the network is taken away once the service worker is ready).
// Asserts the review before saving a course: on /courses/new, the health fixture pasted and made
// into questions lists every item by paragraph; one removed (and the removal undoable); one
// edited, with a broken rule named next to its field (and "Keep the change" refused) until
// fixed; one written by hand with its evidence chosen by selecting words in a paragraph; then
// "Save course" stores the reviewed bank, and /courses lists the course with that many items. An
// ordering item (the park fixture's) has an event moved later (the build's rule on the order is
// named), moved back and renamed, and the course stores the renamed event first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, openRoute, readStores, test, waitForServiceWorker } from './fixtures';
import { region } from './locators';

const ARTICLE = readFileSync(join(import.meta.dirname, '../fixtures/health-article.txt'), 'utf8');
const TITLE = 'حملة وطنية لتلقيح الأطفال ضد الحصبة في المغرب';
const EDITED = 'بحسب المقال،';
const WRITTEN = 'بدأت الحملة في الربيع.';
// Events told in one tense, so the generator orders them (it leaves mixed tenses unordered); the
// trees planted by the river, not «في الحديقة العامة»: an event that names the park as known gives
// the order away, and the generator leaves it out.
const PARK = readFileSync(
  join(import.meta.dirname, '../fixtures/park-article.txt'),
  'utf8'
).replace('في الحديقة العامة في 12 آذار', 'على ضفاف النهر في 12 آذار');
const RENAMED = 'بعد التعديل';

const review = (page: Page) => region(page, 'Check the questions');
// An item's row has buttons; the options listed inside a multiple-choice item do not.
const items = (page: Page) =>
  review(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('button') });
const firstOfType = (page: Page, type: string) =>
  items(page)
    .filter({ hasText: type })
    .filter({ has: page.getByRole('button', { name: 'Edit' }) })
    .first();

/** Drags the pointer across the first line of a paragraph, from its start (RTL: its right). */
async function selectWords(page: Page, paragraph: Locator): Promise<void> {
  // In view first: a drag at coordinates off the screen selects nothing.
  await paragraph.scrollIntoViewIfNeeded();
  const box = (await paragraph.boundingBox())!;
  const y = box.y + 12;
  await page.mouse.move(box.x + box.width - 4, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.45, y, { steps: 8 });
  await page.mouse.up();
}

async function editOne(page: Page): Promise<void> {
  const row = firstOfType(page, 'Fill in the blank');
  await row.getByRole('button', { name: 'Edit' }).click();
  const form = review(page).getByRole('form', { name: 'Edit the item' });
  const question = form.getByLabel('Question', { exact: true });
  const original = await question.inputValue();
  await question.fill(original.replace('____', '…'));
  await expect(question).toHaveAttribute('aria-invalid', 'true');
  await expect(question).toHaveAccessibleDescription(/^Write the blank ____ exactly once\./);
  await form.getByRole('button', { name: 'Keep the change' }).click();
  await expect(form.getByRole('alert')).toHaveText('Correct the marked fields first.');
  await question.fill(`${EDITED} ${original}`);
  await expect(question).toHaveAttribute('aria-invalid', 'false');
  await form.getByRole('button', { name: 'Keep the change' }).click();
  await expect(form).toBeHidden();
  await expect(review(page).getByText(`${EDITED} ${original}`)).toBeVisible();
}

async function addOne(page: Page): Promise<void> {
  await review(page).getByRole('button', { name: 'Add an item' }).click();
  const form = review(page).getByRole('form', { name: 'Add an item' });
  await form.getByRole('radio', { name: 'True or false' }).check();
  const paragraph = form.getByRole('region', { name: 'The article' }).getByRole('paragraph').nth(2);
  await selectWords(page, paragraph);
  const quote = form.getByLabel('Evidence quote, word for word from the paragraph');
  await expect(quote).not.toHaveValue('');
  expect(await paragraph.textContent()).toContain(await quote.inputValue());
  await form.getByLabel('Question', { exact: true }).fill(WRITTEN);
  await form.getByRole('button', { name: 'Add item' }).click();
  await expect(form).toBeHidden();
  await expect(review(page).getByText(WRITTEN)).toBeVisible();
}

/** Opens "Add an article" from the course list with the network taken away: all of it runs offline. */
async function addOffline(page: Page, context: BrowserContext): Promise<void> {
  await openRoute(page, '/courses', 'en');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.getByRole('link', { name: 'Add an article' }).click();
}

test('offline: reviews the generated items, then saves the course with them', async ({
  page,
  context
}) => {
  test.slow(); // generates a bank in the browser and saves a course, then opens another screen
  await addOffline(page, context);
  await page.getByLabel('Article text').fill(ARTICLE);
  await page.getByRole('button', { name: 'Make questions' }).click();
  await expect(review(page)).toBeVisible({ timeout: 20_000 });
  // The review is drawn a few paragraphs at a time: every item, once all are there.
  const summary = review(page).getByText(/^\d+ items will be saved$/);
  const made = Number(/\d+/.exec((await summary.textContent())!)![0]);
  await expect(items(page)).toHaveCount(made);
  expect(made).toBeGreaterThan(10);

  const gone = firstOfType(page, 'Multiple choice');
  await gone.getByRole('button', { name: 'Remove' }).click();
  await expect(review(page).getByRole('button', { name: 'Undo' })).toBeFocused();
  await expect(review(page).getByText(`${made - 1} items will be saved`)).toBeVisible();

  await editOne(page);
  await addOne(page);
  await expect(review(page).getByText(`${made} items will be saved`)).toBeVisible();

  await page.getByRole('button', { name: 'Save course' }).click();
  // The page may move on once the course is stored: a read during that navigation is retried.
  const stored = async () =>
    (await readStores(page, ['courses']).catch(() => ({ courses: [] }))).courses.length;
  await expect.poll(stored, { timeout: 10_000 }).toBe(1);
  const [content] = (await readStores(page, ['courseContent'])).courseContent as {
    bank: { items: { prompt: { ar: string } }[] };
  }[];
  const prompts = content!.bank.items.map((i) => i.prompt.ar);
  expect(prompts).toHaveLength(made);
  expect(prompts).toContain(WRITTEN);
  expect(prompts.some((p) => p.startsWith(EDITED))).toBe(true);

  await openRoute(page, '/courses', 'en');
  const course = region(page, TITLE);
  await expect(course.getByRole('definition').first()).toHaveText(String(made));
});

test('offline: an ordering item has its events renamed and moved, its rule named while they run backwards', async ({
  page,
  context
}) => {
  test.slow(); // generates a bank in the browser and saves a course
  await addOffline(page, context);
  await page.getByLabel('Article text').fill(PARK);
  await page.getByRole('button', { name: 'Make questions' }).click();
  await expect(review(page)).toBeVisible({ timeout: 20_000 });
  await firstOfType(page, 'Order the events').getByRole('button', { name: 'Edit' }).click();
  const form = review(page).getByRole('form', { name: 'Edit the item' });
  const events = form.getByRole('group', { name: 'Events, earliest first' });
  const first = events.getByLabel('Event 1', { exact: true });
  const name = await first.inputValue();
  // Moved later, the earliest event runs the dates backwards: the build's rule says so.
  await events.getByRole('button', { name: 'Later' }).first().click();
  await expect(events.getByLabel('Event 2', { exact: true })).toHaveValue(name);
  await expect(events).toHaveAccessibleDescription(
    /^An ordering item has 3 to 6 events, earliest first/
  );
  await form.getByRole('button', { name: 'Keep the change' }).click();
  await expect(form.getByRole('alert')).toHaveText('Correct the marked fields first.');
  await events.getByRole('button', { name: 'Earlier' }).nth(1).click();
  await first.fill(`${name} (${RENAMED})`);
  await form.getByRole('button', { name: 'Keep the change' }).click();
  await expect(form).toBeHidden();
  await page.getByRole('button', { name: 'Save course' }).click();
  const sequence = async () => {
    const { courseContent } = await readStores(page, ['courseContent']).catch(() => ({
      courseContent: []
    }));
    const bank = (
      courseContent[0] as
        { bank: { items: { type: string; sequence?: { ar: string }[] }[] } } | undefined
    )?.bank;
    return bank?.items.find((i) => i.type === 'ordering')?.sequence?.[0]?.ar ?? null;
  };
  await expect.poll(sequence, { timeout: 10_000 }).toBe(`${name} (${RENAMED})`);
});
