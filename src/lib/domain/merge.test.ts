// What these tests assert: merging two devices' data is commutative (the same reviews, cards,
// attempts, class results and settings whichever side is "here") and idempotent (merging the same
// file again changes nothing), on random histories of two devices that share a past or not; a
// merged card equals replaying the union of its reviews from new; a device whose history is part
// of the other's ends with the other's cards exactly; no review is kept twice; a uid that stands
// for two different reviews refuses the merge; the preview says what comes in and where.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScheduler, newCard, suspend, withIndexFields } from './cards';
import { DEFAULT_SCHEDULER_SETTINGS } from './settings-schema';
import { mergeData, type MergeData } from './merge';
import type { ClassQuiz } from './records';
import { DEFAULT_QUIZ_SETTINGS } from './settings-schema';
import {
  by,
  cardKey,
  freshDevice as newDevice,
  merged,
  MINUTE,
  quizAttempt,
  stored,
  studies,
  study,
  type Device
} from './fixtures/devices';

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);
const ITEMS = ['i-0', 'i-1', 'i-2', 'i-3'];

const freshDevice = (createdAt: number) => newDevice(createdAt, ITEMS);

const clone = (d: Device): Device => structuredClone(d);

const extras = fc.record({
  suspended: fc.subarray([0, 1, 2, 3]),
  attempts: fc.subarray([1, 2, 3]),
  results: fc.subarray(['r1', 'r2', 'r3']),
  savedAt: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
  retention: fc.constantFrom(0.85, 0.9, 0.95)
});

function classQuiz(keys: readonly string[]): ClassQuiz {
  const results = keys.map((key, i) => ({ key, name: key, answers: [true], addedAt: T0 + i }));
  return {
    code: 'ABCDEF',
    profileId: 'default',
    createdAt: T0,
    seed: 7,
    settings: { ...DEFAULT_QUIZ_SETTINGS },
    questions: 1,
    results
  };
}

/** Suspensions, quizzes, a class quiz's results and saved settings, as a device could have them. */
type Extras = typeof extras extends fc.Arbitrary<infer T> ? T : never;

function decorate(device: Device, x: Extras): Device {
  for (const i of x.suspended) device.cards[i] = suspend(device.cards[i]!, true);
  device.attempts = x.attempts.map((seed, i) => ({ ...quizAttempt(seed, T0), id: i + 1 }));
  device.classes = x.results.length ? [classQuiz(x.results)] : [];
  if (x.savedAt !== undefined) {
    const scheduler = { ...DEFAULT_SCHEDULER_SETTINGS, desiredRetention: x.retention };
    device.profileSettings = { default: { scheduler, updatedAt: x.savedAt } };
  }
  return device;
}

/** Two devices: a shared past (or none: each made its cards itself), then each studies alone. */
const twoDevices = fc
  .record({
    shared: fc.boolean(),
    past: studies(ITEMS.length, 6 * 24 * 60, 12),
    a: studies(ITEMS.length, 6 * 24 * 60, 12),
    b: studies(ITEMS.length, 6 * 24 * 60, 12),
    xa: extras,
    xb: extras
  })
  .map(({ shared, past, a, b, xa, xb }) => {
    const base = freshDevice(T0);
    const end = study(base, past, T0, 'p');
    const one = clone(base);
    const other = shared ? clone(base) : freshDevice(T0 + 5 * MINUTE);
    study(one, a, end, 'a');
    study(other, b, end + 30 * MINUTE, 'b');
    return { a: decorate(one, xa), b: decorate(other, xb), plain: { one, other } };
  });

const noId = <T extends { id?: number }>({ id: _, ...rest }: T) => rest;

/** The data as a device holds it, keys aside (ids differ between devices), in a fixed order. */
function normal(d: MergeData) {
  return {
    profiles: [...d.profiles].sort(by((p) => p.id)),
    settings: d.profileSettings,
    cards: [...d.cards].sort(by(cardKey)),
    reviews: d.reviews.map(noId).sort(by((r) => r.uid!)),
    attempts: d.attempts.map(noId).sort(by((a) => String(a.plan.seed))),
    classes: [...d.classes].sort(by((c) => c.code))
  };
}

const RUNS = { numRuns: 80 };

describe('mergeData on random histories', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(twoDevices, ({ a, b }) => {
        expect(normal(merged(a, b))).toEqual(normal(merged(b, a)));
      }),
      RUNS
    );
  });

  it('is idempotent: merging the same file again changes nothing', () => {
    fc.assert(
      fc.property(twoDevices, ({ a, b }) => {
        const once = stored(merged(a, b));
        for (const file of [b, a, once]) {
          const again = mergeData(once, file);
          if (!again.ok) throw new Error(again.problem);
          expect(Object.values(again.changes).every((c) => c.length === 0)).toBe(true);
          expect(normal(again.merged)).toEqual(normal(once));
        }
      }),
      RUNS
    );
  });

  it('keeps every review once: the union of both sides by uid', () => {
    fc.assert(
      fc.property(twoDevices, ({ a, b }) => {
        const uids = merged(a, b).reviews.map((r) => r.uid);
        const union = new Set([...a.reviews, ...b.reviews].map((r) => r.uid));
        expect(uids.length).toBe(new Set(uids).size);
        expect(new Set(uids)).toEqual(union);
      }),
      RUNS
    );
  });

  it('gives a card both sides studied differently the state of replaying the union from new', () => {
    fc.assert(
      fc.property(twoDevices, ({ a, b }) => {
        const m = merged(a, b);
        const settings = m.profileSettings.default as { scheduler?: object } | undefined;
        const replay = createScheduler({ ...DEFAULT_SCHEDULER_SETTINGS, ...settings?.scheduler });
        for (const card of m.cards) {
          const logs = m.reviews
            .filter((r) => r.itemId === card.itemId)
            .sort((x, y) => x.review - y.review || (x.uid! < y.uid! ? -1 : 1));
          const mine = a.reviews.filter((r) => r.itemId === card.itemId).length;
          const theirs = b.reviews.filter((r) => r.itemId === card.itemId).length;
          if (mine === logs.length && theirs === logs.length) continue;
          let expected = newCard(
            'default',
            card.itemId,
            card.order,
            card.sibling,
            logs[0]!.dueBefore
          );
          for (const log of logs) {
            expect(log.from).toEqual([expected.reps, expected.due]);
            expected = replay.grade(expected, log.grade, log.review, log.source).card;
          }
          expect(card).toEqual(withIndexFields({ ...expected, suspended: card.suspended }));
        }
      }),
      RUNS
    );
  });

  it('gives a device whose history is part of the other the other’s cards and logs exactly', () => {
    fc.assert(
      fc.property(
        studies(ITEMS.length, 6 * 24 * 60, 10),
        studies(ITEMS.length, 6 * 24 * 60, 10),
        (past, more) => {
          const behind = freshDevice(T0);
          const end = study(behind, past, T0, 'p');
          const ahead = clone(behind);
          study(ahead, more, end, 'a');
          const m = merged(behind, ahead);
          expect(normal({ ...m, reviews: m.reviews })).toEqual(normal(ahead));
        }
      ),
      RUNS
    );
  });
});

describe('mergeData', () => {
  const pair = () => {
    const a = freshDevice(T0);
    const b = freshDevice(T0);
    study(a, [{ item: 0, grade: 3, minutes: 1 }], T0, 'a');
    study(
      b,
      [
        { item: 0, grade: 1, minutes: 2 },
        { item: 1, grade: 3, minutes: 1 }
      ],
      T0,
      'b'
    );
    return { a, b };
  };

  it('refuses a uid that stands for two different reviews, and changes nothing', () => {
    const { a, b } = pair();
    b.reviews[0] = { ...b.reviews[0]!, uid: a.reviews[0]!.uid };
    const result = mergeData(a, b);
    expect(result).toEqual({ ok: false, problem: expect.stringContaining('a1') });
  });

  it('previews the reviews, cards, attempts and results it adds and where each profile goes', () => {
    const { a, b } = pair();
    b.profiles = [...b.profiles, { id: 'p-x', name: 'Huda', createdAt: T0 }];
    b.attempts = [{ ...quizAttempt(5, T0), id: 1 }];
    b.classes = [classQuiz(['r1', 'r2'])];
    a.classes = [classQuiz(['r1'])];
    const result = mergeData(a, b);
    if (!result.ok) throw new Error(result.problem);
    expect(result.preview).toEqual({
      profiles: [
        { id: 'default', name: '', here: a.profiles[0] },
        { id: 'p-x', name: 'Huda', here: null }
      ],
      reviews: { default: 2 },
      cards: 2,
      attempts: 1,
      classes: 0,
      results: 1
    });
    expect(result.changes.reviewsAdded.map((r) => r.uid)).toEqual(['b1', 'b2']);
    expect(result.changes.reviewsAdded.every((r) => r.id === undefined)).toBe(true);
    // a1 came first and keeps its state; b1 (graded from new on the other device) now follows it.
    expect(result.changes.reviewsChanged).toEqual([]);
    expect(result.changes.reviewsAdded.map((r) => r.from?.[0])).toEqual([1, 0]);
  });

  it('keeps the settings saved last, with the name from the same side', () => {
    const { a, b } = pair();
    a.profiles = [{ id: 'default', name: 'Old', createdAt: T0 }];
    b.profiles = [{ id: 'default', name: 'New', createdAt: T0 + 1 }];
    a.profileSettings = { default: { scheduler: DEFAULT_SCHEDULER_SETTINGS, updatedAt: 1 } };
    const newer = {
      scheduler: { ...DEFAULT_SCHEDULER_SETTINGS, desiredRetention: 0.8 },
      updatedAt: 2
    };
    b.profileSettings = { default: newer };
    const m = merged(a, b);
    expect(m.profileSettings).toEqual({ default: newer });
    expect(m.profiles).toEqual([{ id: 'default', name: 'New', createdAt: T0 }]);
  });

  it('keeps a card suspended on either side suspended, out of the queues', () => {
    const { a, b } = pair();
    b.cards[1] = { ...b.cards[1]!, suspended: true };
    const card = merged(a, b).cards.find((c) => c.itemId === 'i-1')!;
    expect(card.suspended).toBe(true);
    expect(card.queueDue).toBeUndefined();
  });
});
