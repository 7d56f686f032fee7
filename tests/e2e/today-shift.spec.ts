// Asserts that Today hardly moves when its course block arrives (it loads after the first paint,
// in the place an empty card kept for it), in both languages on a phone: on a first visit, on a
// return before any study (the block still carries the advice to read the article first), right
// after the first grade, and on a return after it. The layout shifts are summed as the browser
// reports them (the Layout Instability API), from the start of each visit.
import type { Page } from '@playwright/test';
import { expect, gradeShown, nav, openRoute, test } from './fixtures';

/** Well under what a block of the wrong height gives (about 0.08 for the advice's two lines). */
const MOST = 0.02;

test.use({ viewport: { width: 412, height: 823 } });

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number }[]) {
        w.__shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
});

/** The shift summed since the visit began, once the course block and the figures are in. */
async function shiftOnceLoaded(page: Page): Promise<number> {
  await expect(page.locator('section.course')).toBeVisible();
  await expect(page.getByTestId('new-count')).not.toHaveText('…');
  // The block's last layout (its heading's font, the figures) settles within a few frames.
  await page.waitForTimeout(300);
  return page.evaluate(() => (window as unknown as { __shift: number }).__shift);
}

for (const lang of ['ar', 'en'] as const) {
  test(`Today keeps its course block's place before and after the first study, in ${lang}`, async ({
    page
  }) => {
    await openRoute(page, '/', lang);
    expect(await shiftOnceLoaded(page), 'first visit').toBeLessThan(MOST);

    await page.reload();
    expect(await shiftOnceLoaded(page), 'return, nothing studied').toBeLessThan(MOST);

    await openRoute(page, '/study');
    await gradeShown(page);
    await page.evaluate(() => ((window as unknown as { __shift: number }).__shift = 0));
    await nav(page)
      .getByRole('link', { name: lang === 'ar' ? 'اليوم' : 'Today' })
      .click();
    expect(await shiftOnceLoaded(page), 'after the first grade').toBeLessThan(MOST);

    await page.reload();
    expect(await shiftOnceLoaded(page), 'return after studying').toBeLessThan(MOST);
  });
}
