// Asserts the daily store on fake-indexeddb: the version 8 upgrade of a version 7 database with
// logs in it (counted on the first read, every profile at once), grades, undos, quizzes and a
// course deleted keeping the counts equal to counting the log again, a profile deleted with its
// counts, an import counting the imported logs, and the statistics' other reads (due counts through
// the due index, cards' phases through the phase index) agreeing with reading every card.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScheduler, newCard, suspend } from '$lib/domain/cards';
import { CARD_PHASES, type Grade } from '$lib/domain/records';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/settings-schema';
import { aggregate } from '$lib/domain/daily';
import { masteryByTopic } from '$lib/domain/mastery';
import { dueForecast, forecastDays, forecastFromCounts } from '$lib/domain/stats';
import { importBackup } from './backup';
import { allPendingGrades, DAILY_STALE, DEFAULT_PROFILE_ID, openDatabase, talliesKey } from './db';
import { Records } from './records';
import { backupOf, cardsFor, logSteps, logWriter, testDatabases } from './test-fixtures';

const { fresh, open } = testDatabases('daily-test');

const T0 = Date.UTC(2026, 10, 30, 9);
const MINUTE = 60_000;
const DAY = 86_400_000;
const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);

/** The profile's daily records as a rebuild from its whole log would make them. */
async function counted(records: Records, profileId: string) {
  return aggregate(await records.reviewsSince(profileId, -Infinity));
}

describe('the version 8 upgrade', () => {
  it('counts a version 7 log by day on the first read, every profile at once', async () => {
    const name = fresh();
    const v7 = await openDatabase({}, 7, name);
    await v7.put('profiles', { id: 'kid', name: 'سارة', createdAt: 1 });
    const logs = [];
    // Written as version 7 wrote them: cards and logs, no daily counts.
    for (const [p, profileId] of [DEFAULT_PROFILE_ID, 'kid'].entries()) {
      let card = newCard(profileId, 'c-a', 0, 's-a', T0);
      for (let i = 0; i < 6; i++) {
        const graded = scheduler.grade(
          card,
          (((i + p) % 4) + 1) as Grade,
          T0 + i * 7 * 60 * MINUTE
        );
        card = graded.card;
        logs.push({ ...graded.log, id: await v7.add('reviews', graded.log) });
      }
      await v7.put('cards', card);
    }
    v7.close();

    const { db, records } = await open(name);
    expect(await db.get('meta', DAILY_STALE)).toBe(true);
    expect(await db.count('daily')).toBe(0);
    expect(await records.daily('kid')).toEqual(
      aggregate(logs.filter((l) => l.profileId === 'kid'))
    );
    expect(await db.get('meta', DAILY_STALE)).toBeUndefined();
    expect(await db.getAll('daily')).toEqual(aggregate(logs));
    // The cards already there are read with their phases.
    expect(await records.cardPhases('kid')).toEqual([
      { itemId: 'c-a', phase: (await records.card('kid', 'c-a'))!.phase }
    ]);
    // From here on a grade counts itself.
    const { card, log } = scheduler.grade((await records.card('kid', 'c-a'))!, 3, T0 + DAY);
    await records.recordGrade(card, log);
    expect(await records.daily('kid')).toEqual(await counted(records, 'kid'));
  });

  it('leaves a database without reviews with nothing to count', async () => {
    const name = fresh();
    (await openDatabase({}, 7, name)).close();
    const { db, records } = await open(name);
    expect(await db.get('meta', DAILY_STALE)).toBeUndefined();
    expect(await records.daily(DEFAULT_PROFILE_ID)).toEqual([]);
  });

  it('counts the log in memory when the rebuild cannot be written, and tries again later', async () => {
    const { db, records } = await open();
    await records.ensureCards(DEFAULT_PROFILE_ID, cardsFor(DEFAULT_PROFILE_ID, ['c-a'], T0));
    const { card, log } = scheduler.grade((await records.card(DEFAULT_PROFILE_ID, 'c-a'))!, 3, T0);
    await records.recordGrade(card, log);
    const expected = await counted(records, DEFAULT_PROFILE_ID);
    await db.clear('daily');
    await db.put('meta', true, DAILY_STALE);
    const proto = globalThis.IDBObjectStore.prototype;
    const clear = proto.clear;
    proto.clear = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(await records.daily(DEFAULT_PROFILE_ID)).toEqual(expected);
    } finally {
      proto.clear = clear;
    }
    expect(await db.get('meta', DAILY_STALE)).toBe(true);
    expect(await records.daily(DEFAULT_PROFILE_ID)).toEqual(expected);
    expect(await db.get('meta', DAILY_STALE)).toBeUndefined();
  });
});

describe('writes that change the log', () => {
  const ITEMS = ['c-a', 'c-b', 'mine:a', 'mine:b'];
  const step = fc.oneof(...logSteps(ITEMS, 3 * DAY));

  it('keep the daily counts equal to counting the log again', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 25 }), async (steps) => {
        const { records } = await open();
        const kid = (await records.createProfile('سارة', 1)).id;
        const profiles = [DEFAULT_PROFILE_ID, kid];
        for (const p of profiles) await records.ensureCards(p, cardsFor(p, ITEMS, T0));
        const writer = logWriter(records, profiles, T0);
        for (const s of steps) await writer.apply(s);
        for (const p of profiles) {
          expect(await records.daily(p)).toEqual(await counted(records, p));
        }
      }),
      { numRuns: 25 }
    );
  });

  it('deletes a profile’s counts with the profile, and only its', async () => {
    const { db, records } = await open();
    const kid = (await records.createProfile('سارة', 1)).id;
    for (const p of [DEFAULT_PROFILE_ID, kid]) {
      await records.ensureCards(p, cardsFor(p, ['c-a'], T0));
      const { card, log } = scheduler.grade((await records.card(p, 'c-a'))!, 3, T0);
      await records.recordGrade(card, log);
    }
    await records.deleteProfile(kid);
    expect(await records.daily(kid)).toEqual([]);
    expect(await db.getAll('daily')).toEqual(await counted(records, DEFAULT_PROFILE_ID));
    expect(await db.count('daily')).toBe(1);
  });
});

describe('a grade left uncounted', () => {
  it('is stored at once, and counted by the next read when its tab closed before counting it', async () => {
    const { db, records } = await open();
    records.usePlacement({ version: 'v1', placeOf: () => undefined });
    await records.ensureCards(DEFAULT_PROFILE_ID, cardsFor(DEFAULT_PROFILE_ID, ['c-a', 'c-b'], T0));
    await records.daily(DEFAULT_PROFILE_ID);
    await records.dueCounts(DEFAULT_PROFILE_ID, [T0]);
    expect(await db.get('meta', talliesKey(DEFAULT_PROFILE_ID))).toBe('v1');
    const first = scheduler.grade((await records.card(DEFAULT_PROFILE_ID, 'c-a'))!, 3, T0);
    await records.recordGrade(first.card, first.log);
    // Counted in: no marker left, the counts kept.
    expect(await db.getAllKeys('meta', allPendingGrades())).toEqual([]);
    expect(await db.get('meta', talliesKey(DEFAULT_PROFILE_ID))).toBe('v1');

    // The tab goes between the grade's two transactions: the count is never written.
    const proto = globalThis.IDBObjectStore.prototype;
    const put = proto.put;
    proto.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      if (this.name === 'daily') throw new DOMException('gone', 'AbortError');
      return put.apply(this, args);
    };
    const second = scheduler.grade((await records.card(DEFAULT_PROFILE_ID, 'c-b'))!, 1, T0 + 5);
    try {
      expect(await records.recordGrade(second.card, second.log)).toEqual(expect.any(Number));
      // The count follows the grade's resolving; a read of its stores waits for it to end.
      expect(await db.getAllKeys('meta', allPendingGrades())).toHaveLength(1);
    } finally {
      proto.put = put;
    }
    expect(await db.count('reviews')).toBe(2);
    expect(await db.getAll('daily')).not.toEqual(await counted(records, DEFAULT_PROFILE_ID));

    // Another tab (another `Records`) reads next: both counts are made again from the records.
    const other = new Records(db);
    expect(await other.daily(DEFAULT_PROFILE_ID)).toEqual(
      await counted(records, DEFAULT_PROFILE_ID)
    );
    expect(await db.getAllKeys('meta', allPendingGrades())).toEqual([]);
    expect(await db.get('meta', talliesKey(DEFAULT_PROFILE_ID))).toBeUndefined();
  });

  it('leaves no marker when the grade is refused as already made in another tab', async () => {
    const { db, records } = await open();
    await records.ensureCards(DEFAULT_PROFILE_ID, cardsFor(DEFAULT_PROFILE_ID, ['c-a'], T0));
    const { card, log } = scheduler.grade((await records.card(DEFAULT_PROFILE_ID, 'c-a'))!, 3, T0);
    expect(await records.recordGrade(card, log)).toEqual(expect.any(Number));
    expect(await records.recordGrade(card, { ...log, uid: undefined })).toBeNull();
    expect(await db.count('reviews')).toBe(1);
    expect(await db.getAllKeys('meta', allPendingGrades())).toEqual([]);
    expect(await records.daily(DEFAULT_PROFILE_ID)).toEqual(
      await counted(records, DEFAULT_PROFILE_ID)
    );
  });
});

describe('an import', () => {
  async function studied(records: Records, profileId: string, ids: string[], at: number) {
    await records.ensureCards(profileId, cardsFor(profileId, ids, T0));
    for (const [i, id] of ids.entries()) {
      const { card, log } = scheduler.grade((await records.card(profileId, id))!, 3, at + i * DAY);
      await records.recordGrade(card, log);
    }
  }

  it('counts the imported logs by day, and leaves other profiles’ counts alone', async () => {
    const source = await open();
    await studied(source.records, DEFAULT_PROFILE_ID, ['c-a', 'c-b', 'c-c'], T0);
    const backup = await backupOf(source.store, T0);

    // A device with other grades of the same profile, and a profile the backup does not hold.
    const target = await open();
    await studied(target.records, DEFAULT_PROFILE_ID, ['c-x'], T0 - 5 * DAY);
    const local = (await target.records.createProfile('local', 1)).id;
    await studied(target.records, local, ['c-y'], T0 - 9 * DAY);
    const localCounts = await target.records.daily(local);
    await importBackup(target.store, backup);
    expect(await target.records.daily(DEFAULT_PROFILE_ID)).toEqual(
      await source.records.daily(DEFAULT_PROFILE_ID)
    );
    expect(await target.records.daily(DEFAULT_PROFILE_ID)).toEqual(
      await counted(target.records, DEFAULT_PROFILE_ID)
    );
    expect(await target.records.daily(local)).toEqual(localCounts);

    // Restoring every profile here clears the store, and the counts are right at once.
    const whole = await open();
    await studied(whole.records, DEFAULT_PROFILE_ID, ['c-x'], T0 - 5 * DAY);
    await whole.db.put('meta', true, DAILY_STALE);
    await importBackup(whole.store, backup);
    expect(await whole.db.get('meta', DAILY_STALE)).toBeUndefined();
    expect(await whole.db.getAll('daily')).toEqual(aggregate(backup.reviews));
  });
});

describe('the statistics’ card reads', () => {
  const card = fc.record({
    item: fc.integer({ min: 0, max: 30 }),
    phase: fc.constantFrom(...CARD_PHASES),
    due: fc.integer({ min: -40 * DAY, max: 40 * DAY }),
    suspended: fc.boolean()
  });

  it('count due cards and read phases as reading every card would', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(card, { maxLength: 40 }), async (specs) => {
        const { db, records } = await open();
        const kid = (await records.createProfile('سارة', 1)).id;
        for (const s of specs) {
          // Each profile's cards, so that a read of one can be seen to keep to it.
          const profileId = s.item % 3 === 0 ? kid : DEFAULT_PROFILE_ID;
          let c = newCard(profileId, `c-${s.item}`, s.item, `s-${s.item}`, T0);
          if (s.phase !== 'new') c = scheduler.grade(c, 1, T0).card;
          c = { ...c, phase: s.phase, due: T0 + s.due };
          await db.put('cards', suspend(c, s.suspended));
        }
        const cards = await records.cards(DEFAULT_PROFILE_ID);
        const options = { now: T0, days: 30, dayStartHour: 4 };
        const { keys, ends } = forecastDays(options);
        const dueIn = await records.dueCountsBetween(DEFAULT_PROFILE_ID, ends);
        expect(forecastFromCounts(keys, dueIn)).toEqual(dueForecast(cards, options));
        const topicOf = (id: string) => `t${Number(id.slice(2)) % 4}`;
        const topics = ['t0', 't1', 't2', 't3'];
        expect(
          masteryByTopic(await records.cardPhases(DEFAULT_PROFILE_ID), topicOf, topics)
        ).toEqual(masteryByTopic(cards, topicOf, topics));
      }),
      { numRuns: 30 }
    );
  });
});
