// Axis ticks for the statistics charts: round counts up the value axis, and as many date labels
// along the time axis as fit its width without overlapping or running off either end.

/** Steps for a count axis, before scaling by powers of ten. */
const COUNT_STEPS = [1, 2, 5] as const;
/** Days between date labels on an axis of days. */
const DAY_STEPS = [1, 2, 7, 14] as const;
/** Months between month labels on a long axis. */
const MONTH_STEPS = [1, 2, 3, 4, 6] as const;
/** Beyond this many days an axis is labelled by month. */
const DAYS_BEFORE_MONTHS = 62;

/**
 * Whole, round ticks for a count axis from 0 to at least `max`: a step of 1, 2 or 5 × 10ⁿ, and
 * no more than `most` ticks (0 included). An axis with nothing on it still shows 0 and 1.
 */
export function countTicks(max: number, most = 5): number[] {
  const top = Math.max(1, Math.ceil(max));
  const intervals = Math.max(1, most - 1);
  let scale = 1;
  let step: number | undefined;
  while (step === undefined) {
    step = COUNT_STEPS.map((s) => s * scale).find((s) => Math.ceil(top / s) <= intervals);
    scale *= 10;
  }
  const ticks: number[] = [];
  for (let v = 0; v < top + step; v += step) ticks.push(v);
  return ticks;
}

/** A label placed on a time axis. */
export interface AxisLabel {
  /** The slot (bar or week column) it names. */
  index: number;
  text: string;
  /** Its position along the axis in px from the axis' start (the right in Arabic). */
  at: number;
  /** Which of its ends sits at `at`, in the reading direction. */
  anchor: 'start' | 'middle' | 'end';
}

export interface TimeAxisOptions {
  /** The axis length in px; the slots share it equally. */
  width: number;
  /** Days in one slot: 1 for bars per day, 7 for a heatmap's week columns. */
  daysPerSlot?: number;
  /** Where today is: the last slot (a history) or the first (a forecast). */
  today: 'first' | 'last';
  /** A slot's label: its day, or the month it starts, in the interface's language and digits. */
  label: (day: string, unit: 'day' | 'month') => string;
  /** A label's width in px (an estimate is enough: the gap absorbs its error). */
  measure: (text: string) => number;
  /** The least space between two labels, in px. */
  gap?: number;
}

const monthOf = (day: string) => day.slice(0, 7);

/**
 * The labels of a time axis whose slots start on `days` (`YYYY-MM-DD`, oldest first): every
 * 1, 2, 7 or 14 days counted from today, or on a long axis the months' starts every 1–6 months,
 * the step the smallest whose labels fit. A label too wide for its place at an end of the axis
 * is moved in to the end; one that would overlap a label already placed is left out.
 */
export function timeAxis(days: readonly string[], options: TimeAxisOptions): AxisLabel[] {
  const slots = days.length;
  if (slots === 0 || options.width <= 0) return [];
  const gap = options.gap ?? 8;
  const slot = options.width / slots;
  const monthly = slots * (options.daysPerSlot ?? 1) > DAYS_BEFORE_MONTHS;
  const unit = monthly ? 'month' : 'day';
  // Slots that may carry a label, from today's end of the axis.
  const order = [...days.keys()];
  if (options.today === 'last') order.reverse();
  const eligible = monthly
    ? order.filter((i) => i > 0 && monthOf(days[i]!) !== monthOf(days[i - 1]!))
    : order;
  const texts = new Map(eligible.map((i) => [i, options.label(days[i]!, unit)]));
  const widest = Math.max(...[...texts.values()].map(options.measure));
  // The smallest step whose neighbouring labels clear each other (a month is at least 28 days).
  const perSlot = options.daysPerSlot ?? 1;
  const steps = monthly ? MONTH_STEPS : DAY_STEPS;
  const room = (step: number) => ((monthly ? step * 28 : step) / perSlot) * slot;
  const step = steps.find((s) => room(s) >= widest + gap) ?? steps.at(-1)!;
  const stride = monthly ? step : Math.max(1, Math.round(step / perSlot));
  const candidates = eligible.filter((_, k) => k % stride === 0);
  return place(candidates, texts, { width: options.width, slot, gap, measure: options.measure });
}

function place(
  candidates: readonly number[],
  texts: ReadonlyMap<number, string>,
  o: { width: number; slot: number; gap: number; measure: (text: string) => number }
): AxisLabel[] {
  const placed: (AxisLabel & { lo: number; hi: number })[] = [];
  for (const index of candidates) {
    const text = texts.get(index)!;
    const w = o.measure(text);
    if (w > o.width) continue;
    const centre = (index + 0.5) * o.slot;
    let label: AxisLabel = { index, text, at: centre, anchor: 'middle' };
    let lo = centre - w / 2;
    if (lo < 0) {
      label = { index, text, at: 0, anchor: 'start' };
      lo = 0;
    } else if (lo + w > o.width) {
      label = { index, text, at: o.width, anchor: 'end' };
      lo = o.width - w;
    }
    const hi = lo + w;
    if (placed.some((p) => lo < p.hi + o.gap && hi > p.lo - o.gap)) continue;
    placed.push({ ...label, lo, hi });
  }
  return placed
    .sort((a, b) => a.index - b.index)
    .map(({ index, text, at, anchor }) => ({ index, text, at, anchor }));
}

/** A label's width estimated from its length at a font size, for `measure`. */
export const estimateWidth =
  (fontPx: number) =>
  (text: string): number =>
    Math.ceil(text.length * fontPx * 0.62);
