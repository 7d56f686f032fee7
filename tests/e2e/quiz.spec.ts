// Asserts a whole quiz taken by keyboard in each language: every item type answered, checked and
// moved on from by keys; the results show a score and breakdowns; the attempt is stored with its
// answers, listed in the history after a reload, and its answers reach the flashcards' log.
import type { Page } from '@playwright/test';
import { expect, openRoute, readStores, test } from './fixtures';
import {
  quizHistory,
  item,
  matches,
  mistakes as mistakeList,
  options,
  orderList,
  prompt,
  terms,
  typedAnswer,
  verdict
} from './locators';

async function storedCounts(page: Page) {
  const { attempts, reviews } = await readStores(page, ['attempts', 'reviews']);
  return {
    attempts: attempts.length,
    quizReviews: (reviews as { source: string }[]).filter((r) => r.source === 'quiz').length
  };
}

/** Answers whatever question is on screen using the keyboard only. */
async function answerByKeyboard(page: Page) {
  if ((await options(page).count()) > 0) {
    await page.keyboard.press('1');
  } else if ((await typedAnswer(page).count()) > 0) {
    await typedAnswer(page).focus();
    await page.keyboard.type('روسيا');
  } else if ((await terms(page).count()) > 0) {
    const n = await terms(page).count();
    for (let i = 0; i < n; i++) {
      await terms(page).nth(i).focus();
      await page.keyboard.press('Enter');
      await matches(page).nth(i).focus();
      await page.keyboard.press('Enter');
    }
  } else if ((await orderList(page).count()) > 0) {
    await orderList(page).getByRole('listitem').first().getByRole('button').nth(1).focus();
    await page.keyboard.press('Enter');
  }
}

for (const [lang, l] of [
  [
    'en',
    { start: 'Start quiz', check: 'Check', next: 'Next', finish: 'Finish', results: 'Results' }
  ],
  [
    'ar',
    {
      start: 'بدء الاختبار',
      check: 'تحقّق',
      next: 'التالي',
      finish: 'إنهاء الاختبار',
      results: 'النتيجة'
    }
  ]
] as const) {
  test(`a whole quiz by keyboard in ${lang}`, async ({ page }) => {
    // Ten questions of every type, answered and checked one by one, and a reload: a budget of its
    // own.
    test.slow();
    await openRoute(page, '/quiz', lang);
    await page.getByRole('radio', { name: lang === 'en' ? '10' : '10' }).check();
    await page.getByRole('button', { name: l.start, exact: true }).focus();
    await page.keyboard.press('Enter');
    for (let i = 0; i < 10; i++) {
      await expect(item(page)).toBeVisible();
      await answerByKeyboard(page);
      await page.getByRole('button', { name: l.check, exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect(verdict(page)).toBeVisible();
      const next = page.getByRole('button', { name: i === 9 ? l.finish : l.next, exact: true });
      await next.focus();
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('heading', { name: l.results, exact: true })).toBeVisible();
    await expect(page.getByTestId('quiz-score')).toContainText('/ 10');
    await expect.poll(async () => (await storedCounts(page)).attempts).toBe(1);
    expect((await storedCounts(page)).quizReviews).toBe(10);
    await page.reload();
    await expect(quizHistory(page)).toHaveCount(1);
  });
}

test('mistakes link to their evidence; "Study these" puts them first in the flashcards', async ({
  page
}) => {
  await openRoute(page, '/quiz', 'en');
  await page.getByRole('checkbox', { name: 'True or false' }).check();
  await page.getByRole('radio', { name: '5' }).check();
  await page.getByRole('button', { name: 'Start quiz' }).click();
  for (let i = 0; i < 5; i++) {
    // Skip every question: each becomes a mistake.
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('button', { name: i === 4 ? 'Finish' : 'Next', exact: true }).click();
  }
  await expect(page.getByTestId('quiz-score')).toHaveText('0 / 5');
  const mistakes = mistakeList(page);
  await expect(mistakes).toHaveCount(5);
  await expect(mistakes.first().getByRole('link', { name: /Read paragraph/ })).toBeVisible();
  await page.getByRole('button', { name: 'Study these' }).click();
  await expect(page.getByText('They are now first in today’s flashcards.')).toBeVisible();
  const prompts = (await mistakes.getByRole('heading').allTextContents()).map((p) => p.trim());
  await openRoute(page, '/study');
  await expect(prompt(page)).toBeVisible();
  const studied = (await prompt(page).textContent())!.trim();
  expect(prompts).toContain(studied);
});

test('a quiz mistake links to the reader with its quote highlighted', async ({ page }) => {
  await openRoute(page, '/quiz', 'en');
  await page.getByRole('checkbox', { name: 'Multiple choice' }).check();
  await page.getByRole('radio', { name: '5' }).check();
  await page.getByRole('button', { name: 'Start quiz' }).click();
  for (let i = 0; i < 5; i++) {
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('button', { name: i === 4 ? 'Finish' : 'Next', exact: true }).click();
  }
  const link = mistakeList(page)
    .first()
    .getByRole('link', { name: /Read paragraph/ });
  const href = (await link.getAttribute('href'))!;
  const quote = decodeURIComponent(/q=([^#]+)/.exec(href)![1]!);
  await link.click();
  await expect(page).toHaveURL(/\/article\/iran-russia-2023\?q=.*#p-\d+$/);
  await expect(page.locator('mark.evidence')).toHaveText(quote);
  await expect(page.locator('mark.evidence')).toBeInViewport();
});
