import { describe, expect, it } from 'vitest';
import {
  createScheduler,
  DAY_MS,
  examDaysLeft,
  newCard,
  resetCard,
  suspend,
  withIndexFields
} from './cards';
import { type CardRecord, type Grade, GRADES, type ReviewLogRecord } from './records';
import {
  DEFAULT_SCHEDULER_SETTINGS,
  mergeSchedulerSettings,
  type SchedulerSettings
} from './settings-schema';

// Cards, grades and the clock are all plain numbers here: no test reads the real time.
const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);
const MINUTE = 60 * 1000;

const settings = (over: Partial<SchedulerSettings> = {}): SchedulerSettings => ({
  ...DEFAULT_SCHEDULER_SETTINGS,
  ...over
});

const fresh = (itemId = 'item-1', order = 0) => newCard('p1', itemId, order, `s-${itemId}`, T0);

/** Grades a new card Good until it is in review, then Good at each due date `times` times. */
function matureCard(times: number, s = settings()): { card: CardRecord; now: number } {
  const scheduler = createScheduler(s);
  let card = fresh();
  let now = T0;
  while (card.phase !== 'review') {
    card = scheduler.grade(card, 3, now).card;
    now = card.due;
  }
  for (let i = 0; i < times; i++) {
    now = card.due;
    card = scheduler.grade(card, 3, now).card;
  }
  return { card, now: card.due };
}

describe('mergeSchedulerSettings', () => {
  it('returns the defaults for nothing stored', () => {
    expect(mergeSchedulerSettings(undefined)).toEqual(DEFAULT_SCHEDULER_SETTINGS);
    expect(mergeSchedulerSettings(42)).toEqual(DEFAULT_SCHEDULER_SETTINGS);
    expect(DEFAULT_SCHEDULER_SETTINGS).toEqual({
      desiredRetention: 0.9,
      maximumIntervalDays: 36500,
      examDate: null,
      leechThreshold: 4
    });
  });

  it('clamps numbers into range and replaces invalid fields with defaults', () => {
    expect(
      mergeSchedulerSettings({
        desiredRetention: 0.5,
        maximumIntervalDays: 0,
        examDate: 'tomorrow',
        leechThreshold: 7.6
      })
    ).toEqual({ desiredRetention: 0.7, maximumIntervalDays: 1, examDate: null, leechThreshold: 8 });
    expect(
      mergeSchedulerSettings({
        desiredRetention: 1,
        maximumIntervalDays: 1e9,
        examDate: T0,
        leechThreshold: Number.NaN
      })
    ).toEqual({
      desiredRetention: 0.97,
      maximumIntervalDays: 36500,
      examDate: T0,
      leechThreshold: 4
    });
  });
});

describe('newCard and index fields', () => {
  it('makes a new card due now, in the new queue only', () => {
    const card = fresh('a', 7);
    expect(card).toMatchObject({ profileId: 'p1', itemId: 'a', sibling: 's-a', order: 7 });
    expect(card).toMatchObject({ phase: 'new', due: T0, reps: 0, lapses: 0, lastReview: null });
    expect([card.suspended, card.leech, card.newOrder, 'queueDue' in card]).toEqual([
      false,
      false,
      7,
      false
    ]);
  });

  it('puts a graded card in the due queue and drops stray fields', () => {
    const { card } = createScheduler(settings()).grade(fresh(), 3, T0);
    expect(card.queueDue).toBe(card.due);
    expect('newOrder' in card).toBe(false);
    const stray = { ...card, queueDue: 1, newOrder: 2, extra: true } as CardRecord;
    expect(withIndexFields(stray)).toStrictEqual(card);
  });
});

describe('createScheduler', () => {
  it('moves a new card through the learning steps into review', () => {
    const scheduler = createScheduler(settings());
    const first = scheduler.grade(fresh(), 3, T0);
    expect(first.card.phase).toBe('learning');
    expect(first.card.due).toBe(T0 + 10 * MINUTE);
    expect(first.card.reps).toBe(1);
    expect(first.card.lastReview).toBe(T0);
    expect(first.log).toMatchObject({
      profileId: 'p1',
      itemId: 'item-1',
      grade: 3,
      phaseBefore: 'new',
      source: 'study',
      review: T0,
      dueBefore: T0
    });
    const second = scheduler.grade(first.card, 3, first.card.due, 'quiz');
    expect(second.card.phase).toBe('review');
    expect(second.card.scheduledDays).toBeGreaterThanOrEqual(1);
    expect(second.log.source).toBe('quiz');
    expect(second.log.phaseBefore).toBe('learning');
  });

  it('gives the same result for the same input, fuzz included, and previews what it grades', () => {
    const { card, now } = matureCard(4);
    const a = createScheduler(settings());
    const b = createScheduler(settings());
    const preview = a.preview(card, now);
    for (const g of GRADES) {
      const graded = b.grade(card, g, now);
      expect(a.grade(card, g, now)).toStrictEqual(graded);
      expect(preview[g].card).toStrictEqual(graded.card);
      expect(preview[g].log).toStrictEqual(graded.log);
      expect(preview[g].intervalMinutes).toBe(Math.round((graded.card.due - now) / MINUTE));
    }
  });

  it('applies fuzz: the same card graded at different times gets more than one interval', () => {
    const { card, now } = matureCard(3);
    const scheduler = createScheduler(settings());
    const intervals = new Set<number>();
    for (let i = 0; i < 20; i++) {
      intervals.add(scheduler.grade(card, 3, now + i * 1000).card.scheduledDays);
    }
    expect(intervals.size).toBeGreaterThan(1);
  });

  it('previews ascending intervals Again < Hard < Good < Easy for a review card', () => {
    for (const times of [0, 1, 3, 6]) {
      const { card, now } = matureCard(times);
      expect(card.phase).toBe('review');
      const p = createScheduler(settings()).preview(card, now);
      expect(p[1].intervalMinutes).toBeLessThan(p[2].intervalMinutes);
      expect(p[2].intervalMinutes).toBeLessThan(p[3].intervalMinutes);
      expect(p[3].intervalMinutes).toBeLessThan(p[4].intervalMinutes);
      expect(p[1].card.phase).toBe('relearning');
      expect(p[1].card.lapses).toBe(card.lapses + 1);
    }
  });

  it('gives shorter intervals for a higher desired retention', () => {
    const { card, now } = matureCard(3);
    const high = createScheduler(settings({ desiredRetention: 0.97 })).preview(card, now);
    const low = createScheduler(settings({ desiredRetention: 0.8 })).preview(card, now);
    for (const g of [2, 3, 4] as const) {
      expect(high[g].card.scheduledDays).toBeLessThan(low[g].card.scheduledDays);
    }
  });

  it('caps the interval at maximumIntervalDays', () => {
    const { card, now } = matureCard(8);
    const p = createScheduler(settings({ maximumIntervalDays: 10 })).preview(card, now);
    for (const g of GRADES) {
      expect(p[g].card.scheduledDays).toBeLessThanOrEqual(10);
      expect(p[g].card.due - now).toBeLessThanOrEqual(10 * DAY_MS);
    }
  });

  it('caps every interval at the whole days left until the exam', () => {
    expect(examDaysLeft(null, T0)).toBeNull();
    expect(examDaysLeft(T0 + 5.5 * DAY_MS, T0)).toBe(5);
    expect(examDaysLeft(T0 + 3 * 60 * MINUTE, T0)).toBe(1);
    expect(examDaysLeft(T0 - DAY_MS, T0)).toBe(1);

    const candidates: CardRecord[] = [fresh()];
    for (const times of [0, 2, 5, 8]) candidates.push(matureCard(times).card);
    for (const daysAway of [0.2, 1, 2.5, 5.5, 30]) {
      for (const card of candidates) {
        const now = Math.max(card.due, T0);
        const examDate = now + daysAway * DAY_MS;
        const left = Math.max(1, Math.floor(daysAway));
        const p = createScheduler(settings({ examDate })).preview(card, now);
        for (const g of GRADES) {
          expect(p[g].card.scheduledDays).toBeLessThanOrEqual(left);
          expect(p[g].card.due - now).toBeLessThanOrEqual(left * DAY_MS);
          expect(p[g].card.due).toBeGreaterThan(now);
        }
      }
    }
    // Without the exam the mature card would wait far longer than a day.
    const { card, now } = matureCard(5);
    expect(createScheduler(settings()).preview(card, now)[3].card.scheduledDays).toBeGreaterThan(5);
  });

  it('marks a leech at the threshold lapse and keeps the mark', () => {
    const scheduler = createScheduler(settings());
    let { card, now } = matureCard(1);
    const leechAt: boolean[] = [];
    for (let lapse = 1; lapse <= 5; lapse++) {
      card = scheduler.grade(card, 1, now).card;
      expect(card.lapses).toBe(lapse);
      leechAt.push(card.leech);
      while (card.phase !== 'review') {
        now = card.due;
        card = scheduler.grade(card, 3, now).card;
      }
      expect(card.leech).toBe(lapse >= 4);
      now = card.due;
    }
    expect(leechAt).toEqual([false, false, false, true, true]);
    card = scheduler.grade(card, 4, now).card;
    expect(card.leech).toBe(true);

    const strict = createScheduler(settings({ leechThreshold: 1 }));
    const m = matureCard(1);
    expect(strict.grade(m.card, 1, m.now).card.leech).toBe(true);
  });

  it('keeps a suspended card suspended and out of every queue when graded', () => {
    const before = suspend(fresh(), true);
    const { card, log } = createScheduler(settings()).grade(before, 3, T0, 'quiz');
    expect(card.suspended).toBe(true);
    expect('queueDue' in card).toBe(false);
    expect('newOrder' in card).toBe(false);
    expect(log.from).toEqual([before.reps, before.due]);
  });
});

describe('the review log', () => {
  it('names the state each grade started from, a different one every time', () => {
    const scheduler = createScheduler(settings());
    const grades: Grade[] = [3, 1, 3, 3, 2, 4, 1, 1, 3, 3, 3];
    const history: CardRecord[] = [fresh()];
    const logs: ReviewLogRecord[] = [];
    let now = T0;
    for (const g of grades) {
      const before = history[history.length - 1] as CardRecord;
      now = Math.max(now + MINUTE, before.due);
      const { card, log } = scheduler.grade(before, g, now);
      history.push(card);
      logs.push(log);
    }
    logs.forEach((log, i) => {
      const before = history[i] as CardRecord;
      expect(log.from).toEqual([before.reps, before.due]);
      expect(log.sibling).toBe(before.sibling);
      expect(log.dueBefore).toBe(before.due);
      expect(log.phaseBefore).toBe(before.phase);
    });
    expect(new Set(logs.map((l) => JSON.stringify(l.from))).size).toBe(logs.length);
  });

  it('keeps no copy of the card: undo restores the card the session holds', () => {
    const m = matureCard(2);
    const { log } = createScheduler(settings()).grade(m.card, 1, m.now);
    expect(Object.keys(log)).not.toContain('previous');
    expect(JSON.stringify(log).length).toBeLessThan(400);
  });
});

describe('suspend and resetCard', () => {
  it('suspends and unsuspends without touching the schedule', () => {
    const { card } = matureCard(2);
    const off = suspend(card, true);
    expect(off.suspended).toBe(true);
    expect('queueDue' in off).toBe(false);
    expect(off.due).toBe(card.due);
    expect(suspend(off, false)).toStrictEqual(card);
    const n = suspend(fresh(), true);
    expect('newOrder' in n).toBe(false);
    expect(suspend(n, false)).toStrictEqual(fresh());
  });

  it('resets to new, keeping order, sibling and suspension, clearing the leech mark', () => {
    const later = T0 + 40 * DAY_MS;
    const card = { ...newCard('p1', 'x', 12, 'fact-9', T0), leech: true };
    const graded = createScheduler(settings()).grade(card, 1, T0).card;
    expect(resetCard(graded, later)).toStrictEqual(newCard('p1', 'x', 12, 'fact-9', later));
    const reset = resetCard(suspend(graded, true), later);
    expect(reset.suspended).toBe(true);
    expect(reset.phase).toBe('new');
    expect(reset.leech).toBe(false);
    expect('newOrder' in reset).toBe(false);
  });
});
