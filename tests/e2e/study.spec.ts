// Asserts the flashcard session end to end: ten cards studied by keyboard in each language are
// written to IndexedDB and kept after a reload; undo takes grades back; studying works offline;
// each grade leaves a "grade to next card shown" performance measure.
import type { Page } from '@playwright/test';
import { expect, gradeShown, openRoute, readStores, test, waitForServiceWorker } from './fixtures';
import { againButton, options, prompt } from './locators';
import { clozeCourse, courseFilePayload } from './course-fixtures';

/** How many reviews are logged and how many cards have been studied. */
async function stored(page: Page) {
  const { reviews, cards } = await readStores(page, ['reviews', 'cards']);
  return {
    reviews: reviews.length,
    seen: (cards as { phase: string }[]).filter((c) => c.phase !== 'new').length
  };
}

async function studyByKeyboard(page: Page, cards: number, grade: '1' | '2' | '3' | '4' = '3') {
  for (let i = 0; i < cards; i++) await gradeShown(page, grade);
}

for (const [lang, labels] of [
  ['en', { again: 'Again', good: 'Good', showAnswer: 'Show answer', undo: 'Undo' }],
  ['ar', { again: 'مرة أخرى', good: 'جيد', showAnswer: 'إظهار الإجابة', undo: 'تراجع' }]
] as const) {
  test(`study ten cards by keyboard in ${lang}, reload, and find them kept`, async ({ page }) => {
    // Twelve grades, each awaited through the database, around a reload: a budget of its own.
    test.slow();
    await openRoute(page, '/study', lang);
    await expect(page.getByRole('button', { name: labels.showAnswer })).toBeVisible();
    const first = await prompt(page).textContent();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: labels.good, exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: labels.again, exact: true })).toBeVisible();
    await page.keyboard.press('3');
    await expect(prompt(page)).not.toHaveText(first!);
    await studyByKeyboard(page, 9);
    expect(await stored(page)).toEqual({ reviews: 10, seen: 10 });

    await page.reload();
    await expect(page.getByRole('button', { name: labels.showAnswer })).toBeVisible();
    expect(await stored(page)).toEqual({ reviews: 10, seen: 10 });
    // Ten new cards were met today, so ten of the day's twenty remain.
    // The count's label exactly: a card's text may hold the word too ("a new axis").
    const newCount = page.getByText(lang === 'en' ? 'New' : 'جديدة', { exact: true });
    await expect(newCount.locator('..')).toContainText('10');
    const measures = await page.evaluate(
      () => performance.getEntriesByName('grade to next card shown').length
    );
    expect(measures).toBe(0); // a fresh page: these measures come from grades only
    await studyByKeyboard(page, 2);
    const after = await page.evaluate(() =>
      performance.getEntriesByName('grade to next card shown').map((m) => m.duration)
    );
    expect(after).toHaveLength(2);
  });
}

test('undo takes several grades back, with Ctrl+Z and U', async ({ page }) => {
  await openRoute(page, '/study', 'en');
  await expect(prompt(page)).toBeVisible();
  const first = await prompt(page).textContent();
  await studyByKeyboard(page, 3);
  expect((await stored(page)).reviews).toBe(3);
  await page.keyboard.press('u');
  await expect.poll(async () => (await stored(page)).reviews).toBe(2);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await stored(page)).reviews).toBe(1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(async () => (await stored(page)).reviews).toBe(0);
  await expect(prompt(page)).toHaveText(first!);
  expect((await stored(page)).seen).toBe(0);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeDisabled();
});

/** A key pressed on an Arabic layout: the character it types and the physical key it is. */
async function arabicKey(page: Page, key: string, code: string) {
  await page.evaluate(
    ([key, code]) => {
      const target = document.activeElement ?? document.body;
      for (const type of ['keydown', 'keyup']) {
        target.dispatchEvent(
          new KeyboardEvent(type, { key, code, bubbles: true, cancelable: true })
        );
      }
    },
    [key, code] as const
  );
}

test('on a slow disk each grade is stored before the next card, and no key is lost', async ({
  page
}) => {
  // A course of blanks only: turning a card over writes its answer into the blank, so its prompt
  // changes before the grade is stored. A helper that took that change for the next card lost
  // grades here (its next key came while the write was in flight, and was ignored).
  const course = clozeCourse();
  await openRoute(page, '/courses', 'en');
  await page.getByLabel('Import course').setInputFiles(courseFilePayload(course));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Course imported.' })).toBeVisible();
  // Every write is reported done 400 ms late, as on a slow phone's disk.
  await page.addInitScript(() => {
    const add = IDBTransaction.prototype.addEventListener;
    IDBTransaction.prototype.addEventListener = function (
      this: IDBTransaction,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions
    ) {
      if (type !== 'complete' || this.mode !== 'readwrite' || typeof listener !== 'function') {
        if (listener) add.call(this, type, listener, options);
        return;
      }
      add.call(this, type, (e) => setTimeout(() => listener.call(this, e), 400), options);
    };
  });
  await page.goto(`/study?course=${course.id}&lang=en`);
  const cards = course.bank.items.length;
  expect(cards).toBeGreaterThanOrEqual(6);
  for (let i = 0; i < cards; i++) await gradeShown(page);
  expect((await stored(page)).reviews).toBe(cards);
});

test('on an Arabic keyboard layout the physical keys still show, grade and undo', async ({
  page
}) => {
  await openRoute(page, '/study', 'ar');
  await expect(prompt(page)).toBeVisible();
  const first = await prompt(page).textContent();
  await arabicKey(page, ' ', 'Space');
  await expect(againButton(page)).toBeVisible();
  // The 3 key types «٣» on this layout: it is still Good.
  await arabicKey(page, '٣', 'Digit3');
  await expect.poll(async () => (await stored(page)).reviews).toBe(1);
  await expect(prompt(page)).not.toHaveText(first!);
  const { reviews } = await readStores(page, ['reviews']);
  expect((reviews as { grade: number }[])[0]!.grade).toBe(3);
  await arabicKey(page, ' ', 'Space');
  await expect(againButton(page)).toBeVisible();
  // A character that is a digit typed by another key grades nothing: only the physical key counts.
  await arabicKey(page, '1', 'KeyQ');
  await arabicKey(page, '١', 'Numpad1');
  await expect.poll(async () => (await stored(page)).reviews).toBe(2);
  const grades = (await readStores(page, ['reviews'])).reviews as { grade: number }[];
  expect(grades.map((r) => r.grade).sort()).toEqual([1, 3]);
  // U types «ع»: it undoes both grades, back to the first card.
  await arabicKey(page, 'ع', 'KeyU');
  await expect.poll(async () => (await stored(page)).reviews).toBe(1);
  await arabicKey(page, 'ع', 'KeyU');
  await expect.poll(async () => (await stored(page)).reviews).toBe(0);
  await expect(prompt(page)).toHaveText(first!);
});

test('a wrong answer proposes Again; a multiple choice is answered with keys 1–4', async ({
  page
}) => {
  await openRoute(page, '/study', 'en');
  // Find an interactive card by grading plain ones out of the way.
  for (let i = 0; i < 20; i++) {
    if ((await options(page).count()) > 0) break;
    await studyByKeyboard(page, 1);
  }
  const choices = options(page);
  const n = await choices.count();
  expect(n).toBeGreaterThan(1);
  // Key 1 picks the first option; the suggestion that follows depends on the verdict.
  await page.keyboard.press('1');
  await expect(page.getByRole('status').filter({ hasText: /Correct|Not quite/ })).toBeVisible();
  const wasWrong = await page.getByText('Not quite').isVisible();
  const again = page.getByRole('button', { name: 'Again', exact: true });
  if (wasWrong) await expect(again).toHaveClass(/suggested/);
  else {
    await expect(page.getByRole('button', { name: 'Good', exact: true })).toHaveClass(/suggested/);
  }
});

test('study offline: grades are kept with the network gone', async ({ page, context }) => {
  // The worker's first install (up to 20 s on a busy machine) comes first: a budget of its own.
  test.slow();
  await openRoute(page, '/', 'en');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await openRoute(page, '/study');
  await expect(prompt(page)).toBeVisible();
  await studyByKeyboard(page, 3);
  await page.reload();
  await expect(prompt(page)).toBeVisible();
  expect((await stored(page)).reviews).toBe(3);
});

test('home shows due and new counts and "Study now"', async ({ page }) => {
  await openRoute(page, '/', 'en');
  await expect(page.getByTestId('new-count')).toHaveText('20 cards');
  await expect(page.getByTestId('due-count')).toHaveText('0 cards');
  await page.getByRole('link', { name: 'Study now' }).click();
  await studyByKeyboard(page, 2, '1');
  await openRoute(page, '/');
  await expect(page.getByTestId('due-count')).toHaveText('2 cards');
  await expect(page.getByTestId('new-count')).toHaveText('18 cards');
});
