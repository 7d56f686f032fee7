import { afterEach, describe, expect, it } from 'vitest';
import type { CardPhase, Grade } from './records';
import { studyDay } from './queue';
import {
  calendar,
  dueForecast,
  quizHistory,
  reviewsPerDay,
  type StatsCard,
  type StatsLog,
  summary,
  trueRetention
} from './stats';
import { seededRandom as seeded } from './random';

// Dates are built from local parts (new Date(y, m, d, h)) so the tests hold in any time zone; July
// and August are clear of daylight-saving changes in both hemispheres' usual rules.
const at = (month: number, day: number, hour: number, minute = 0) =>
  new Date(2025, month - 1, day, hour, minute).getTime();
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const NOW = at(7, 20, 20); // 20 July, 20:00: study day 2025-07-20, 04:00 – 21 July 04:00
const DAY_START = 4;

const log = (
  review: number,
  phaseBefore: CardPhase = 'review',
  grade: Grade = 3,
  scheduledDays = 0
): StatsLog => ({ review, phaseBefore, grade, scheduledDays });

const card = (fields: Partial<StatsCard> = {}): StatsCard => ({
  phase: 'review',
  due: NOW,
  suspended: false,
  leech: false,
  ...fields
});

/** The calendar date after `key` (YYYY-MM-DD), computed in UTC so no zone can shift it. */
const nextKey = (key: string) => new Date(Date.parse(key) + DAY).toISOString().slice(0, 10);

describe('reviewsPerDay', () => {
  it('stacks new, (re)learning and review per study day, zero days included, oldest first', () => {
    const logs = [
      log(at(7, 20, 10), 'new'),
      log(at(7, 20, 11), 'learning'),
      log(at(7, 20, 12), 'relearning'),
      log(at(7, 20, 13), 'review'),
      log(at(7, 18, 9), 'review'),
      log(at(7, 18, 22), 'review'),
      log(at(6, 21, 5), 'new'), // the window's first day
      log(at(6, 21, 3), 'new'), // still 20 June: one day too old
      log(at(7, 21, 5), 'review') // tomorrow
    ];
    const rows = reviewsPerDay(logs, { now: NOW, days: 30, dayStartHour: DAY_START });
    expect(rows).toHaveLength(30);
    expect(rows[0]).toEqual({ day: '2025-06-21', new: 1, learning: 0, review: 0 });
    expect(rows[27]).toEqual({ day: '2025-07-18', new: 0, learning: 0, review: 2 });
    expect(rows[28]).toEqual({ day: '2025-07-19', new: 0, learning: 0, review: 0 });
    expect(rows[29]).toEqual({ day: '2025-07-20', new: 1, learning: 2, review: 1 });
    const total = rows.reduce((sum, r) => sum + r.new + r.learning + r.review, 0);
    expect(total).toBe(7);
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i]?.day).toBe(nextKey(rows[i - 1]?.day ?? ''));
    }
  });

  it('puts grades before 04:00 on the previous study day', () => {
    const logs = [log(at(7, 20, 3, 59), 'new'), log(at(7, 20, 4), 'review')];
    const rows = reviewsPerDay(logs, { now: NOW, days: 30, dayStartHour: DAY_START });
    expect(rows.at(-2)).toEqual({ day: '2025-07-19', new: 1, learning: 0, review: 0 });
    expect(rows.at(-1)).toEqual({ day: '2025-07-20', new: 0, learning: 0, review: 1 });

    const midnight = reviewsPerDay(logs, { now: NOW, days: 30, dayStartHour: 0 });
    expect(midnight.at(-1)).toEqual({ day: '2025-07-20', new: 1, learning: 0, review: 1 });
  });

  it('ends on yesterday’s study day before 04:00', () => {
    const rows = reviewsPerDay([log(at(7, 20, 3))], {
      now: at(7, 20, 3, 30),
      days: 90,
      dayStartHour: DAY_START
    });
    expect(rows).toHaveLength(90);
    expect(rows.at(-1)).toEqual({ day: '2025-07-19', new: 0, learning: 0, review: 1 });
  });

  it('rejects a window that is not a whole number of days', () => {
    expect(() => reviewsPerDay([], { now: NOW, days: 0, dayStartHour: 4 })).toThrow(RangeError);
    expect(() => reviewsPerDay([], { now: NOW, days: 2.5, dayStartHour: 4 })).toThrow(RangeError);
  });
});

describe('calendar', () => {
  it('covers 53 weeks of consecutive days ending today, with the busiest day as max', () => {
    const logs = [
      log(at(7, 20, 8)),
      log(at(7, 20, 9)),
      log(at(7, 20, 2)), // 19 July
      log(at(7, 1, 12)),
      log(at(7, 1, 13)),
      log(at(7, 1, 14)),
      log(new Date(2024, 6, 15, 4).getTime()), // the first day
      log(new Date(2024, 6, 15, 3).getTime()) // 14 July 2024: too old
    ];
    const { days, max } = calendar(logs, { now: NOW, dayStartHour: DAY_START });
    expect(days).toHaveLength(53 * 7);
    expect(days[0]).toEqual({ day: '2024-07-15', count: 1 });
    expect(days.at(-1)).toEqual({ day: '2025-07-20', count: 2 });
    expect(days.at(-2)).toEqual({ day: '2025-07-19', count: 1 });
    expect(days.find((d) => d.day === '2025-07-01')?.count).toBe(3);
    expect(max).toBe(3);
    expect(days.reduce((sum, d) => sum + d.count, 0)).toBe(7);
    // A year holds both daylight-saving changes wherever they happen: still one entry per date.
    for (let i = 1; i < days.length; i++) {
      expect(days[i]?.day).toBe(nextKey(days[i - 1]?.day ?? ''));
    }
  });

  it('takes the number of weeks and reports max 0 with no grades', () => {
    const { days, max } = calendar([], { now: NOW, dayStartHour: DAY_START, weeks: 1 });
    expect(days.map((d) => d.day)).toEqual([
      '2025-07-14',
      '2025-07-15',
      '2025-07-16',
      '2025-07-17',
      '2025-07-18',
      '2025-07-19',
      '2025-07-20'
    ]);
    expect(max).toBe(0);
  });
});

describe('dueForecast', () => {
  it('counts cards per coming study day, overdue on day 0, new and suspended left out', () => {
    const cards = [
      card({ due: at(7, 10, 9) }), // overdue
      card({ due: at(6, 1, 9), phase: 'relearning' }), // long overdue
      card({ due: NOW + HOUR, phase: 'learning' }),
      card({ due: at(7, 21, 3, 59) }), // before 04:00: still today
      card({ due: at(7, 21, 4) }), // tomorrow
      card({ due: at(8, 18, 12) }), // the 30th day
      card({ due: at(8, 19, 5) }), // past the window
      card({ due: at(7, 10, 9), suspended: true }),
      card({ due: NOW, phase: 'new' })
    ];
    const rows = dueForecast(cards, { now: NOW, days: 30, dayStartHour: DAY_START });
    expect(rows).toHaveLength(30);
    expect(rows[0]).toEqual({ day: '2025-07-20', count: 4 });
    expect(rows[1]).toEqual({ day: '2025-07-21', count: 1 });
    expect(rows[29]).toEqual({ day: '2025-08-18', count: 1 });
    expect(rows.reduce((sum, r) => sum + r.count, 0)).toBe(6);
  });

  it('looks 30 days ahead by default', () => {
    const rows = dueForecast([], { now: NOW, dayStartHour: DAY_START });
    expect(rows).toHaveLength(30);
    expect(rows.every((r) => r.count === 0)).toBe(true);
  });
});

describe('trueRetention', () => {
  it('splits review-phase grades at a 21-day interval and counts Hard or better as passed', () => {
    const logs = [
      log(at(7, 1, 9), 'review', 1, 20),
      log(at(7, 1, 9), 'review', 3, 20),
      log(at(7, 1, 9), 'review', 1, 21),
      log(at(7, 1, 9), 'review', 4, 21),
      log(at(7, 1, 9), 'review', 2, 30),
      log(at(7, 1, 9), 'learning', 1, 0),
      log(at(7, 1, 9), 'relearning', 3, 0),
      log(at(7, 1, 9), 'new', 3, 0)
    ];
    const result = trueRetention(logs, { now: NOW });
    expect(result.young).toEqual({ passed: 1, total: 2, rate: 0.5 });
    expect(result.mature).toEqual({ passed: 2, total: 3, rate: 2 / 3 });
  });

  it('gives a null rate when there is nothing to count', () => {
    const result = trueRetention([log(NOW, 'new')], { now: NOW });
    expect(result.young).toEqual({ passed: 0, total: 0, rate: null });
    expect(result.mature).toEqual({ passed: 0, total: 0, rate: null });
  });

  it('keeps to the last `days` when asked', () => {
    const logs = [
      log(NOW - 6 * DAY, 'review', 1, 5),
      log(NOW - 8 * DAY, 'review', 3, 5),
      log(NOW - 8 * DAY, 'review', 3, 40)
    ];
    const week = trueRetention(logs, { now: NOW, days: 7 });
    expect(week.young).toEqual({ passed: 0, total: 1, rate: 0 });
    expect(week.mature.total).toBe(0);
    expect(trueRetention(logs, { now: NOW }).young.total).toBe(2);
  });
});

describe('quizHistory', () => {
  it('turns attempts into percentages, oldest first, skipping empty quizzes', () => {
    const points = quizHistory([
      { finishedAt: 300, score: 3, total: 4 },
      { finishedAt: 100, score: 1, total: 2 },
      { finishedAt: 200, score: 0, total: 0 }
    ]);
    expect(points).toEqual([
      { at: 100, percent: 50 },
      { at: 300, percent: 75 }
    ]);
  });
});

describe('summary', () => {
  const daysAgo = (n: number, hour = 12) => at(7, 20 - n, hour);

  it('counts today, the streak, every grade and the cards', () => {
    const logs = [
      log(daysAgo(0, 9)),
      log(daysAgo(0, 10)),
      log(daysAgo(0, 3)), // 19 July
      log(daysAgo(2)),
      log(daysAgo(4)) // after a gap
    ];
    const cards = [
      card({ phase: 'new' }),
      card({ phase: 'new', suspended: true }),
      card({ phase: 'learning' }),
      card({ phase: 'review', leech: true, suspended: true }),
      card({ phase: 'review' }),
      card({ phase: 'relearning', leech: true })
    ];
    expect(summary(logs, cards, NOW, DAY_START)).toEqual({
      reviewsToday: 2,
      streakDays: 3,
      totalReviews: 5,
      cardsByPhase: { new: 2, learning: 1, review: 2, relearning: 1 },
      suspended: 2,
      leeches: 2
    });
  });

  it('keeps a streak that ended yesterday, and loses one that ended before', () => {
    const streak = (logs: StatsLog[]) => summary(logs, [], NOW, DAY_START).streakDays;
    expect(streak([log(daysAgo(1)), log(daysAgo(2))])).toBe(2);
    expect(streak([log(daysAgo(2)), log(daysAgo(3))])).toBe(0);
    expect(streak([])).toBe(0);
  });

  it('follows a streak longer than a year', () => {
    const logs = Array.from({ length: 400 }, (_, i) => log(NOW - i * DAY));
    const result = summary(logs, [], NOW, DAY_START);
    expect(result.streakDays).toBe(400);
    expect(result.reviewsToday).toBe(1);
  });
});

describe('daylight saving', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  // Node reads TZ again whenever it is assigned. Santiago moves its clocks at midnight, so there a
  // 00:00 day start does not exist on one day a year; Lord Howe moves them by half an hour.
  const zones = [
    'UTC',
    'Europe/Berlin',
    'America/New_York',
    'America/Santiago',
    'Australia/Lord_Howe'
  ];

  it.each(zones)('puts every grade on the study day studyDay gives it (%s)', (zone) => {
    process.env.TZ = zone;
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
    for (const dayStartHour of [0, 4]) {
      const now = new Date(2025, 6, 20, 20).getTime();
      const logs: StatsLog[] = [];
      const expected = new Map<string, number>();
      // Every 97 minutes for a bit over a year, so grades land on all sides of every boundary.
      for (let t = now - 380 * DAY; t <= now; t += 97 * 60 * 1000) {
        logs.push(log(t));
        const key = studyDay(t, dayStartHour).key;
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
      const { days } = calendar(logs, { now, dayStartHour });
      for (const { day, count } of days) expect(count, `${zone} ${day}`).toBe(expected.get(day));
    }
  });

  it('gives a 23-hour day its own grades (Europe/Berlin, 29–30 March 2025)', () => {
    process.env.TZ = 'Europe/Berlin';
    const local = (day: number, hour: number, minute = 0) =>
      new Date(2025, 2, day, hour, minute).getTime();
    // Clocks go forward at 02:00 on 30 March, inside the study day that began on the 29th.
    expect(local(30, 4) - local(29, 4)).toBe(23 * HOUR);
    const logs = [
      log(local(29, 3, 59), 'new'),
      log(local(29, 4), 'review'),
      log(local(30, 3, 59), 'review'),
      log(local(30, 4), 'learning')
    ];
    const rows = reviewsPerDay(logs, { now: local(30, 12), days: 30, dayStartHour: DAY_START });
    expect(rows.slice(-3)).toEqual([
      { day: '2025-03-28', new: 1, learning: 0, review: 0 },
      { day: '2025-03-29', new: 0, learning: 0, review: 2 },
      { day: '2025-03-30', new: 0, learning: 1, review: 0 }
    ]);
    const forecast = dueForecast([card({ due: local(30, 3, 59) }), card({ due: local(30, 4) })], {
      now: local(29, 12),
      days: 2,
      dayStartHour: DAY_START
    });
    expect(forecast).toEqual([
      { day: '2025-03-29', count: 1 },
      { day: '2025-03-30', count: 1 }
    ]);
  });
});

describe('speed', () => {
  it('computes the whole page for 100,000 grades and 20,000 cards at once', () => {
    const random = seeded(42);
    const phases: CardPhase[] = ['new', 'learning', 'review', 'relearning'];
    const logs: StatsLog[] = Array.from({ length: 100_000 }, () => ({
      review: NOW - Math.floor(random() * 400 * DAY),
      phaseBefore: phases[Math.floor(random() * 4)] as CardPhase,
      grade: (1 + Math.floor(random() * 4)) as Grade,
      scheduledDays: Math.floor(random() * 60)
    }));
    const cards: StatsCard[] = Array.from({ length: 20_000 }, () => ({
      phase: phases[Math.floor(random() * 4)] as CardPhase,
      due: NOW + Math.floor((random() - 0.2) * 60 * DAY),
      suspended: random() < 0.05,
      leech: random() < 0.02
    }));

    const started = performance.now();
    const perDay = reviewsPerDay(logs, { now: NOW, days: 365, dayStartHour: DAY_START });
    const heatmap = calendar(logs, { now: NOW, dayStartHour: DAY_START });
    const forecast = dueForecast(cards, { now: NOW, days: 30, dayStartHour: DAY_START });
    const retention = trueRetention(logs, { now: NOW });
    const head = summary(logs, cards, NOW, DAY_START);
    const elapsed = performance.now() - started;
    console.log(`stats for 100,000 logs and 20,000 cards: ${elapsed.toFixed(1)} ms`);

    expect(perDay).toHaveLength(365);
    expect(heatmap.days).toHaveLength(371);
    expect(forecast).toHaveLength(30);
    expect(retention.young.total + retention.mature.total).toBeGreaterThan(20_000);
    expect(head.totalReviews).toBe(100_000);
    expect(elapsed).toBeLessThan(2000);
  });
});
