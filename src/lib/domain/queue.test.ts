import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScheduler, newCard, withIndexFields } from './cards';
import { type CardPhase, type CardRecord, type ReviewLogRecord } from './records';
import { DEFAULT_SCHEDULER_SETTINGS } from './settings-schema';
import {
  buildQueue,
  countQueue,
  dayProgress,
  DEFAULT_QUEUE_SETTINGS,
  insertByDue,
  loadQueue,
  mergeQueueSettings,
  nextIndex,
  type QueueInput,
  type QueueSource,
  type QueueSettings,
  requeue,
  studyDay
} from './queue';
import { seededRandom as seeded } from './random';

// Dates are built from local parts (new Date(y, m, d, h)) so the tests hold in any time zone.
const at = (day: number, hour: number, minute = 0) =>
  new Date(2025, 2, day, hour, minute).getTime();
const HOUR = 60 * 60 * 1000;
const MINUTE = 60 * 1000;
const NOW = at(10, 20); // 10 March, 20:00; the study day runs 10 March 04:00 – 11 March 04:00

let nextOrder = 0;
/** A card factory: a review card due at NOW unless told otherwise. */
function card(itemId: string, over: Partial<CardRecord> & { phase?: CardPhase } = {}): CardRecord {
  const order = over.order ?? nextOrder++;
  const base = newCard('p1', itemId, order, over.sibling ?? itemId, NOW);
  const phase = over.phase ?? 'review';
  return withIndexFields({
    ...base,
    ...(phase === 'new'
      ? {}
      : {
          stability: 5,
          difficulty: 5,
          reps: 3,
          lastReview: NOW - 5 * 24 * HOUR,
          scheduledDays: 5
        }),
    ...over,
    phase
  });
}

const noneToday = { newStudied: 0, reviewsDone: 0, siblingsSeen: new Set<string>() };

type InputOverrides = Partial<Omit<QueueInput, 'settings'>> & { settings?: Partial<QueueSettings> };

function input(over: InputOverrides = {}): QueueInput {
  return {
    now: NOW,
    random: seeded(1),
    due: [],
    fresh: [],
    today: noneToday,
    ...over,
    settings: { ...DEFAULT_QUEUE_SETTINGS, ...over.settings }
  };
}

const ids = (cards: readonly CardRecord[]) => cards.map((c) => c.itemId);

describe('mergeQueueSettings', () => {
  it('returns the defaults for nothing stored', () => {
    expect(mergeQueueSettings(null)).toEqual(DEFAULT_QUEUE_SETTINGS);
    expect(DEFAULT_QUEUE_SETTINGS).toEqual({
      dayStartHour: 4,
      newPerDay: 20,
      reviewsPerDay: 200,
      shuffleNew: false
    });
  });

  it('clamps and rounds numbers and replaces invalid fields', () => {
    expect(
      mergeQueueSettings({ dayStartHour: 30, newPerDay: -3, reviewsPerDay: 99.6, shuffleNew: 1 })
    ).toEqual({ dayStartHour: 23, newPerDay: 0, reviewsPerDay: 100, shuffleNew: false });
    expect(mergeQueueSettings({ dayStartHour: '5', newPerDay: 7, shuffleNew: true })).toEqual({
      ...DEFAULT_QUEUE_SETTINGS,
      newPerDay: 7,
      shuffleNew: true
    });
  });
});

describe('studyDay', () => {
  it('starts the day at dayStartHour, local time', () => {
    expect(studyDay(NOW, 4)).toEqual({ start: at(10, 4), end: at(11, 4), key: '2025-03-10' });
    expect(studyDay(at(10, 4), 4).key).toBe('2025-03-10');
    expect(studyDay(at(10, 4) - 1, 4).key).toBe('2025-03-09');
    expect(studyDay(at(10, 0, 30), 0)).toEqual({
      start: at(10, 0),
      end: at(11, 0),
      key: '2025-03-10'
    });
  });

  it('counts 03:30 as the previous day', () => {
    const day = studyDay(at(11, 3, 30), 4);
    expect(day).toEqual({ start: at(10, 4), end: at(11, 4), key: '2025-03-10' });
    expect(studyDay(new Date(2025, 0, 1, 3, 30).getTime(), 4).key).toBe('2024-12-31');
  });

  describe('across a daylight-saving change', () => {
    const saved = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = 'Europe/London';
    });
    afterAll(() => {
      process.env.TZ = saved;
    });

    it('keeps the boundary at the same local hour on 23- and 25-hour days', () => {
      // Clocks go forward at 01:00 on 30 March 2025 and back at 02:00 on 26 October.
      const spring = studyDay(Date.UTC(2025, 2, 29, 12), 4);
      expect(spring.key).toBe('2025-03-29');
      expect(spring.end - spring.start).toBe(23 * HOUR);
      expect(new Date(spring.end).getHours()).toBe(4);
      const autumn = studyDay(Date.UTC(2025, 9, 25, 12), 4);
      expect(autumn.end - autumn.start).toBe(25 * HOUR);
      // 02:30 GMT on 26 October: still the 25th's study day.
      expect(studyDay(Date.UTC(2025, 9, 26, 2, 30), 4).key).toBe('2025-10-25');
    });
  });
});

describe('dayProgress', () => {
  const log = (review: number, phaseBefore: CardPhase, sibling: string): ReviewLogRecord => {
    const previous = card(sibling, { phase: phaseBefore });
    return {
      profileId: 'p1',
      itemId: previous.itemId,
      grade: 3,
      phaseBefore,
      source: 'study',
      review,
      dueBefore: previous.due,
      stabilityBefore: previous.stability,
      difficultyBefore: previous.difficulty,
      elapsedDays: 0,
      lastElapsedDays: 0,
      scheduledDays: 0,
      learningStepsBefore: 0,
      sibling: previous.sibling
    };
  };

  it("counts the day's new cards, reviews and siblings; 03:30 belongs to the day before", () => {
    const logs = [
      log(at(10, 3, 59), 'review', 'yesterday'),
      log(at(10, 9), 'new', 'a'),
      log(at(10, 9, 10), 'learning', 'a'),
      log(at(10, 12), 'review', 'b'),
      log(at(10, 13), 'relearning', 'c'),
      log(at(11, 3, 30), 'new', 'late'),
      log(at(11, 4), 'review', 'tomorrow')
    ];
    const today = dayProgress(logs, studyDay(NOW, 4));
    expect(today.newStudied).toBe(2);
    expect(today.reviewsDone).toBe(1);
    expect([...today.siblingsSeen].sort()).toEqual(['a', 'b', 'c', 'late']);
  });

  it("counts a graded item's group now as seen too, after the bank grouped it anew", () => {
    // Graded today in group 'a'; the new bank puts item 'a' in sentence group 's-1'.
    const logs = [log(at(10, 9), 'new', 'a'), log(at(10, 10), 'review', 'b')];
    const now = (id: string) => (id === 'a' ? 's-1' : undefined);
    const today = dayProgress(logs, studyDay(NOW, 4), now);
    expect([...today.siblingsSeen].sort()).toEqual(['a', 'b', 's-1']);
    // So a card of the same sentence, met for the first time, waits for tomorrow.
    const queue = buildQueue({
      now: NOW,
      settings: DEFAULT_QUEUE_SETTINGS,
      random: seeded(1),
      due: [],
      fresh: [
        card('same-sentence', { phase: 'new', sibling: 's-1' }),
        card('other', { phase: 'new', sibling: 's-2' })
      ],
      today
    });
    expect(ids(queue.cards)).toEqual(['other']);
    const unmapped = dayProgress(logs, studyDay(NOW, 4));
    expect(unmapped.siblingsSeen.has('s-1')).toBe(false);
  });
});

describe('buildQueue', () => {
  it('orders due learning, then reviews most overdue first, then new, then later learning', () => {
    const due = [
      card('r-recent', { due: NOW - HOUR }),
      card('l-later', { phase: 'learning', due: NOW + 10 * MINUTE }),
      card('r-old', { due: NOW - 5 * 24 * HOUR }),
      card('rl-now', { phase: 'relearning', due: NOW - MINUTE }),
      card('r-tonight', { due: at(11, 1) }),
      card('l-early', { phase: 'learning', due: NOW - 30 * MINUTE })
    ];
    const fresh = [card('n1', { phase: 'new' }), card('n2', { phase: 'new' })];
    const q = buildQueue(input({ due, fresh }));
    expect(ids(q.cards)).toEqual([
      'l-early',
      'rl-now',
      'r-old',
      'r-recent',
      'r-tonight',
      'n1',
      'n2',
      'l-later'
    ]);
    expect(q.counts).toEqual({ learning: 3, review: 3, new: 2 });
    expect(countQueue(q.cards)).toEqual(q.counts);
  });

  it('takes a review due at 03:00 tomorrow today, and one due at 05:00 tomorrow not', () => {
    const due = [card('three', { due: at(11, 3) }), card('five', { due: at(11, 5) })];
    expect(ids(buildQueue(input({ due })).cards)).toEqual(['three']);
    // Studying at 03:30 tomorrow is still today: same queue.
    expect(ids(buildQueue(input({ due, now: at(11, 3, 30) })).cards)).toEqual(['three']);
    expect(ids(buildQueue(input({ due, now: at(11, 4) })).cards)).toEqual(['three', 'five']);
  });

  it('keeps to what is left of the daily limits', () => {
    const due = Array.from({ length: 10 }, (_, i) => card(`r${i}`, { due: NOW - i * HOUR }));
    const fresh = Array.from({ length: 10 }, (_, i) => card(`n${i}`, { phase: 'new' }));
    // Limits of 6 reviews and 5 new cards, after `done` of each studied today.
    const after = (done: number) =>
      buildQueue(
        input({
          due,
          fresh,
          settings: { reviewsPerDay: 6, newPerDay: 5 },
          today: { newStudied: done, reviewsDone: done, siblingsSeen: new Set() }
        })
      );
    const q = after(2);
    expect(q.counts).toEqual({ learning: 0, review: 4, new: 3 });
    expect(ids(q.cards)).toEqual(['r9', 'r8', 'r7', 'r6', 'n0', 'n1', 'n2']);
    expect(after(9).cards).toEqual([]);
  });

  it('buries review and new siblings seen today or already queued, never learning cards', () => {
    const due = [
      card('l', { phase: 'learning', sibling: 'f1', due: NOW - MINUTE }),
      card('l-seen', { phase: 'relearning', sibling: 'seen', due: NOW - MINUTE }),
      card('r-f1', { sibling: 'f1', due: NOW - 3 * HOUR }),
      card('r-seen', { sibling: 'seen', due: NOW - 3 * HOUR }),
      card('r-f2-old', { sibling: 'f2', due: NOW - 9 * HOUR }),
      card('r-f2-new', { sibling: 'f2', due: NOW - 2 * HOUR }),
      card('r-f3', { sibling: 'f3', due: NOW })
    ];
    const fresh = [
      card('n-f3', { phase: 'new', sibling: 'f3' }),
      card('n-f4a', { phase: 'new', sibling: 'f4' }),
      card('n-f4b', { phase: 'new', sibling: 'f4' }),
      card('n-seen', { phase: 'new', sibling: 'seen' }),
      card('n-f5', { phase: 'new', sibling: 'f5' })
    ];
    const q = buildQueue(
      input({
        due,
        fresh,
        settings: { newPerDay: 2 },
        today: { newStudied: 0, reviewsDone: 0, siblingsSeen: new Set(['seen']) }
      })
    );
    expect(ids(q.cards)).toEqual(['l', 'l-seen', 'r-f2-old', 'r-f3', 'n-f4a', 'n-f5']);
  });

  it('leaves out suspended, new and not-yet-due cards that slipped into the input', () => {
    const due = [
      card('ok'),
      { ...card('susp'), suspended: true },
      card('tomorrow', { due: at(11, 4) }),
      card('newish', { phase: 'new' })
    ];
    const fresh = [{ ...card('n-susp', { phase: 'new' }), suspended: true }, card('r', {})];
    expect(ids(buildQueue(input({ due, fresh })).cards)).toEqual(['ok']);
  });

  it('shuffles the chosen new cards with the injected random only when asked', () => {
    const fresh = Array.from({ length: 12 }, (_, i) => card(`n${i}`, { phase: 'new' }));
    const settings = { newPerDay: 8, shuffleNew: true };
    const a = ids(buildQueue(input({ fresh, settings, random: seeded(7) })).cards);
    const b = ids(buildQueue(input({ fresh, settings, random: seeded(7) })).cards);
    const c = ids(buildQueue(input({ fresh, settings, random: seeded(8) })).cards);
    const inOrder = ids(fresh.slice(0, 8));
    expect(a).toEqual(b);
    expect([...a].sort()).toEqual([...inOrder].sort());
    expect(a).not.toEqual(inOrder);
    expect(c).not.toEqual(a);
    expect(ids(buildQueue(input({ fresh, settings: { newPerDay: 8 } })).cards)).toEqual(inOrder);
  });
});

describe('insertByDue, requeue and nextIndex', () => {
  const l1 = card('l1', { phase: 'learning', due: NOW - MINUTE });
  const r1 = card('r1');
  const n1 = card('n1', { phase: 'new' });
  const l2 = card('l2', { phase: 'learning', due: NOW + 5 * MINUTE });

  it('puts a (re)learning card back among the learning cards by due time', () => {
    const cards = [l1, r1, n1, l2];
    const again = { ...l1, due: NOW + MINUTE };
    expect(ids(insertByDue(cards, again))).toEqual(['r1', 'n1', 'l1', 'l2']);
    const later = { ...l1, due: NOW + HOUR };
    expect(ids(insertByDue(cards, later))).toEqual(['r1', 'n1', 'l2', 'l1']);
    const lapsed = { ...r1, phase: 'relearning' as const, due: NOW + 10 * MINUTE };
    expect(ids(insertByDue(cards, lapsed))).toEqual(['l1', 'n1', 'l2', 'r1']);
  });

  it('drops a card that graduated or was suspended', () => {
    const cards = [l1, r1, n1, l2];
    expect(ids(insertByDue(cards, { ...l1, phase: 'review', due: NOW + 86400000 }))).toEqual([
      'r1',
      'n1',
      'l2'
    ]);
    expect(ids(insertByDue(cards, { ...l2, suspended: true }))).toEqual(['l1', 'r1', 'n1']);
    const q = requeue({ cards, counts: countQueue(cards) }, { ...r1, due: NOW + 86400000 });
    expect(q.counts).toEqual({ learning: 2, review: 0, new: 1 });
  });

  it('shows due learning cards first, then the rest, then learning cards ahead of time', () => {
    expect(nextIndex([], NOW)).toBe(-1);
    expect(nextIndex([l1, r1, n1, l2], NOW)).toBe(0);
    expect(nextIndex([r1, n1, l2], NOW)).toBe(0);
    expect(nextIndex([r1, n1, l2], NOW + 5 * MINUTE)).toBe(2);
    expect(nextIndex([l2], NOW)).toBe(0);
  });
});

describe('a simulated year', () => {
  it('keeps its invariants studying 200 cards every day for 365 days', () => {
    const random = seeded(2025);
    const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
    const settings = DEFAULT_QUEUE_SETTINGS;
    const start = new Date(2025, 0, 1, 8).getTime();
    const store = new Map<string, CardRecord>();
    for (let i = 0; i < 200; i++) {
      const c = newCard('p1', `item-${i}`, i, `fact-${Math.floor(i / 2)}`, start);
      store.set(c.itemId, c);
    }
    const isLearning = (p: CardPhase) => p === 'learning' || p === 'relearning';
    let graded = 0;
    let maxInterval = 0;

    for (let d = 0; d < 365; d++) {
      const dayLogs: ReviewLogRecord[] = [];
      const gradedToday = new Set<string>();
      // A morning and an evening session; the evening one rebuilds from the day's log.
      for (const hour of [8, 19]) {
        let now = new Date(2025, 0, 1 + d, hour, Math.floor(random() * 120)).getTime();
        const day = studyDay(now, settings.dayStartHour);
        const today = dayProgress(dayLogs, day);
        const all = [...store.values()];
        const due = all.filter((c) => c.queueDue !== undefined && c.queueDue < day.end);
        const fresh = all
          .filter((c) => c.newOrder !== undefined)
          .sort((a, b) => (a.newOrder ?? 0) - (b.newOrder ?? 0))
          .slice(0, settings.newPerDay + 10);
        let queue = buildQueue({ now, settings, random, due, fresh, today });

        expect(queue.counts.new).toBeLessThanOrEqual(settings.newPerDay - today.newStudied);
        expect(queue.counts.review).toBeLessThanOrEqual(settings.reviewsPerDay - today.reviewsDone);
        expect(new Set(ids(queue.cards)).size).toBe(queue.cards.length);
        const buriable = queue.cards.filter((c) => !isLearning(c.phase));
        for (const c of buriable) expect(today.siblingsSeen.has(c.sibling)).toBe(false);
        expect(new Set(buriable.map((c) => c.sibling)).size).toBe(buriable.length);

        for (let step = 0; step < 2000; step++) {
          const i = nextIndex(queue.cards, now);
          if (i === -1) break;
          const before = queue.cards[i] as CardRecord;
          // The student waits for a learning card rather than seeing it early.
          if (isLearning(before.phase) && before.due > now) now = before.due;
          expect(before).toStrictEqual(store.get(before.itemId));
          expect(before.suspended).toBe(false);
          if (before.phase === 'review') expect(before.due).toBeLessThan(day.end);
          else expect(before.due).toBeLessThanOrEqual(now);
          if (gradedToday.has(before.itemId)) expect(isLearning(before.phase)).toBe(true);
          gradedToday.add(before.itemId);

          const r = random();
          const g = r < 0.1 ? 1 : r < 0.95 ? 3 : 4;
          const { card: after, log } = scheduler.grade(before, g, now);
          expect(after.due).toBeGreaterThan(now);
          expect(after.stability).toBeGreaterThan(0);
          expect(after.lapses).toBeGreaterThanOrEqual(before.lapses);
          expect(after.reps).toBe(before.reps + 1);
          expect(after.queueDue).toBe(after.due);
          expect(log.from).toEqual([before.reps, before.due]);
          maxInterval = Math.max(maxInterval, after.scheduledDays);

          store.set(after.itemId, after);
          dayLogs.push(log);
          queue = requeue(queue, after);
          now += 5000 + Math.floor(random() * 20000);
          graded += 1;
        }
        expect(queue.cards).toEqual([]);
      }
      const done = dayProgress(dayLogs, studyDay(start + d * 86400000, settings.dayStartHour));
      expect(done.newStudied).toBeLessThanOrEqual(settings.newPerDay);
      expect(done.reviewsDone).toBeLessThanOrEqual(settings.reviewsPerDay);
    }

    const final = [...store.values()];
    expect(final.every((c) => c.phase !== 'new')).toBe(true);
    expect(graded).toBeGreaterThan(2000);
    expect(maxInterval).toBeGreaterThan(60);
  });
});

describe('loadQueue', () => {
  /** The storage indexes over an array: sparse fields, key order, then primary key order. */
  function sourceOver(cards: readonly CardRecord[], reads: number[] = []): QueueSource {
    const by = (field: 'queueDue' | 'newOrder' | 'learnDue') =>
      cards
        .filter((c) => c[field] !== undefined)
        .sort((a, b) => a[field]! - b[field]! || (a.itemId < b.itemId ? -1 : 1));
    return {
      learning: async (before) => by('learnDue').filter((c) => c.learnDue! < before),
      due: async (before, limit) => {
        reads.push(limit);
        return by('queueDue')
          .filter((c) => c.queueDue! < before)
          .slice(0, limit);
      },
      fresh: async (limit) => by('newOrder').slice(0, limit)
    };
  }

  const phases: CardPhase[] = ['new', 'learning', 'review', 'relearning'];
  const deck = fc.array(
    fc.record({
      phase: fc.constantFrom(...phases),
      // From three days overdue to two days ahead, in minutes.
      offset: fc.integer({ min: -3 * 24 * 60, max: 2 * 24 * 60 }),
      // Mostly their own group, some sharing one, so burying matters.
      sibling: fc.oneof(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 11, max: 10_000 })),
      suspended: fc.boolean()
    }),
    { maxLength: 600, size: 'max' }
  );

  it('makes the queue buildQueue makes from every due card', async () => {
    await fc.assert(
      fc.asyncProperty(
        deck,
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 10 }),
        async (specs, reviewsPerDay, reviewsDone) => {
          const cards = specs.map((s, i) =>
            withIndexFields({
              ...card(`i${i}`, { phase: s.phase, sibling: `s${s.sibling}` }),
              due: NOW + s.offset * MINUTE,
              suspended: s.suspended
            })
          );
          const settings = { ...DEFAULT_QUEUE_SETTINGS, reviewsPerDay, newPerDay: 7 };
          const today = { newStudied: 0, reviewsDone, siblingsSeen: new Set(['s1']) };
          const { end } = studyDay(NOW, settings.dayStartHour);
          const source = sourceOver(cards);
          const full = buildQueue({
            now: NOW,
            settings,
            random: seeded(1),
            today,
            due: cards.filter((c) => c.queueDue !== undefined && c.queueDue < end),
            fresh: await source.fresh(Infinity)
          });
          const loaded = await loadQueue(source, { now: NOW, settings, random: seeded(1), today });
          expect(ids(loaded.cards)).toEqual(ids(full.cards));
          expect(loaded.counts).toEqual(full.counts);
        }
      ),
      { numRuns: 200 }
    );
  });

  /** Today's queue from `cards` with room for `reviewsPerDay` reviews, noting each due read. */
  const loadWithRoom = (cards: CardRecord[], reviewsPerDay: number, reads: number[]) =>
    loadQueue(sourceOver(cards, reads), {
      now: NOW,
      settings: { ...DEFAULT_QUEUE_SETTINGS, reviewsPerDay },
      random: seeded(2),
      today: noneToday
    });

  it('reads a bounded number of due cards however many are overdue', async () => {
    const overdue = Array.from({ length: 5000 }, (_, i) =>
      withIndexFields({ ...card(`r${i}`), due: NOW - (i + 1) * MINUTE })
    );
    const reads: number[] = [];
    const queue = await loadWithRoom(overdue, 100, reads);
    expect(queue.counts.review).toBe(100);
    expect(reads).toEqual([150]);
  });

  it('reads further while buried siblings leave room unfilled', async () => {
    // 300 overdue reviews in 30 sibling groups of ten: the first read holds too few groups.
    const overdue = Array.from({ length: 300 }, (_, i) =>
      withIndexFields({
        ...card(`r${i}`, { sibling: `g${Math.floor(i / 10)}` }),
        due: NOW - (i + 1) * MINUTE
      })
    );
    const reads: number[] = [];
    const queue = await loadWithRoom(overdue, 25, reads);
    expect(queue.counts.review).toBe(25);
    expect(reads.length).toBeGreaterThan(1);
  });

  it('reads further new cards while buried siblings leave room unfilled', async () => {
    // 200 new cards, twelve to a sentence (as a long sentence of an article has): the first read
    // of 70 holds six sentences, the day has room for 20.
    const fresh = Array.from({ length: 200 }, (_, i) =>
      card(`n${i}`, { phase: 'new', order: i, sibling: `sentence-${Math.floor(i / 12)}` })
    );
    const reads: number[] = [];
    const source = sourceOver(fresh);
    const counted: QueueSource = {
      ...source,
      fresh: (limit) => {
        reads.push(limit);
        return source.fresh(limit);
      }
    };
    const queue = await loadQueue(counted, {
      now: NOW,
      settings: { ...DEFAULT_QUEUE_SETTINGS, newPerDay: 20, shuffleNew: false },
      random: seeded(2),
      today: noneToday
    });
    expect(reads).toEqual([70, 280]);
    // 17 sentences: every one once, in article order.
    expect(queue.counts.new).toBe(17);
    expect(queue.cards.map((c) => c.sibling)).toEqual(
      Array.from({ length: 17 }, (_, s) => `sentence-${s}`)
    );
  });
});
