// Asserts the card browser: Arabic search ignores diacritics and shadda, English search works,
// filters narrow the list, an item's detail shows its review history, and suspend is stored. Also
// that an item's evidence link opens the reader with the quote highlighted.
import { expect, gradeShown, openRoute, test } from './fixtures';
import {
  articleParagraph,
  cardRows,
  cardSummary,
  paragraphText,
  region,
  item,
  prompt
} from './locators';

test('search in Arabic without diacritics and in English', async ({ page }) => {
  await openRoute(page, '/cards', 'ar');
  const count = page.getByRole('status').filter({ hasText: /سؤال|أسئلة/ });
  await expect(count).toBeVisible();
  const all = await count.textContent();
  const search = page.getByRole('searchbox');
  // «مسيّرة» in the article has a shadda; the query has none.
  await search.fill('طائرة مسيرة');
  await expect(count).not.toHaveText(all!);
  await expect(cardRows(page).first()).toContainText(/مسيّرة|مسيرة/);
  await openRoute(page, '/cards', 'en');
  await page.getByRole('searchbox').fill('ZELENSKY');
  // A match may be in an item's explanation or evidence rather than its prompt: one row at least
  // names him where the list shows it.
  await expect(
    cardRows(page)
      .filter({ hasText: /Zelensky|زيلينسكي/ })
      .first()
  ).toBeVisible();
});

test('an item shows its review history, and suspending it is kept', async ({ page }) => {
  await openRoute(page, '/study', 'en');
  // The next card shows only once the grade is written.
  await gradeShown(page, '1');
  await openRoute(page, '/cards');
  await page.getByLabel('State').selectOption('learning');
  await expect(page.getByRole('status').filter({ hasText: /^1 item$/ })).toBeVisible();
  await cardSummary(cardRows(page).first()).click();
  await expect(page.getByRole('table')).toContainText('Again');
  await expect(page.getByRole('table')).toContainText('Study');
  await page.getByRole('button', { name: 'Suspend', exact: true }).click();
  // Written once the button offers the way back.
  await expect(page.getByRole('button', { name: 'Unsuspend', exact: true })).toBeVisible();
  await page.reload();
  await page.getByLabel('Suspended').check();
  await expect(page.getByRole('status').filter({ hasText: /^1 item$/ })).toBeVisible();
});

test('an evidence link opens the reader at the paragraph with the quote highlighted', async ({
  page
}) => {
  await openRoute(page, '/study', 'ar');
  // The heading shows before the session has its first card.
  await expect(prompt(page)).toBeVisible();
  await page.keyboard.press('Space');
  const link = page.getByRole('link', { name: /قراءة الفقرة/ });
  const quote = (await item(page).getByRole('blockquote').textContent())!.trim();
  await link.click();
  await expect(page).toHaveURL(/\/article\/iran-russia-2023\?q=.*#p-\d+$/);
  const mark = page.locator('mark.evidence');
  await expect(mark).toHaveText(quote);
  await expect(mark).toBeInViewport();
});

test('the reader shows people, the timeline, mastery per paragraph, and quizzes a paragraph', async ({
  page
}) => {
  await openRoute(page, '/article', 'en');
  await expect(page.getByRole('heading', { name: 'People' })).toBeVisible();
  await expect(region(page, 'People').getByText('Ali Shamkhani')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Timeline' })).toBeVisible();
  const p2 = articleParagraph(page, 2);
  await expect(p2).toContainText(/0 of \d+ known/);
  await p2.getByRole('button', { name: 'Quiz me on this paragraph' }).click();
  await expect(page).toHaveURL(/\/quiz$/);
  await expect(prompt(page)).toBeVisible();
});

test.describe('read aloud', () => {
  test('is offered only with a voice for the language, and reads the paragraph', async ({
    page
  }) => {
    // Headless Chromium has no voices: stand in for a device with an Arabic one.
    await page.addInitScript(() => {
      const spoken: string[] = [];
      (window as unknown as { spoken: string[] }).spoken = spoken;
      Object.defineProperty(window, 'speechSynthesis', {
        value: {
          getVoices: () => [{ lang: 'ar-SA', name: 'Arabic' }],
          speak: (u: SpeechSynthesisUtterance) => spoken.push(`${u.lang}:${u.text}`),
          cancel: () => {},
          addEventListener: () => {}
        }
      });
    });
    await openRoute(page, '/article', 'en');
    await articleParagraph(page, 1).getByRole('button', { name: 'Listen' }).click();
    const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
    expect(spoken).toHaveLength(1);
    expect(spoken[0]).toMatch(/^ar:في أول يومَين من العام 2023/);
  });

  test('is hidden without a voice', async ({ page }) => {
    await openRoute(page, '/article', 'en');
    await expect(paragraphText(articleParagraph(page, 1))).toBeVisible();
    await expect(page.getByRole('button', { name: 'Listen' })).toHaveCount(0);
  });
});
