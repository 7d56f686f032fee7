import type { QuizAttempt } from './attempts';
import { DAY_MS } from './cards';
import { type CardPhase, type CardRecord, type ReviewLogRecord } from './records';
import { type DailyRecord, MATURE_DAYS, SLOT_MS, slotTotal, UTC_DAY_MS } from './daily';
import { studyDay } from './queue';

export { MATURE_DAYS };

/** The fields of a review log the statistics read; a full ReviewLogRecord fits. */
export type StatsLog = Pick<ReviewLogRecord, 'review' | 'phaseBefore' | 'grade' | 'scheduledDays'>;

/** The fields of a card the statistics read; a full CardRecord fits. */
export type StatsCard = Pick<CardRecord, 'phase' | 'due' | 'suspended' | 'leech'>;

export interface DayReviews {
  /** YYYY-MM-DD of the study day, as {@link studyDay} keys it. */
  day: string;
  new: number;
  /** Learning and relearning together. */
  learning: number;
  review: number;
}

export interface DayCount {
  day: string;
  count: number;
}

export interface Calendar {
  days: DayCount[];
  /** The largest count among the days, 0 when none has a review. */
  max: number;
}

export interface RetentionBucket {
  passed: number;
  total: number;
  /** passed / total, null when there is nothing to divide. */
  rate: number | null;
}

export interface TrueRetention {
  young: RetentionBucket;
  mature: RetentionBucket;
}

export interface QuizPoint {
  at: number;
  /** 0–100, unrounded. */
  percent: number;
}

export interface StatsSummary {
  reviewsToday: number;
  streakDays: number;
  totalReviews: number;
  cardsByPhase: Record<CardPhase, number>;
  suspended: number;
  leeches: number;
}

// Consecutive study days: `starts[i]` is where day i begins and `starts[i + 1]` where it ends, so
// there is one more start than there are keys. Built from studyDay, so it agrees with the queue on
// where a day begins, daylight-saving days included.
interface DayGrid {
  starts: number[];
  keys: string[];
}

// `count` study days, the last of them the one containing `now`.
function gridEndingAt(now: number, dayStartHour: number, count: number): DayGrid {
  let day = studyDay(now, dayStartHour);
  const starts = [day.end];
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0) day = studyDay(day.start - 1, dayStartHour);
    starts.push(day.start);
    keys.push(day.key);
  }
  return { starts: starts.reverse(), keys: keys.reverse() };
}

// `count` study days, the first of them the one containing `now`.
function gridStartingAt(now: number, dayStartHour: number, count: number): DayGrid {
  let day = studyDay(now, dayStartHour);
  const starts = [day.start];
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    if (i > 0) day = studyDay(day.end, dayStartHour);
    starts.push(day.end);
    keys.push(day.key);
  }
  return { starts, keys };
}

// Index of the day holding `time`, or -1 outside the grid. Guesses from 24-hour days and steps to
// the right day; daylight saving moves the guess by at most one, so this is O(1) per call.
function dayIndex(grid: DayGrid, time: number): number {
  const s = grid.starts;
  const last = s.length - 1;
  const first = s[0] as number;
  // Written so that NaN falls out too.
  if (!(time >= first && time < (s[last] as number))) return -1;
  let i = Math.min(last - 1, Math.floor((time - first) / DAY_MS));
  while ((s[i] as number) > time) i--;
  while ((s[i + 1] as number) <= time) i++;
  return i;
}

const wholeDays = (days: number, name: string): number => {
  if (!Number.isInteger(days) || days < 1) {
    throw new RangeError(`${name} must be a whole number ≥ 1`);
  }
  return days;
};

type PhaseCounts = Omit<DayReviews, 'day'>;
type ReviewsPerDayOptions = { now: number; days: number; dayStartHour: number };
type CalendarOptions = { now: number; dayStartHour: number; weeks?: number };

// What one log adds to its day's row, by the card's phase before the grade.
const ONE_REVIEW: Record<StatsLog['phaseBefore'], PhaseCounts> = {
  new: { new: 1, learning: 0, review: 0 },
  learning: { new: 0, learning: 1, review: 0 },
  relearning: { new: 0, learning: 1, review: 0 },
  review: { new: 0, learning: 0, review: 1 }
};

/** The rows of {@link reviewsPerDay}, from what `each` adds at each moment (a log or a slot). */
function perDayRows(
  options: ReviewsPerDayOptions,
  each: (add: (time: number, counts: PhaseCounts) => void) => void
): DayReviews[] {
  const grid = gridEndingAt(options.now, options.dayStartHour, wholeDays(options.days, 'days'));
  const rows: DayReviews[] = grid.keys.map((day) => ({ day, new: 0, learning: 0, review: 0 }));
  each((time, counts) => {
    const row = rows[dayIndex(grid, time)];
    if (!row) return;
    row.new += counts.new;
    row.learning += counts.learning;
    row.review += counts.review;
  });
  return rows;
}

/** The {@link calendar}, from what `each` adds at each moment (a log or a slot). */
function calendarOf(
  options: CalendarOptions,
  each: (add: (time: number, count: number) => void) => void
): Calendar {
  const count = wholeDays(options.weeks ?? 53, 'weeks') * 7;
  const grid = gridEndingAt(options.now, options.dayStartHour, count);
  const counts = new Array<number>(count).fill(0);
  each((time, n) => {
    const i = dayIndex(grid, time);
    if (i !== -1) counts[i] = (counts[i] as number) + n;
  });
  const max = Math.max(0, ...counts);
  return { days: grid.keys.map((day, i) => ({ day, count: counts[i] as number })), max };
}

/** Grades per study day over the last `days` (30, 90 or 365), oldest first, zero days included. */
export function reviewsPerDay(
  logs: readonly StatsLog[],
  options: ReviewsPerDayOptions
): DayReviews[] {
  return perDayRows(options, (add) => {
    for (const log of logs) add(log.review, ONE_REVIEW[log.phaseBefore]);
  });
}

/** Grades per study day for a year heatmap: `weeks` × 7 days, oldest first, the last one today. */
export function calendar(logs: readonly StatsLog[], options: CalendarOptions): Calendar {
  return calendarOf(options, (add) => {
    for (const log of logs) add(log.review, 1);
  });
}

/** Non-new, unsuspended cards due on each of the next `days` study days; overdue counts today. */
export function dueForecast(
  cards: readonly StatsCard[],
  options: { now: number; days?: number; dayStartHour: number }
): DayCount[] {
  const grid = gridStartingAt(
    options.now,
    options.dayStartHour,
    wholeDays(options.days ?? 30, 'days')
  );
  const today = grid.starts[0] as number;
  const rows: DayCount[] = grid.keys.map((day) => ({ day, count: 0 }));
  for (const card of cards) {
    if (card.suspended || card.phase === 'new') continue;
    const row = rows[card.due < today ? 0 : dayIndex(grid, card.due)];
    if (row) row.count++;
  }
  return rows;
}

const bucket = (passed: number, total: number): RetentionBucket => ({
  passed,
  total,
  rate: total === 0 ? null : passed / total
});

/** Anki's true retention of review-phase grades, young and mature apart, optionally in a window. */
export function trueRetention(
  logs: readonly StatsLog[],
  options: { now: number; days?: number }
): TrueRetention {
  // Passed is anything but Again; mature means an interval of MATURE_DAYS or more before the
  // grade. The window, if any, is the last `days` × 24 hours up to `now`.
  const { now, days } = options;
  const from = days === undefined ? -Infinity : now - days * DAY_MS;
  const to = days === undefined ? Infinity : now;
  let youngPassed = 0;
  let youngTotal = 0;
  let maturePassed = 0;
  let matureTotal = 0;
  for (const log of logs) {
    if (log.phaseBefore !== 'review' || !(log.review > from && log.review <= to)) continue;
    const passed = log.grade > 1 ? 1 : 0;
    if (log.scheduledDays >= MATURE_DAYS) {
      matureTotal++;
      maturePassed += passed;
    } else {
      youngTotal++;
      youngPassed += passed;
    }
  }
  return { young: bucket(youngPassed, youngTotal), mature: bucket(maturePassed, matureTotal) };
}

// Study days in a row up to the last one (today), or up to yesterday while today has none.
function countStreak(studied: Uint8Array): number {
  let i = studied.length - 1;
  if (!studied[i]) i--;
  let streak = 0;
  while (i >= 0 && studied[i]) {
    streak++;
    i--;
  }
  return streak;
}

/** Each quiz's score as a percentage when it finished, oldest first; empty quizzes left out. */
export function quizHistory(
  attempts: readonly Pick<QuizAttempt, 'finishedAt' | 'score' | 'total'>[]
): QuizPoint[] {
  return attempts
    .filter((a) => a.total > 0)
    .map((a) => ({ at: a.finishedAt, percent: (a.score / a.total) * 100 }))
    .sort((a, b) => a.at - b.at);
}

/** Headline numbers: grades today, the study streak, all grades, and the cards by phase. */
export function summary(
  logs: readonly StatsLog[],
  cards: readonly StatsCard[],
  now: number,
  dayStartHour: number
): StatsSummary {
  // cardsByPhase counts suspended cards too.
  const reviews = reviewSummary(
    (visit) => logs.forEach((log) => visit(log.review, 1)),
    now,
    dayStartHour
  );
  const cardsByPhase: Record<CardPhase, number> = { new: 0, learning: 0, review: 0, relearning: 0 };
  let suspended = 0;
  let leeches = 0;
  for (const card of cards) {
    cardsByPhase[card.phase]++;
    if (card.suspended) suspended++;
    if (card.leech) leeches++;
  }
  return { ...reviews, cardsByPhase, suspended, leeches };
}

/**
 * Grades today, the streak and the total from grades counted by time: `each` calls its visitor
 * with a time and how many grades were given then. The streak ends today, or yesterday while today
 * has no grade yet.
 */
function reviewSummary(
  each: (visit: (time: number, count: number) => void) => void,
  now: number,
  dayStartHour: number
): ReviewSummary {
  const today = studyDay(now, dayStartHour);
  let oldest = today.start;
  let reviewsToday = 0;
  let totalReviews = 0;
  each((time, n) => {
    totalReviews += n;
    if (time < oldest && Number.isFinite(time)) oldest = time;
    if (time >= today.start && time < today.end) reviewsToday += n;
  });
  // One grid back to the oldest grade, so however long the streak it is found in one pass.
  const span = Math.ceil((today.end - oldest) / DAY_MS) + 1;
  const grid = gridEndingAt(now, dayStartHour, span);
  const studied = new Uint8Array(span);
  each((time, n) => {
    const i = dayIndex(grid, time);
    if (i !== -1 && n > 0) studied[i] = 1;
  });
  return { reviewsToday, streakDays: countStreak(studied), totalReviews };
}

// ---------------------------------------------------------------------------------------------
// The same figures from daily records (`daily.ts`), which the statistics page reads instead of the
// log. The functions above define the figures on the full log; stats.test.ts checks on random
// histories, day start hours and time zones that these give identical numbers.

/** The headline numbers that come from the review log. */
export type ReviewSummary = Pick<StatsSummary, 'reviewsToday' | 'streakDays' | 'totalReviews'>;

// Calls `visit` with the start of every quarter hour that holds a review, its record and its index.
function eachSlot(
  daily: readonly DailyRecord[],
  visit: (time: number, record: DailyRecord, j: number) => void
): void {
  for (const record of daily) {
    const base = record.day * UTC_DAY_MS;
    record.slots.forEach((slot, j) => visit(base + slot * SLOT_MS, record, j));
  }
}

const sumOf = (counts: readonly number[]) => counts.reduce((sum, n) => sum + n, 0);

/** {@link reviewsPerDay} from daily records. */
export function reviewsPerDayFromDaily(
  daily: readonly DailyRecord[],
  options: ReviewsPerDayOptions
): DayReviews[] {
  return perDayRows(options, (add) =>
    eachSlot(daily, (time, r, j) =>
      add(time, {
        new: r.new[j] ?? 0,
        learning: (r.learning[j] ?? 0) + (r.relearning[j] ?? 0),
        review: r.review[j] ?? 0
      })
    )
  );
}

/** {@link calendar} from daily records. */
export function calendarFromDaily(
  daily: readonly DailyRecord[],
  options: CalendarOptions
): Calendar {
  return calendarOf(options, (add) => eachSlot(daily, (time, r, j) => add(time, slotTotal(r, j))));
}

/** {@link trueRetention} over the whole log, from daily records. */
export function trueRetentionFromDaily(daily: readonly DailyRecord[]): TrueRetention {
  let youngPassed = 0;
  let youngTotal = 0;
  let maturePassed = 0;
  let matureTotal = 0;
  for (const r of daily) {
    youngPassed += sumOf(r.youngPassed);
    youngTotal += sumOf(r.youngTotal);
    maturePassed += sumOf(r.maturePassed);
    matureTotal += sumOf(r.matureTotal);
  }
  return { young: bucket(youngPassed, youngTotal), mature: bucket(maturePassed, matureTotal) };
}

/** {@link summary}'s grades today, streak and total, from daily records. */
export function summaryFromDaily(
  daily: readonly DailyRecord[],
  now: number,
  dayStartHour: number
): ReviewSummary {
  return reviewSummary(
    (visit) => eachSlot(daily, (time, r, j) => visit(time, slotTotal(r, j))),
    now,
    dayStartHour
  );
}

/**
 * The study days {@link dueForecast} shows and where each ends, so that a store can count the cards
 * due before each end through its due index instead of reading the cards.
 */
export function forecastDays(options: { now: number; days?: number; dayStartHour: number }): {
  keys: string[];
  ends: number[];
} {
  const grid = gridStartingAt(
    options.now,
    options.dayStartHour,
    wholeDays(options.days ?? 30, 'days')
  );
  return { keys: grid.keys, ends: grid.starts.slice(1) };
}

/**
 * {@link dueForecast} from `dueIn[i]`: the non-new, unsuspended cards due before `ends[i]` of
 * {@link forecastDays} and not before `ends[i - 1]` (overdue ones fall on the first day).
 */
export function forecastFromCounts(keys: readonly string[], dueIn: readonly number[]): DayCount[] {
  return keys.map((day, i) => ({ day, count: dueIn[i] ?? 0 }));
}
