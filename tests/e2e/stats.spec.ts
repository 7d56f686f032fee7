// Asserts the statistics page: after some reviews (one taken back by Undo) it shows today's count,
// the charts carry text alternatives, and in Arabic the time axis runs right to left (oldest day
// at the right).
import { expect, openRoute, test } from './fixtures';
import { statsFigures, prompt as promptOf } from './locators';

test('stats show reviews, charts with text alternatives, mirrored in Arabic', async ({ page }) => {
  await openRoute(page, '/study', 'en');
  const prompt = promptOf(page);
  for (let i = 0; i < 4; i++) {
    const before = await prompt.textContent();
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
    await expect(prompt).not.toHaveText(before!);
  }
  // The fourth grade taken back: out of the log and out of the day's counts.
  const fifth = await prompt.textContent();
  await page.keyboard.press('u');
  await expect(prompt).not.toHaveText(fifth!);
  await openRoute(page, '/stats');
  await expect(statsFigures(page)).toContainText('Reviews today 3');
  const chart = page.getByRole('img', { name: 'Reviews per day' });
  await expect(chart).toBeVisible();
  await expect(chart.locator('desc')).toContainText('3 in all');
  await expect(page.getByRole('img', { name: 'The year in reviews' })).toBeVisible();

  const lastBar = async () =>
    chart
      .locator('rect')
      .evaluateAll((rects) => Math.max(...rects.map((r) => Number(r.getAttribute('x')))));
  const enX = await lastBar();
  await openRoute(page, '/stats', 'ar');
  const arChart = page.getByRole('img', { name: 'المراجعات اليومية' });
  await expect(arChart.locator('rect').first()).toBeAttached();
  const arX = await arChart
    .locator('rect')
    .evaluateAll((rects) => Math.min(...rects.map((r) => Number(r.getAttribute('x')))));
  // Today's bar is at the end of the axis: the right in English, the left in Arabic.
  expect(enX).toBeGreaterThan(500);
  expect(arX).toBeLessThan(100);
});
