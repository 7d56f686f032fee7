// Asserts that no review is lost or counted twice when two tabs study the same profile at once,
// and that a grade survives the page being closed right after it.
import type { Page } from '@playwright/test';
import { expect, gradeShown, openRoute, readStores, test } from './fixtures';
import { prompt } from './locators';

interface Snapshot {
  reviews: { id: number; itemId: string; from: [number, number] }[];
  cards: { itemId: string; reps: number; phase: string }[];
}

/** The review log and the cards. */
async function snapshot(page: Page): Promise<Snapshot> {
  return (await readStores(page, ['reviews', 'cards'])) as unknown as Snapshot;
}

test('two tabs studying one profile lose no review and count none twice', async ({ context }) => {
  // Two tabs and thirteen grades, each awaited through the database: a budget of its own.
  test.slow();
  const a = await context.newPage();
  const b = await context.newPage();
  await openRoute(a, '/study', 'en');
  await expect(prompt(a)).toBeVisible();
  // Both tabs built the same queue: they show the same first card.
  await openRoute(b, '/study', 'en');
  await expect(prompt(b)).toBeVisible();
  expect(await prompt(b).textContent()).toBe(await prompt(a).textContent());

  // Tab A grades first; tab B, still showing that card, grades it too: its grade is refused and
  // it says so, then moves on.
  await gradeShown(a);
  await gradeShown(b);
  await expect(b.getByRole('status').filter({ hasText: 'studied in another tab' })).toBeVisible();
  // Interleaved, each tab grades cards the other may already have graded.
  for (let round = 0; round < 4; round++) {
    await gradeShown(a, round % 2 ? '1' : '3');
    await gradeShown(b);
  }
  await gradeShown(b);
  await gradeShown(b);

  const { reviews, cards } = await snapshot(a);
  // No duplicate: each card state was graded from once.
  const steps = reviews.map((r) => `${r.itemId}@${r.from.join(',')}`);
  expect(new Set(steps).size).toBe(steps.length);
  // Nothing lost: every card's repetitions match its reviews in the log.
  for (const card of cards) {
    const logged = reviews.filter((r) => r.itemId === card.itemId).length;
    expect(card.reps, card.itemId).toBe(logged);
  }
  expect(reviews.length).toBeGreaterThan(5);
});

test('closing the page right after a grade loses nothing', async ({ context }) => {
  // The app starts three times, once per closed tab: a budget of its own.
  test.slow();
  // The records are read from a static page of the same origin: it shares the database and does
  // not start the app (whose own start-up would take longer than the check).
  const check = await context.newPage();
  await check.goto('/robots.txt');
  for (let i = 1; i <= 3; i++) {
    const page = await context.newPage();
    await openRoute(page, '/study', 'en');
    await expect(prompt(page)).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Good', exact: true })).toBeVisible();
    await page.keyboard.press('3');
    // No waiting for the next card: the tab goes at once.
    await page.close();
    // The write was sent before the tab went; the browser may finish it a moment later. A lost
    // grade never arrives and fails the poll.
    await expect.poll(async () => (await snapshot(check)).reviews.length).toBe(i);
    const { cards } = await snapshot(check);
    expect(cards.filter((c) => c.phase !== 'new')).toHaveLength(i);
  }
});
