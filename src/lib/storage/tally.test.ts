// Asserts the card tallies on fake-indexeddb: random grades, undos, quizzes, suspensions, resets,
// cards brought forward and a course deleted keep the forecast and mastery read from the tallies
// equal to reading every card (and, while no bulk change happened, kept write by write rather
// than counted again); a write made before the deck set a placement, a bank of another version
// and an import each make the next read count them again; a profile deleted takes its tallies.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScheduler, resetCard, suspend } from '$lib/domain/cards';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/settings-schema';
import { masteryByTopic } from '$lib/domain/mastery';
import { dueForecast, forecastDays, forecastFromCounts } from '$lib/domain/stats';
import { countTallies, masteryFromPlaces, type Place } from '$lib/domain/tally';
import { importBackup } from './backup';
import { DEFAULT_PROFILE_ID, talliesKey } from './db';
import { Records } from './records';
import {
  backupOf,
  cardsFor as newCards,
  isLogStep,
  logSteps,
  logWriter,
  testDatabases
} from './test-fixtures';

const { fresh, open } = testDatabases('tally-test');

const T0 = Date.UTC(2026, 11, 2, 9, 37);
const DAY = 86_400_000;
const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
const ITEMS = ['c-a', 'c-b', 'c-c', 'c-d', 'mine:a', 'mine:b', 'gone'];
const TOPICS = ['t0', 't1', 't2'];
/** The bank: every item but `gone`, in two courses that share a topic id. */
const PLACES = new Map<string, Place>(
  ITEMS.filter((id) => id !== 'gone').map((id, i) => [
    id,
    { course: id.startsWith('mine:') ? 'mine' : 'built-in', topic: TOPICS[i % 3]! }
  ])
);
const placement = { version: 'v1', placeOf: (id: string) => PLACES.get(id) };

const cardsFor = (profileId: string) => newCards(profileId, ITEMS, T0);

/** What the statistics read through the tallies equals reading every card. */
async function expectLikeEveryCard(records: Records, profileId: string, now: number, hour: number) {
  const cards = await records.cards(profileId);
  const options = { now, days: 30, dayStartHour: hour };
  const { keys, ends } = forecastDays(options);
  expect(forecastFromCounts(keys, await records.dueCounts(profileId, ends))).toEqual(
    dueForecast(cards, options)
  );
  for (const course of [undefined, 'mine', 'built-in']) {
    const inScope = (c: string) => course === undefined || c === course;
    const topicOf = (id: string) => {
      const place = PLACES.get(id);
      return place && inScope(place.course) ? place.topic : undefined;
    };
    expect(masteryFromPlaces((await records.placeCounts(profileId))!, inScope, TOPICS)).toEqual(
      masteryByTopic(cards, topicOf, TOPICS)
    );
  }
}

/** The stored tallies of a profile equal counting its cards from scratch. */
async function expectStoredLikeCounted(db: Records['db'], records: Records, profileId: string) {
  const stored = await db.getAll('tallies', IDBKeyRange.bound([profileId], [profileId, []]));
  const counted = countTallies(await records.cards(profileId), placement.placeOf);
  const sort = (xs: unknown[]) => xs.map((x) => JSON.stringify(x)).sort();
  expect(sort(stored)).toEqual(sort(counted));
}

describe('card tallies', () => {
  const step = fc.oneof(
    ...logSteps(ITEMS, 9 * DAY),
    fc.record({
      kind: fc.constantFrom('suspend' as const, 'resume' as const, 'reset' as const),
      profile: fc.nat(1),
      item: fc.constantFrom(...ITEMS)
    }),
    fc.record({
      kind: fc.constant('forward' as const),
      profile: fc.nat(1),
      items: fc.subarray(ITEMS, { minLength: 1 })
    })
  );

  it('give the forecast and mastery of every card, kept write by write', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { maxLength: 25 }),
        fc.integer({ min: 0, max: 23 }),
        async (steps, hour) => {
          const { db, records } = await open();
          records.usePlacement(placement);
          const kid = (await records.createProfile('سارة', 1)).id;
          const profiles = [DEFAULT_PROFILE_ID, kid];
          for (const p of profiles) {
            await records.ensureCards(p, cardsFor(p));
            // The first read counts them; from then on every write keeps them.
            await records.placeCounts(p);
          }
          const writer = logWriter(records, profiles, T0);
          let deleted = false;
          for (const s of steps) {
            deleted ||= s.kind === 'deleteCourse';
            if (isLogStep(s)) {
              await writer.apply(s);
            } else if (s.kind === 'forward') {
              await records.bringForward(profiles[s.profile]!, s.items, writer.now());
            } else {
              const card = await records.card(profiles[s.profile]!, s.item);
              if (!card) continue;
              const next =
                s.kind === 'reset'
                  ? resetCard(card, writer.now())
                  : suspend(card, s.kind === 'suspend');
              await records.putCard(next);
            }
          }
          for (const p of profiles) {
            // Only a deleted course makes them stale; else each write kept them.
            expect(await db.get('meta', talliesKey(p))).toBe(deleted ? undefined : 'v1');
            if (!deleted) await expectStoredLikeCounted(db, records, p);
            await expectLikeEveryCard(records, p, writer.now(), hour);
            await expectStoredLikeCounted(db, records, p);
          }
        }
      ),
      { numRuns: 25 }
    );
  });

  it('are counted again after a write made with no placement, or for a new bank', async () => {
    const name = fresh();
    const { db, records } = await open(name);
    records.usePlacement(placement);
    await records.ensureCards(DEFAULT_PROFILE_ID, cardsFor(DEFAULT_PROFILE_ID));
    await records.placeCounts(DEFAULT_PROFILE_ID);
    expect(await db.get('meta', talliesKey(DEFAULT_PROFILE_ID))).toBe('v1');

    // Another page of the app that has not synced yet: its grade marks them stale.
    const other = new Records(db);
    const card = (await other.card(DEFAULT_PROFILE_ID, 'c-a'))!;
    const graded = scheduler.grade(card, 3, T0);
    await other.recordGrade(graded.card, graded.log);
    expect(await db.get('meta', talliesKey(DEFAULT_PROFILE_ID))).toBeUndefined();
    expect(await other.placeCounts(DEFAULT_PROFILE_ID)).toBeNull();
    await expectLikeEveryCard(records, DEFAULT_PROFILE_ID, T0, 4);
    expect(await db.get('meta', talliesKey(DEFAULT_PROFILE_ID))).toBe('v1');

    // A bank of another version places the items anew: the next read counts them with it.
    PLACES.set('gone', { course: 'built-in', topic: 't0' });
    try {
      records.usePlacement({ ...placement, version: 'v2' });
      const mastery = masteryFromPlaces(
        (await records.placeCounts(DEFAULT_PROFILE_ID))!,
        () => true,
        TOPICS
      );
      expect(mastery.find((r) => r.topic === 't0')?.total).toBe(3);
      expect(await db.get('meta', talliesKey(DEFAULT_PROFILE_ID))).toBe('v2');
    } finally {
      PLACES.delete('gone');
    }
  });

  it('are counted again after an import, and go with a deleted profile', async () => {
    const source = await open();
    source.records.usePlacement(placement);
    await source.records.ensureCards(DEFAULT_PROFILE_ID, cardsFor(DEFAULT_PROFILE_ID));
    for (const [i, id] of ['c-a', 'c-b', 'mine:a'].entries()) {
      const card = (await source.records.card(DEFAULT_PROFILE_ID, id))!;
      const { card: next, log } = scheduler.grade(card, 3, T0 + i * DAY);
      await source.records.recordGrade(next, log);
    }
    const backup = await backupOf(source.store, T0);

    const { db, store, records } = await open();
    records.usePlacement(placement);
    await records.ensureCards(DEFAULT_PROFILE_ID, cardsFor(DEFAULT_PROFILE_ID));
    const kid = (await records.createProfile('سارة', 1)).id;
    await records.ensureCards(kid, cardsFor(kid));
    await records.placeCounts(DEFAULT_PROFILE_ID);
    await records.placeCounts(kid);
    await importBackup(store, backup);
    expect(await db.get('meta', talliesKey(DEFAULT_PROFILE_ID))).toBeUndefined();
    await expectLikeEveryCard(records, DEFAULT_PROFILE_ID, T0 + 3 * DAY, 4);

    await records.deleteProfile(kid);
    expect(await db.get('meta', talliesKey(kid))).toBeUndefined();
    expect(await db.count('tallies', IDBKeyRange.bound([kid], [kid, []]))).toBe(0);
    expect(await db.count('tallies')).toBeGreaterThan(0);
  });
});
