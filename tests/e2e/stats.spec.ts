// Asserts the statistics page: after some reviews (one taken back by Undo) it shows today's count,
// the charts carry text alternatives, and in Arabic the time axis runs right to left (oldest day
// at the right). On a 360 px phone, in both languages, the charts' axes are readable: the value
// axis counts up from 0 past the highest day in the app's digits, on the start side (the right in
// Arabic), and every axis label is whole (no ellipsis), at least 12 px, inside its chart and clear
// of its neighbours.
import type { Locator, Page } from '@playwright/test';
import { expect, gradeShown, openRoute, test } from './fixtures';
import { statsFigures, prompt as promptOf } from './locators';

test('stats show reviews, charts with text alternatives, mirrored in Arabic', async ({ page }) => {
  await openRoute(page, '/study', 'en');
  const prompt = promptOf(page);
  for (let i = 0; i < 4; i++) await gradeShown(page, '3');
  // The fourth grade taken back: out of the log and out of the day's counts.
  const fifth = await prompt.textContent();
  await page.keyboard.press('u');
  await expect(prompt).not.toHaveText(fifth!);
  await openRoute(page, '/stats');
  await expect(statsFigures(page)).toContainText('Reviews today 3');
  const chart = page.getByRole('img', { name: 'Reviews per day' });
  await expect(chart).toBeVisible();
  await expect(chart.locator('desc')).toContainText('3 in all');
  const year = page.getByRole('img', { name: 'The year in reviews' });
  await expect(year).toBeVisible();
  // The year's squares: today's is the last, coloured, and read out with its count.
  await expect(year.locator('rect').last().locator('title')).toHaveText(/: 3$/);
  await expect(year.locator('rect').last()).not.toHaveClass('l0');
  expect(await year.locator('rect').count()).toBeGreaterThanOrEqual(365);

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
  // So is today's square in the year: the weeks run right to left in Arabic.
  const squares = page.getByRole('img', { name: 'السنة في المراجعات' }).locator('rect');
  const [first, last] = await Promise.all(
    [squares.first(), squares.last()].map(async (r) => Number(await r.getAttribute('x')))
  );
  expect(last).toBeLessThan(first!);
});

/** Every text of a chart's SVG: what it says, its box, its font size; and the SVG's box. */
async function chartTexts(chart: Locator) {
  return chart.evaluate((svg) => {
    const box = (r: DOMRect) => ({ x: r.x, y: r.y, right: r.right, bottom: r.bottom });
    return {
      svg: box(svg.getBoundingClientRect()),
      texts: [...svg.querySelectorAll('text')].map((t) => ({
        text: t.textContent ?? '',
        size: parseFloat(getComputedStyle(t).fontSize),
        ...box(t.getBoundingClientRect())
      }))
    };
  });
}

/** Reads a number written in Latin or Arabic-Indic digits. */
const numberIn = (text: string) =>
  Number(text.replace(/[٠-٩]/g, (d) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(d))));

const CHARTS = {
  en: ['Reviews per day', 'The year in reviews', 'Due in the next 30 days'],
  ar: ['المراجعات اليومية', 'السنة في المراجعات', 'المستحق في الأيام الثلاثين القادمة']
} as const;

async function readableAxes(page: Page, lang: 'ar' | 'en', digits: RegExp) {
  for (const name of CHARTS[lang]) {
    const chart = page.getByRole('img', { name, exact: true });
    await expect(chart.locator('text').first()).toBeAttached();
    const { svg, texts } = await chartTexts(chart);
    expect(texts.length, name).toBeGreaterThan(1);
    for (const t of texts) {
      expect(t.text, name).not.toMatch(/…|\.\.\./);
      expect(t.size, `${name}: ${t.text}`).toBeGreaterThanOrEqual(12);
      expect(t.x, `${name}: ${t.text}`).toBeGreaterThanOrEqual(svg.x - 0.5);
      expect(t.right, `${name}: ${t.text}`).toBeLessThanOrEqual(svg.right + 0.5);
      expect(t.y, `${name}: ${t.text}`).toBeGreaterThanOrEqual(svg.y - 0.5);
      expect(t.bottom, `${name}: ${t.text}`).toBeLessThanOrEqual(svg.bottom + 0.5);
    }
    // Labels on one line (the same baseline) do not overlap.
    const rows = new Map<number, typeof texts>();
    for (const t of texts) {
      rows.set(Math.round(t.bottom), [...(rows.get(Math.round(t.bottom)) ?? []), t]);
    }
    for (const row of rows.values()) {
      const sorted = [...row].sort((a, b) => a.x - b.x);
      for (let i = 1; i < sorted.length; i++) {
        expect(sorted[i]!.x, `${name}: ${sorted[i]!.text}`).toBeGreaterThanOrEqual(
          sorted[i - 1]!.right
        );
      }
    }
  }
  // The reviews chart's value axis: 0 up past today's 3 reviews, on the start side.
  const reviews = page.getByRole('img', { name: CHARTS[lang][0], exact: true });
  const { svg, texts } = await chartTexts(reviews);
  const values = texts.filter((t) => /^[0-9٠-٩]+$/.test(t.text));
  expect(values.map((t) => t.text).join(' ')).toMatch(digits);
  const counts = values.map((t) => numberIn(t.text));
  expect(counts[0]).toBe(0);
  expect(counts.at(-1)!).toBeGreaterThanOrEqual(3);
  expect([...counts].sort((a, b) => a - b)).toEqual(counts);
  const middle = (svg.x + svg.right) / 2;
  for (const v of values) {
    if (lang === 'ar') expect(v.x).toBeGreaterThan(middle);
    else expect(v.right).toBeLessThan(middle);
  }
}

for (const lang of ['ar', 'en'] as const) {
  test(`the charts' axes are readable on a phone, with values, in ${lang}`, async ({ phone }) => {
    await openRoute(phone, '/study', lang);
    for (let i = 0; i < 3; i++) await gradeShown(phone);
    if (lang === 'ar') {
      // The value axis follows the digits setting.
      await openRoute(phone, '/settings', lang);
      await phone.getByRole('radio', { name: /مشرقية/ }).check();
      await expect(phone.getByText('حُفظ')).toBeVisible();
    }
    await openRoute(phone, '/stats', lang);
    await readableAxes(phone, lang, lang === 'ar' ? /^[٠-٩ ]+$/ : /^[0-9 ]+$/);
  });
}
