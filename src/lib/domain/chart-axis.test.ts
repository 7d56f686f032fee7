import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTicks, estimateWidth, timeAxis, type AxisLabel } from './chart-axis';

/** `n` consecutive days ending on `last` (or starting on it), as YYYY-MM-DD. */
function daysFrom(first: string, n: number): string[] {
  const [y, m, d] = first.split('-').map(Number);
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(y!, m! - 1, d! + i));
    return day.toISOString().slice(0, 10);
  });
}

const MONTHS_EN = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const MONTHS_AR =
  'يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر'.split(' ');
const labelIn =
  (months: string[], dayFirst: boolean) =>
  (day: string, unit: 'day' | 'month'): string => {
    const month = months[Number(day.slice(5, 7)) - 1]!;
    const date = String(Number(day.slice(8)));
    if (unit === 'month') return month;
    return dayFirst ? `${date} ${month}` : `${month} ${date}`;
  };
const en = labelIn(MONTHS_EN, false);
const ar = labelIn(MONTHS_AR, true);
const measure = estimateWidth(12);

/** Each label's extent along the axis, from its anchor. */
function extent(l: AxisLabel): [number, number] {
  const w = measure(l.text);
  if (l.anchor === 'start') return [l.at, l.at + w];
  if (l.anchor === 'end') return [l.at - w, l.at];
  return [l.at - w / 2, l.at + w / 2];
}

function expectReadable(labels: AxisLabel[], width: number, gap = 8) {
  const boxes = labels.map(extent);
  for (const [lo, hi] of boxes) {
    expect(lo).toBeGreaterThanOrEqual(-0.001);
    expect(hi).toBeLessThanOrEqual(width + 0.001);
  }
  for (let i = 1; i < boxes.length; i++) {
    expect(boxes[i]![0]).toBeGreaterThanOrEqual(boxes[i - 1]![1] + gap - 0.001);
  }
}

describe('countTicks', () => {
  it('counts up in round steps from 0 to at least the highest value', () => {
    expect(countTicks(0)).toEqual([0, 1]);
    expect(countTicks(1)).toEqual([0, 1]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(4.2)).toEqual([0, 2, 4, 6]);
    expect(countTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(37)).toEqual([0, 10, 20, 30, 40]);
    expect(countTicks(100)).toEqual([0, 50, 100]);
    expect(countTicks(1234)).toEqual([0, 500, 1000, 1500]);
  });

  it('never gives more ticks than asked, and always covers the maximum', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 2, max: 8 }),
        (max, most) => {
          const ticks = countTicks(max, most);
          expect(ticks.length).toBeLessThanOrEqual(most);
          expect(ticks[0]).toBe(0);
          expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
          const step = ticks[1]! - ticks[0]!;
          expect(ticks.every((t, i) => t === i * step)).toBe(true);
          expect(String(step)).toMatch(/^[125]0*$/);
        }
      )
    );
  });
});

describe('timeAxis', () => {
  const month = daysFrom('2025-11-03', 30); // 3 November to 2 December

  it('labels 30 days of a phone-wide chart every week from today, today at the end', () => {
    const labels = timeAxis(month, { width: 280, today: 'last', label: en, measure });
    expect(labels.map((l) => l.text)).toEqual(['Nov 4', 'Nov 11', 'Nov 18', 'Nov 25', 'Dec 2']);
    expect(labels.at(-1)).toMatchObject({ index: 29, anchor: 'end', at: 280 });
    expectReadable(labels, 280);
  });

  it('spaces the longer Arabic labels further apart rather than cutting them', () => {
    const labels = timeAxis(month, { width: 280, today: 'last', label: ar, measure });
    expect(labels.map((l) => l.text)).toEqual(['4 نوفمبر', '18 نوفمبر', '2 ديسمبر']);
    expectReadable(labels, 280);
  });

  it('labels a forecast from today at its start', () => {
    const labels = timeAxis(month, { width: 280, today: 'first', label: en, measure });
    expect(labels[0]).toMatchObject({ index: 0, text: 'Nov 3', anchor: 'start', at: 0 });
    expectReadable(labels, 280);
  });

  it('labels a year by the months it crosses, whole names that fit', () => {
    const year = daysFrom('2024-12-03', 365);
    const labels = timeAxis(year, { width: 280, today: 'last', label: ar, measure });
    expect(labels.length).toBeGreaterThanOrEqual(3);
    for (const l of labels) {
      expect(MONTHS_AR).toContain(l.text);
      expect(year[l.index]!.endsWith('-01')).toBe(true);
    }
    expectReadable(labels, 280);
  });

  it("labels a heatmap's week columns by month", () => {
    const weeks = daysFrom('2024-11-25', 53 * 7).filter((_, i) => i % 7 === 0);
    const labels = timeAxis(weeks, {
      width: 300,
      daysPerSlot: 7,
      today: 'last',
      label: en,
      measure
    });
    expect(labels.length).toBeGreaterThanOrEqual(4);
    expect(labels.every((l) => MONTHS_EN.includes(l.text))).toBe(true);
    expectReadable(labels, 300);
  });

  it('gives nothing for no days or no width', () => {
    expect(timeAxis([], { width: 300, today: 'last', label: en, measure })).toEqual([]);
    expect(timeAxis(month, { width: 0, today: 'last', label: en, measure })).toEqual([]);
  });

  it('never lets labels overlap or run off the axis, at any width and length', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.integer({ min: 20, max: 1200 }),
        fc.constantFrom('first', 'last'),
        fc.boolean(),
        (n, width, today, arabic) => {
          const labels = timeAxis(daysFrom('2025-01-17', n), {
            width,
            today,
            label: arabic ? ar : en,
            measure
          });
          expectReadable(labels, width);
        }
      ),
      { numRuns: 300 }
    );
  });
});
