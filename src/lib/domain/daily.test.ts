// Asserts the daily records: a review is counted in its UTC day and quarter hour, an undo takes it
// out again, counting grade by grade (with undos) gives the records a rebuild from the log gives,
// and, on random histories, day start hours and time zones, every figure the statistics page shows
// is the same from the records as from the full log.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { CARD_PHASES, type CardPhase, type Grade } from './records';
import {
  addReview,
  aggregate,
  type DailyLog,
  type DailyRecord,
  removeReview,
  SLOT_MS
} from './daily';
import { studyDay } from './queue';
import {
  calendar,
  calendarFromDaily,
  dueForecast,
  forecastDays,
  forecastFromCounts,
  reviewsPerDay,
  reviewsPerDayFromDaily,
  type StatsCard,
  summary,
  summaryFromDaily,
  trueRetention,
  trueRetentionFromDaily
} from './stats';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const T = Date.UTC(2025, 6, 20, 10, 7); // 20 July 2025, 10:07 UTC: slot 40 of its UTC day

const review = (at: number, fields: Partial<DailyLog> = {}): DailyLog => ({
  profileId: 'p',
  review: at,
  phaseBefore: 'review',
  grade: 3,
  scheduledDays: 30,
  ...fields
});

describe('a daily record', () => {
  it('counts a review in its UTC day and quarter hour, by phase, grade and retention', () => {
    const record = addReview(undefined, review(T));
    expect(record).toEqual({
      profileId: 'p',
      day: Math.floor(T / DAY),
      slots: [40],
      new: [0],
      learning: [0],
      relearning: [0],
      review: [1],
      again: [0],
      hard: [0],
      good: [1],
      easy: [0],
      youngTotal: [0],
      youngPassed: [0],
      matureTotal: [1],
      maturePassed: [1]
    });
    const more = addReview(record, review(T - 8 * 60_000, { phaseBefore: 'new', grade: 1 }));
    expect(more.slots).toEqual([39, 40]);
    expect(more.new).toEqual([1, 0]);
    expect(more.again).toEqual([1, 0]);
    // The stored record is left as it was.
    expect(record.slots).toEqual([40]);
    const young = addReview(more, review(T + 1, { scheduledDays: 20, grade: 1 }));
    expect([young.youngTotal, young.youngPassed, young.review]).toEqual([
      [0, 1],
      [0, 0],
      [0, 2]
    ]);
  });

  it('takes a review out again, and is gone with the last one', () => {
    const one = addReview(undefined, review(T));
    const two = addReview(one, review(T + SLOT_MS, { grade: 2 }));
    expect(removeReview(two, review(T + SLOT_MS, { grade: 2 }))).toEqual(one);
    expect(removeReview(one, review(T))).toBeNull();
    // A review that was never counted changes nothing.
    expect(removeReview(one, review(T + 2 * SLOT_MS))).toEqual(one);
  });

  it('leaves out a log with no time it can place', () => {
    expect(aggregate([review(Number.NaN), review(T)])).toEqual([addReview(undefined, review(T))]);
  });
});

const phase = fc.constantFrom<CardPhase>(...CARD_PHASES);
const grade = fc.constantFrom<Grade>(1, 2, 3, 4);
const scheduledDays = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constant(21));

describe('grades and undos', () => {
  it('keep the records equal to those counted again from the log', () => {
    const step = fc.oneof(
      fc.record({
        kind: fc.constant('grade' as const),
        profileId: fc.constantFrom('p', 'q'),
        review: fc.integer({ min: T - 3 * DAY, max: T + 3 * DAY }),
        phaseBefore: phase,
        grade,
        scheduledDays
      }),
      fc.record({ kind: fc.constant('undo' as const), which: fc.nat() })
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 120 }), (steps) => {
        const logs: DailyLog[] = [];
        const stored = new Map<string, DailyRecord>();
        const keyOf = (r: Pick<DailyRecord, 'profileId' | 'day'>) => `${r.profileId}/${r.day}`;
        for (const s of steps) {
          if (s.kind === 'grade') {
            const log: DailyLog = {
              profileId: s.profileId,
              review: s.review,
              phaseBefore: s.phaseBefore,
              grade: s.grade,
              scheduledDays: s.scheduledDays
            };
            const key = keyOf({ profileId: log.profileId, day: Math.floor(log.review / DAY) });
            stored.set(key, addReview(stored.get(key), log));
            logs.push(log);
          } else if (logs.length > 0) {
            const [log] = logs.splice(s.which % logs.length, 1) as [DailyLog];
            const key = keyOf({ profileId: log.profileId, day: Math.floor(log.review / DAY) });
            const left = removeReview(stored.get(key)!, log);
            if (left) stored.set(key, left);
            else stored.delete(key);
          }
        }
        const rebuilt = aggregate(logs);
        expect(new Map(rebuilt.map((r) => [keyOf(r), r]))).toEqual(stored);
      }),
      { numRuns: 300 }
    );
  });
});

describe('figures from daily records', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  // Zones a whole number of hours, half hours and quarter hours from UTC, with and without
  // daylight saving (Santiago's moves at midnight, Lord Howe's by half an hour).
  const ZONES = [
    'UTC',
    'Asia/Riyadh',
    'Europe/Berlin',
    'America/New_York',
    'America/Santiago',
    'America/St_Johns',
    'Asia/Tehran',
    'Asia/Kolkata',
    'Asia/Kathmandu',
    'Australia/Lord_Howe',
    'Pacific/Chatham'
  ];

  // A grade on one of the last 400 study days: at its very start or end, next to a quarter hour,
  // or anywhere in it; recent days more often, so that streaks grow long.
  const when = fc.record({
    daysBack: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 400 })),
    offset: fc.oneof(
      fc.constantFrom(0, 1, -1, SLOT_MS - 1, SLOT_MS, HOUR - 1),
      fc.integer({ min: 0, max: DAY - 1 })
    )
  });
  const history = fc.record({
    zone: fc.constantFrom(...ZONES),
    now: fc.integer({ min: Date.UTC(2021, 0, 1), max: Date.UTC(2031, 0, 1) }),
    dayStartHour: fc.integer({ min: 0, max: 23 }),
    grades: fc.array(fc.record({ when, phaseBefore: phase, grade, scheduledDays }), {
      maxLength: 150
    })
  });

  it('are the figures of the full log, whatever the day start hour and time zone', () => {
    fc.assert(
      fc.property(history, ({ zone, now, dayStartHour, grades }) => {
        process.env.TZ = zone;
        const logs: DailyLog[] = grades.map(({ when: { daysBack, offset }, ...rest }) => ({
          profileId: 'p',
          review: studyDay(now - daysBack * DAY, dayStartHour).start + offset,
          ...rest
        }));
        const daily = aggregate(logs);
        const options = { now, dayStartHour };
        for (const days of [30, 90, 365]) {
          expect(reviewsPerDayFromDaily(daily, { ...options, days })).toEqual(
            reviewsPerDay(logs, { ...options, days })
          );
        }
        expect(calendarFromDaily(daily, options)).toEqual(calendar(logs, options));
        expect(trueRetentionFromDaily(daily)).toEqual(trueRetention(logs, { now }));
        const { reviewsToday, streakDays, totalReviews } = summary(logs, [], now, dayStartHour);
        expect(summaryFromDaily(daily, now, dayStartHour)).toEqual({
          reviewsToday,
          streakDays,
          totalReviews
        });
      }),
      { numRuns: 400 }
    );
  });

  it('give the forecast of the cards from counts of cards due in each day', () => {
    const card = fc.record({
      phase,
      due: fc.integer({ min: -40 * DAY, max: 40 * DAY }),
      suspended: fc.boolean(),
      leech: fc.constant(false)
    });
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: 0, max: 23 }),
        fc.array(card, { maxLength: 80 }),
        (zone, dayStartHour, offsets) => {
          process.env.TZ = zone;
          const cards: StatsCard[] = offsets.map((c) => ({ ...c, due: T + c.due }));
          const options = { now: T, days: 30, dayStartHour };
          const { keys, ends } = forecastDays(options);
          // What the due index holds: scheduled (not new), unsuspended cards, by due.
          const indexed = cards.filter((c) => c.phase !== 'new' && !c.suspended);
          const dueIn = ends.map(
            (end, i) =>
              indexed.filter((c) => c.due < end && c.due >= (ends[i - 1] ?? -Infinity)).length
          );
          expect(forecastFromCounts(keys, dueIn)).toEqual(dueForecast(cards, options));
        }
      ),
      { numRuns: 200 }
    );
  });
});
