// Asserts the storage module on a real IndexedDB implementation (fake-indexeddb): a fresh open,
// settings merged over defaults, a migration from version 1 with data in it, and the
// blocked/versionchange handling between two connections.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { deleteDB, openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { createScheduler, newCard, suspend } from '$lib/domain/cards';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/settings-schema';
import { makeBackup } from '$lib/domain/backup';
import { aggregate } from '$lib/domain/daily';
import type { CardRecord } from '$lib/domain/records';
import { scopeCourse } from '$lib/domain/course';
import { testBank } from '$lib/domain/fixtures/banks';
import { DEFAULT_QUIZ_SETTINGS } from '$lib/domain/quiz';
import { DEFAULT_DEVICE_SETTINGS } from '$lib/domain/settings';
import { parseProfileSettings } from '$lib/domain/settings-schema';
import { exportData, importBackup, mergeBackup } from './backup';
import { legacyUid } from '$lib/domain/review-uid';
import { Records, recordsOf } from './records';
import { DB_VERSION, DEFAULT_PROFILE_ID, openDatabase, Store, toStorageError } from './db';
import { backupOf, testDatabases } from './test-fixtures';

const { fresh, keep, open } = testDatabases('dars-test');

describe('openDatabase', () => {
  it('creates every store at the current version, with a default profile', async () => {
    const name = fresh();
    const db = await openDatabase({}, DB_VERSION, name);
    keep(db);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'attempts',
      'cardBlocks',
      'cards',
      'classes',
      'courseContent',
      'courses',
      'daily',
      'items',
      'logArchive',
      'logBlocks',
      'meta',
      'profiles',
      'reviews',
      'settings',
      'tallies'
    ]);
    const store = new Store(db);
    expect(await store.profiles()).toEqual([{ id: DEFAULT_PROFILE_ID, name: '', createdAt: 0 }]);
    expect(await store.activeProfileId()).toBe(DEFAULT_PROFILE_ID);
  });

  it('reads settings merged over the defaults and saves them', async () => {
    const { db, store } = await open();
    expect(await store.deviceSettings()).toEqual(DEFAULT_DEVICE_SETTINGS);
    await db.put('settings', { theme: 'dark', digits: 'bogus' }, 'device');
    expect(await store.deviceSettings()).toEqual({ ...DEFAULT_DEVICE_SETTINGS, theme: 'dark' });
    await store.saveDeviceSettings({ ...DEFAULT_DEVICE_SETTINGS, lang: 'en', textSize: 'lg' });
    expect((await store.deviceSettings()).lang).toBe('en');
    expect((await store.deviceSettings()).textSize).toBe('lg');
  });

  it('migrates a version 1 database with data in it, keeping the data', async () => {
    const name = fresh();
    const v1 = await openDatabase({}, 1, name);
    expect([...v1.objectStoreNames]).toEqual(['settings']);
    await v1.put('settings', { lang: 'en', digits: 'arab', theme: 'dark' }, 'device');
    v1.close();

    const { store } = await open(name);
    expect(await store.deviceSettings()).toEqual({
      ...DEFAULT_DEVICE_SETTINGS,
      lang: 'en',
      digits: 'arab',
      theme: 'dark'
    });
    expect((await store.profiles()).map((p) => p.id)).toEqual([DEFAULT_PROFILE_ID]);
    expect(await store.activeProfileId()).toBe(DEFAULT_PROFILE_ID);
  });

  it('closes an old connection when another opens a newer version, and reports it', async () => {
    const name = fresh();
    let stale = 0;
    const old = await openDatabase({ onStale: () => stale++ }, 1, name);
    const db = await openDatabase({}, DB_VERSION, name);
    keep(db);
    expect(stale).toBe(1);
    expect(db.version).toBe(DB_VERSION);
    await expect(old.get('settings', 'device')).rejects.toThrow();
  });

  it('reports a blocked open and completes once the old connection goes away', async () => {
    const name = fresh();
    // A connection from an old build that does not close on versionchange.
    const stubborn = await openDB(name, 1, {
      upgrade: (db) => void db.createObjectStore('settings')
    });
    let blocked = 0;
    const pending = openDatabase({ onBlocked: () => blocked++ }, DB_VERSION, name);
    await new Promise((r) => setTimeout(r, 20));
    expect(blocked).toBe(1);
    stubborn.close();
    const db = await pending;
    keep(db);
    expect(db.version).toBe(DB_VERSION);
    await deleteDB(fresh());
  });
});

describe('cards and reviews', () => {
  const T0 = Date.UTC(2026, 10, 30, 9);
  const HOUR = 3_600_000;
  const make = (id: string, order: number) => ({
    itemId: id,
    make: () => newCard('p1', id, order, `s-${id}`, T0)
  });

  it('makes missing cards once and keeps existing progress', async () => {
    const { records } = await open();
    expect(await records.ensureCards('p1', [make('a', 0), make('b', 1)])).toBe(2);
    const graded = createScheduler(DEFAULT_SCHEDULER_SETTINGS).grade(
      (await records.card('p1', 'a'))!,
      3,
      T0
    );
    await records.recordGrade(graded.card, graded.log);
    expect(await records.ensureCards('p1', [make('a', 0), make('b', 1), make('c', 2)])).toBe(1);
    expect((await records.card('p1', 'a'))!.phase).toBe('learning');
    expect(await records.countNew('p1')).toBe(2);
    expect(await records.countNew('p2')).toBe(0);
  });

  it('makes many cards in batches, and one made meanwhile keeps its progress', async () => {
    const { records } = await open();
    const wanted = Array.from({ length: 130 }, (_, i) => make(`x${i}`, i));
    // While the first batch is written, card x120 is made and graded elsewhere (another tab).
    const graded = createScheduler(DEFAULT_SCHEDULER_SETTINGS).grade(wanted[120]!.make(), 3, T0);
    const late = wanted.map((w, i) =>
      i === 0
        ? {
            ...w,
            make: () => {
              void records.recordGrade(graded.card, graded.log);
              return w.make();
            }
          }
        : w
    );
    expect(await records.ensureCards('p1', late)).toBe(129);
    expect(await records.countNew('p1')).toBe(129);
    expect((await records.card('p1', 'x120'))!.phase).toBe('learning');
  });

  it('reads the queue through the sparse due and new indexes', async () => {
    const { records } = await open();
    await records.ensureCards('p1', [make('a', 2), make('b', 0), make('c', 1)]);
    expect((await records.newCards('p1', 2)).map((c) => c.itemId)).toEqual(['b', 'c']);
    expect(await records.dueCards('p1', Infinity)).toEqual([]);
    const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
    const { card, log } = scheduler.grade((await records.card('p1', 'c'))!, 1, T0);
    await records.recordGrade(card, log);
    expect((await records.dueCards('p1', T0 + 86_400_000)).map((c) => c.itemId)).toEqual(['c']);
    expect(await records.countDue('p1', T0)).toBe(0);
    expect((await records.newCards('p1')).map((c) => c.itemId)).toEqual(['b', 'a']);
  });

  it('writes a grade and takes it back atomically', async () => {
    const { records } = await open();
    await records.ensureCards('p1', [make('a', 0)]);
    const before = (await records.card('p1', 'a'))!;
    const { card, log } = createScheduler(DEFAULT_SCHEDULER_SETTINGS).grade(before, 3, T0);
    expect(await records.hasReviews('p1')).toBe(false);
    const id = await records.recordGrade(card, log);
    expect(await records.reviewsSince('p1', T0)).toHaveLength(1);
    expect(await records.reviewsOf('p1', 'a')).toHaveLength(1);
    expect(await records.hasReviews('p1')).toBe(true);
    expect(await records.hasReviews('p2')).toBe(false);
    await records.undoGrade(id!, before);
    expect(await records.reviewsSince('p1', 0)).toEqual([]);
    expect(await records.hasReviews('p1')).toBe(false);
    expect(await records.card('p1', 'a')).toEqual(before);
  });

  it('says whether a profile has studied: a review of its own, or logs an import left in blocks', async () => {
    const { db, store, records } = await open();
    await records.ensureCards('p1', [make('a', 0)]);
    expect(await store.hasStudied('p1')).toBe(false);
    const before = (await records.card('p1', 'a'))!;
    const { card, log } = createScheduler(DEFAULT_SCHEDULER_SETTINGS).grade(before, 3, T0);
    const id = await records.recordGrade(card, log);
    expect(await store.hasStudied('p1')).toBe(true);
    expect(await store.hasStudied('p2')).toBe(false);
    await records.undoGrade(id!, before);
    expect(await store.hasStudied('p1')).toBe(false);
    await db.put('logBlocks', { first: 1, logs: [{ ...log, id: 1 }] });
    expect(await store.hasStudied('p2')).toBe(true);
  });

  it('keeps learning cards in their own index and reads the earliest due cards first', async () => {
    const db = await openDatabase({}, DB_VERSION, fresh());
    keep(db);
    const records = recordsOf(new Store(db));
    await records.ensureCards('p1', [make('a', 0), make('b', 1), make('c', 2), make('d', 3)]);
    const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
    // a: learning (Again); b, c: reviews (Easy) graded an hour apart; d stays new.
    for (const [id, grade, at] of [
      ['a', 1, T0 + 2 * HOUR],
      ['b', 4, T0],
      ['c', 4, T0 + HOUR]
    ] as const) {
      const { card, log } = scheduler.grade((await records.card('p1', id))!, grade, at);
      await records.recordGrade(card, log);
    }
    expect((await records.learningCards('p1', Infinity)).map((c) => c.itemId)).toEqual(['a']);
    expect((await records.dueCards('p1', Infinity, 2)).map((c) => c.itemId)).toEqual(['a', 'b']);
    expect((await records.dueCards('p1', Infinity)).map((c) => c.itemId)).toEqual(['a', 'b', 'c']);
    await records.putCard(suspend((await records.card('p1', 'a'))!, true));
    expect(await records.learningCards('p1', Infinity)).toEqual([]);
  });

  it("gives cards their item's new sibling group, writing only those that changed", async () => {
    const db = await openDatabase({}, DB_VERSION, fresh());
    keep(db);
    const records = recordsOf(new Store(db));
    await records.ensureCards('p1', [make('a', 0), make('b', 1), make('c', 2)]);
    await records.ensureCards('p2', [
      { itemId: 'a', make: () => newCard('p2', 'a', 0, 's-a', T0) }
    ]);
    const { card, log } = createScheduler(DEFAULT_SCHEDULER_SETTINGS).grade(
      (await records.card('p1', 'a'))!,
      4,
      T0
    );
    await records.recordGrade(card, log);
    const graded = (await records.card('p1', 'a'))!;
    // The new bank puts a and b in one sentence's group; c keeps its own; d is not a card.
    const groups = new Map([
      ['a', 'sentence-1'],
      ['b', 'sentence-1'],
      ['c', 's-c'],
      ['d', 'sentence-2']
    ]);
    expect(await records.regroupCards('p1', (id) => groups.get(id))).toBe(2);
    expect(await records.card('p1', 'a')).toEqual({ ...graded, sibling: 'sentence-1' });
    expect((await records.card('p1', 'b'))!.sibling).toBe('sentence-1');
    expect((await records.card('p1', 'c'))!.sibling).toBe('s-c');
    expect((await records.card('p2', 'a'))!.sibling).toBe('s-a');
    expect((await records.newCards('p1')).map((c) => c.itemId)).toEqual(['b', 'c']);
    // Nothing changed since: nothing is written.
    expect(await records.regroupCards('p1', (id) => groups.get(id))).toBe(0);
  });

  it('migrates version 5 cards to the learning index', async () => {
    const name = fresh();
    const v5 = await openDatabase({}, 5, name);
    const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
    const learning = scheduler.grade(newCard('p1', 'a', 0, 's-a', T0), 1, T0).card;
    const review = scheduler.grade(newCard('p1', 'b', 1, 's-b', T0), 4, T0).card;
    // Written as version 5 wrote them: without the learning field.
    for (const card of [learning, review, newCard('p1', 'c', 2, 's-c', T0)]) {
      const old = { ...card };
      delete old.learnDue;
      await v5.put('cards', old);
    }
    v5.close();
    const db = await openDatabase({}, DB_VERSION, name);
    keep(db);
    const records = recordsOf(new Store(db));
    expect(await records.learningCards('p1', Infinity)).toEqual([learning]);
    expect(await records.cards('p1')).toHaveLength(3);
    expect((await records.card('p1', 'b'))!.learnDue).toBeUndefined();
  });

  it('migrates version 5 review logs: the copy of the card goes, its sibling group stays', async () => {
    const name = fresh();
    const v5 = await openDatabase({}, 5, name);
    const before = newCard('p1', 'a', 0, 's-a', T0);
    const { log } = createScheduler(DEFAULT_SCHEDULER_SETTINGS).grade(before, 3, T0);
    // Written as version 5 wrote logs: a whole copy of the card, no sibling, no `from`.
    const old = { ...log, previous: before } as Record<string, unknown>;
    delete old.sibling;
    delete old.from;
    const id = await v5.add('reviews', old as unknown as typeof log);
    v5.close();
    const db = await openDatabase({}, DB_VERSION, name);
    keep(db);
    const [migrated] = await recordsOf(new Store(db)).reviewsSince('p1', 0);
    const expected = { ...log, id, uid: legacyUid(log) } as Record<string, unknown>;
    delete expected.from;
    expect(migrated).toEqual(expected);
  });

  it('migrates version 7 review logs: each gets the uid derived from it, the same on any device', async () => {
    const name = fresh();
    const v7 = await openDatabase({}, 7, name);
    const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
    const first = scheduler.grade(newCard('p1', 'a', 0, 's-a', T0), 3, T0);
    const second = scheduler.grade(first.card, 1, T0 + HOUR);
    const other = scheduler.grade(newCard('p2', 'a', 0, 's-a', T0), 3, T0);
    const logs = [first.log, second.log, other.log];
    const ids: number[] = [];
    for (const log of logs) ids.push(await v7.add('reviews', log));
    v7.close();
    const db = await openDatabase({}, DB_VERSION, name);
    keep(db);
    const migrated = await db.getAll('reviews');
    expect(migrated).toEqual(logs.map((log, i) => ({ ...log, id: ids[i], uid: legacyUid(log) })));
    expect(new Set(migrated.map((r) => r.uid)).size).toBe(3);
    // A grade from now on gets a new uid from the records' source.
    let n = 0;
    const records = new Records(db, () => `new-${++n}`);
    const third = scheduler.grade(second.card, 3, T0 + 2 * HOUR);
    const id = await records.recordGrade(third.card, third.log);
    expect((await db.get('reviews', id!))!.uid).toBe('new-1');
  });

  it('migrates a version 2 database with settings and profiles to cards and reviews', async () => {
    const name = fresh();
    const v2 = await openDatabase({}, 2, name);
    await v2.put('settings', { theme: 'dark' }, 'device');
    await v2.put('profiles', { id: 'kid', name: 'سارة', createdAt: 5 });
    v2.close();
    const { store, records } = await open(name);
    expect((await store.deviceSettings()).theme).toBe('dark');
    expect((await store.profiles()).map((p) => p.name)).toContain('سارة');
    expect(await records.ensureCards('kid', [make('a', 0)])).toBe(1);
  });
});

describe('profiles', () => {
  it('keeps each profile apart and deletes one with everything it owns', async () => {
    const { store, records } = await open();
    const leila = await records.createProfile('ليلى', 1);
    const make = (pid: string) => ({ itemId: 'a', make: () => newCard(pid, 'a', 0, 'a', 0) });
    await records.ensureCards(DEFAULT_PROFILE_ID, [make(DEFAULT_PROFILE_ID)]);
    await records.ensureCards(leila.id, [make(leila.id)]);
    const { card, log } = createScheduler(DEFAULT_SCHEDULER_SETTINGS).grade(
      (await records.card(leila.id, 'a'))!,
      1,
      5
    );
    await records.recordGrade(card, log);
    await store.saveProfileSettings(leila.id, parseProfileSettings({ quizFeeds: false }), 1);
    expect(parseProfileSettings(await store.profileSettings(leila.id)).quizFeeds).toBe(false);
    await records.renameProfile(leila.id, 'ليلى أحمد');
    expect((await store.profiles()).map((p) => p.name).sort()).toEqual(['', 'ليلى أحمد']);
    expect(await records.reviewsSince(DEFAULT_PROFILE_ID, 0)).toEqual([]);
    expect(await records.reviewsSince(leila.id, 0)).toHaveLength(1);
    expect(await records.hasReviews(DEFAULT_PROFILE_ID)).toBe(false);
    expect(await records.hasReviews(leila.id)).toBe(true);

    await records.deleteProfile(leila.id);
    expect((await store.profiles()).map((p) => p.id)).toEqual([DEFAULT_PROFILE_ID]);
    expect(await records.cards(leila.id)).toEqual([]);
    expect(await records.reviewsSince(leila.id, 0)).toEqual([]);
    expect(await store.profileSettings(leila.id)).toBeUndefined();
    expect(await records.cards(DEFAULT_PROFILE_ID)).toHaveLength(1);
  });
});

const made = (id: string) => ({
  id,
  createdAt: 5,
  text: `نص ${id}`,
  bank: scopeCourse(testBank('x', 2), id)
});

describe('quizzes in progress', () => {
  const progress = (profileId: string, kind: 'self' | 'class') => ({
    profileId,
    kind,
    startedAt: 1,
    plan: { seed: 1, settings: DEFAULT_QUIZ_SETTINGS, questions: [{ itemId: 'a' }] },
    answers: [{ kind: 'bool' as const, value: true }],
    checked: [false],
    index: 0,
    lang: 'ar' as const
  });

  it('keeps one per profile and kind, reads only a valid one, and goes with its profile', async () => {
    const { store, records } = await open();
    const leila = await records.createProfile('ليلى', 1);
    await records.saveQuizProgress(progress(leila.id, 'self'));
    await records.saveQuizProgress({ ...progress(leila.id, 'class'), classCode: 'ABC' });
    await records.saveQuizProgress(progress(DEFAULT_PROFILE_ID, 'self'));
    expect(await records.quizProgress(leila.id, 'self')).toEqual(progress(leila.id, 'self'));
    expect((await records.quizProgress(leila.id, 'class'))?.classCode).toBe('ABC');

    await store.setMeta(`quiz:self:${DEFAULT_PROFILE_ID}`, { answers: 'not a quiz' });
    expect(await records.quizProgress(DEFAULT_PROFILE_ID, 'self')).toBeNull();

    await records.deleteProfile(leila.id);
    expect(await records.quizProgress(leila.id, 'self')).toBeNull();
    expect(await records.quizProgress(leila.id, 'class')).toBeNull();
  });
});

describe('backup', () => {
  it('restores the courses made on the device, and leaves the others here alone', async () => {
    const open = async () => {
      const db = await openDatabase({}, DB_VERSION, fresh());
      keep(db);
      return new Store(db);
    };
    const source = await open();
    await recordsOf(source).saveCourse(made('from-there'));
    const backup = makeBackup(await exportData(source, 'dars'), 1, DB_VERSION);
    expect(backup.courses).toEqual([made('from-there')]);
    const target = await open();
    await recordsOf(target).saveCourse(made('made-here'));
    await importBackup(target, backup);
    const records = recordsOf(target);
    expect((await records.courses()).map((c) => c.id)).toEqual(['from-there', 'made-here']);
    expect(await records.course('from-there')).toEqual(made('from-there'));
    // A backup of a version before courses restores the rest and touches no course.
    await importBackup(target, { ...backup, courses: [] });
    expect((await records.courses()).map((c) => c.id)).toEqual(['from-there', 'made-here']);
  });

  it('restores a profile whole and never overwrites another profile with the same ids', async () => {
    const T = 1_700_000_000_000;
    const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
    const seed = async (name: string, pid: string) => {
      const { db, store, records } = await open(name);
      if (pid !== DEFAULT_PROFILE_ID) {
        await db.put('profiles', { id: pid, name: pid, createdAt: 1 });
      }
      await records.ensureCards(pid, [{ itemId: 'a', make: () => newCard(pid, 'a', 0, 'a', T) }]);
      const { card, log } = scheduler.grade((await records.card(pid, 'a'))!, 3, T);
      await records.recordGrade(card, log);
      return store;
    };
    const source = await seed(fresh(), 'kid');
    const backup = makeBackup(await exportData(source, 'dars'), T, DB_VERSION);
    const target = await seed(fresh(), 'local');
    // Both databases gave their first review id 1: the import must not overwrite the local one.
    await importBackup(target, backup);
    await importBackup(target, backup);
    expect(await recordsOf(target).reviewsSince('local', 0)).toHaveLength(1);
    expect(await recordsOf(target).reviewsSince('kid', 0)).toHaveLength(1);
    expect((await recordsOf(target).card('kid', 'a'))!.phase).toBe('learning');
    expect((await recordsOf(target).card('local', 'a'))!.phase).toBe('learning');
    expect((await target.profiles()).map((p) => p.id).sort()).toEqual([
      DEFAULT_PROFILE_ID,
      'kid',
      'local'
    ]);
  });
});

describe('merging a backup', () => {
  const T = Date.UTC(2026, 11, 1, 9);
  const HOUR = 3_600_000;
  const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);

  /** A device that made its cards at `at` and studied `grades` (item, grade) an hour apart. */
  async function device(prefix: string, at: number, grades: [string, 1 | 2 | 3 | 4][]) {
    const db = await openDatabase({}, DB_VERSION, fresh());
    keep(db);
    let n = 0;
    const records = new Records(db, () => `${prefix}-${++n}`);
    const items = ['a', 'b', 'c'].map((id, i) => ({
      itemId: id,
      make: () => newCard(DEFAULT_PROFILE_ID, id, i, `s-${id}`, at)
    }));
    await records.ensureCards(DEFAULT_PROFILE_ID, items);
    let now = at;
    for (const [item, grade] of grades) {
      now += HOUR;
      const { card, log } = scheduler.grade(
        (await records.card(DEFAULT_PROFILE_ID, item))!,
        grade,
        now
      );
      await records.recordGrade(card, log);
    }
    return new Store(db);
  }

  const backupOf = async (store: Store) =>
    makeBackup(await exportData(store, 'dars'), T, DB_VERSION);

  /** What a device holds, ids aside: reviews by uid, cards by item. */
  async function state(store: Store) {
    const data = await exportData(store, 'dars');
    const reviews = data.reviews
      .map(({ id: _, ...r }) => r)
      .sort((x, y) => (x.uid! < y.uid! ? -1 : 1));
    const cards = [...data.cards].sort((x, y) => (x.itemId < y.itemId ? -1 : 1));
    return { reviews, cards, attempts: data.attempts.length };
  }

  it('leaves two devices that merged each other’s file with the same reviews and cards', async () => {
    const one = await device('a', T, [
      ['a', 3],
      ['b', 1],
      ['a', 3]
    ]);
    const other = await device('b', T + 10 * 60_000, [
      ['a', 1],
      ['c', 4]
    ]);
    const [fromOne, fromOther] = [await backupOf(one), await backupOf(other)];
    const merged = await mergeBackup(one, fromOther);
    expect(merged).toMatchObject({ ok: true, preview: { reviews: { default: 2 } } });
    expect(await mergeBackup(other, fromOne)).toMatchObject({ ok: true });
    const [a, b] = [await state(one), await state(other)];
    expect(a).toEqual(b);
    expect(a.reviews.map((r) => r.uid).sort()).toEqual(['a-1', 'a-2', 'a-3', 'b-1', 'b-2']);
    expect(a.cards.find((c) => c.itemId === 'a')!.reps).toBe(3);
    // The daily counts are the merged log's, on both devices.
    for (const store of [one, other]) {
      const records = recordsOf(store);
      expect(await records.daily('default')).toEqual(
        aggregate(await records.reviewsSince('default', 0))
      );
    }
    // The same file again changes nothing, ids included.
    const before = await exportData(one, 'dars');
    expect(await mergeBackup(one, fromOther)).toMatchObject({
      ok: true,
      preview: { reviews: {}, cards: 0, attempts: 0 }
    });
    expect(await exportData(one, 'dars')).toEqual(before);
  });

  it('refuses a file whose uid stands for another review, and changes nothing', async () => {
    const one = await device('a', T, [['a', 3]]);
    const other = await device('b', T, [['b', 3]]);
    const hostile = await backupOf(other);
    const forged = { ...hostile, reviews: hostile.reviews.map((r) => ({ ...r, uid: 'a-1' })) };
    const before = await exportData(one, 'dars');
    expect(await mergeBackup(one, forged)).toEqual({
      ok: false,
      problem: expect.stringContaining('a-1')
    });
    expect(await exportData(one, 'dars')).toEqual(before);
  });
});

describe('toStorageError', () => {
  it('recognises a full disk', () => {
    expect(toStorageError(new DOMException('full', 'QuotaExceededError')).reason).toBe('quota');
    expect(toStorageError(new Error('x')).reason).toBe('unknown');
  });
});

describe('importing a backup never writes part of it', () => {
  const T = 1_700_000_000_000;
  const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
  /** Every record of every store, with its key. */
  async function dump(db: Awaited<ReturnType<typeof openDatabase>>) {
    const out: Record<string, unknown> = {};
    for (const name of db.objectStoreNames) {
      const tx = db.transaction(name);
      out[name] = { keys: await tx.store.getAllKeys(), values: await tx.store.getAll() };
    }
    return out;
  }

  async function studied(name: string, pid: string, items: string[]) {
    const { db, store, records } = await open(name);
    if (pid !== DEFAULT_PROFILE_ID) await db.put('profiles', { id: pid, name: pid, createdAt: 1 });
    await records.ensureCards(
      pid,
      items.map((id, i) => ({ itemId: id, make: () => newCard(pid, id, i, id, T) }))
    );
    for (const [i, id] of items.entries()) {
      const { card, log } = scheduler.grade((await records.card(pid, id))!, 3, T + i);
      await records.recordGrade(card, log);
    }
    return store;
  }

  type Patch = 'put' | 'add' | 'delete';
  /** Makes the `n`-th write from now fail: thrown at once, or as an abort of its transaction. */
  function failWrite(n: number, how: 'throw' | 'abort'): () => void {
    const proto = globalThis.IDBObjectStore.prototype as unknown as Record<
      Patch,
      (...args: unknown[]) => unknown
    >;
    const originals = { put: proto.put, add: proto.add, delete: proto.delete };
    let count = 0;
    for (const method of ['put', 'add', 'delete'] as const) {
      proto[method] = function (this: IDBObjectStore, ...args: unknown[]) {
        if (count++ === n) {
          if (how === 'throw') throw new DOMException('refused', 'DataError');
          const request = originals[method].apply(this, args);
          this.transaction.abort();
          return request;
        }
        return originals[method].apply(this, args);
      };
    }
    return () => Object.assign(proto, originals);
  }

  it('leaves the database as it was whichever write fails, and imports whole otherwise', async () => {
    const source = await studied(fresh(), 'kid', ['a', 'b', 'c', 'd']);
    await recordsOf(source).saveCourse(made('made-here'));
    const backup = await backupOf(source, T);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 40 }),
        fc.constantFrom('throw' as const, 'abort' as const),
        fc.boolean(),
        async (n, how, withLocal) => {
          // 'kid' here is replaced by the backup's; 'local', not in the backup, stays as it is.
          // Without 'local' the backup covers every profile here and the import clears the stores.
          const target = await studied(fresh(), 'kid', ['x', 'y']);
          let local = '';
          if (withLocal) {
            local = (await recordsOf(target).createProfile('local', T)).id;
            await recordsOf(target).ensureCards(local, [
              { itemId: 'z', make: () => newCard(local, 'z', 0, 'z', T) }
            ]);
          }
          const before = await dump(target.db);
          const restore = failWrite(n, how);
          let failed = false;
          try {
            await importBackup(target, backup);
          } catch (e) {
            failed = true;
            expect(toStorageError(e)).toBeInstanceOf(Error);
          } finally {
            restore();
          }
          if (failed) {
            expect(await dump(target.db)).toEqual(before);
          } else {
            const records = recordsOf(target);
            expect((await records.cards('kid')).map((c) => c.itemId).sort()).toEqual([
              'a',
              'b',
              'c',
              'd'
            ]);
            expect(await records.reviewsSince('kid', 0)).toHaveLength(4);
            expect(await records.daily('kid')).toEqual(
              aggregate(await records.reviewsSince('kid', 0))
            );
            if (withLocal) expect(await records.cards(local)).toHaveLength(1);
            expect(await records.cards('kid')).toHaveLength(4);
            expect((await records.courses()).map((c) => c.id)).toEqual(['made-here']);
            expect(await records.course('made-here')).toEqual(made('made-here'));
          }
        }
      ),
      { numRuns: 60 }
    );
  });
  it('writes only the cards that differ from those here, and removes those it lacks', async () => {
    const source = await studied(fresh(), 'kid', ['a', 'b', 'c']);
    const backup = makeBackup(await exportData(source, 'dars'), T, DB_VERSION);
    const proto = IDBObjectStore.prototype;
    const put = proto.put;
    for (const withLocal of [false, true]) {
      // 'a' and 'b' were graded here as there; 'x' is not in the backup, 'c' not here.
      const target = await studied(fresh(), 'kid', ['a', 'b', 'x']);
      if (withLocal) await recordsOf(target).createProfile('local', T);
      const written: unknown[] = [];
      proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (this.name === 'cards') written.push(args[0]);
        return put.apply(this, args);
      };
      try {
        await importBackup(target, backup);
      } finally {
        proto.put = put;
      }
      expect(await recordsOf(target).cards('kid')).toEqual(backup.cards);
      expect(written.map((c) => (c as CardRecord).itemId)).toEqual(['c']);
    }
  });

  it('writes every card over a cleared store when most cards here differ (another device)', async () => {
    const source = await studied(fresh(), 'kid', ['a', 'b', 'c']);
    const backup = makeBackup(await exportData(source, 'dars'), T, DB_VERSION);
    const proto = IDBObjectStore.prototype;
    const { put, clear } = proto;
    for (const withLocal of [false, true]) {
      // 'b' and 'c' graded here at other times than there: no card here is the backup's.
      const target = await studied(fresh(), 'kid', ['b', 'c', 'x']);
      if (withLocal) await recordsOf(target).createProfile('local', T);
      const written: string[] = [];
      let cleared = 0;
      proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if (this.name === 'cards') written.push((args[0] as CardRecord).itemId);
        return put.apply(this, args);
      };
      proto.clear = function (this: IDBObjectStore) {
        if (this.name === 'cards') cleared++;
        return clear.apply(this);
      };
      try {
        await importBackup(target, backup);
        // Into a cleared store, the cards are written when they are spread, before this read.
        expect(await recordsOf(target).cards('kid')).toEqual(backup.cards);
      } finally {
        Object.assign(proto, { put, clear });
      }
      // With 'local' here, only 'kid' is replaced: its cards are compared, 'local' is left alone.
      expect(cleared).toBe(withLocal ? 0 : 1);
      expect(written.sort()).toEqual(['a', 'b', 'c']);
    }
  });

  // The import issues its many writes without a promise each: a request the store refuses only
  // once it runs (here the unique index on a card's state, which parseBackup does not check) must
  // still abort the whole transaction.
  it('leaves the database as it was when a write is refused after it was issued', async () => {
    const source = await studied(fresh(), 'kid', ['a', 'b', 'c']);
    const backup = makeBackup(await exportData(source, 'dars'), T, DB_VERSION);
    const [first, second] = backup.reviews;
    const clash = {
      ...backup,
      reviews: [first!, { ...second!, itemId: first!.itemId, from: first!.from }]
    };
    for (const withLocal of [false, true]) {
      const target = await studied(fresh(), 'kid', ['x', 'y']);
      if (withLocal) await recordsOf(target).createProfile('local', T);
      const before = await dump(target.db);
      await expect(importBackup(target, clash)).rejects.toBeInstanceOf(Error);
      expect(await dump(target.db)).toEqual(before);
    }
  });
});
