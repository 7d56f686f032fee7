// Asserts the storage module on a real IndexedDB implementation (fake-indexeddb): a fresh open,
// settings merged over defaults, a migration from version 1 with data in it, and the
// blocked/versionchange handling between two connections.
import 'fake-indexeddb/auto';
import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { createScheduler, DEFAULT_SCHEDULER_SETTINGS, newCard, undo } from '$lib/domain/cards';
import { makeBackup } from '$lib/domain/backup';
import { DEFAULT_DEVICE_SETTINGS } from '$lib/domain/settings';
import { DB_VERSION, DEFAULT_PROFILE_ID, openDatabase, Store, toStorageError } from './db';

let n = 0;
const fresh = () => `dars-test-${++n}`;
const opened: { close(): void }[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('openDatabase', () => {
  it('creates every store at the current version, with a default profile', async () => {
    const name = fresh();
    const db = await openDatabase({}, DB_VERSION, name);
    opened.push(db);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([
      'attempts',
      'cards',
      'classes',
      'meta',
      'profiles',
      'reviews',
      'settings'
    ]);
    const store = new Store(db);
    expect(await store.profiles()).toEqual([{ id: DEFAULT_PROFILE_ID, name: '', createdAt: 0 }]);
    expect(await store.activeProfileId()).toBe(DEFAULT_PROFILE_ID);
  });

  it('reads settings merged over the defaults and saves them', async () => {
    const db = await openDatabase({}, DB_VERSION, fresh());
    opened.push(db);
    const store = new Store(db);
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

    const db = await openDatabase({}, DB_VERSION, name);
    opened.push(db);
    const store = new Store(db);
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
    opened.push(db);
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
    opened.push(db);
    expect(db.version).toBe(DB_VERSION);
    await deleteDB(fresh());
  });
});

describe('cards and reviews', () => {
  const T0 = Date.UTC(2026, 10, 30, 9);
  const make = (id: string, order: number) => ({
    itemId: id,
    make: () => newCard('p1', id, order, `s-${id}`, T0)
  });

  it('makes missing cards once and keeps existing progress', async () => {
    const db = await openDatabase({}, DB_VERSION, fresh());
    opened.push(db);
    const store = new Store(db);
    expect(await store.ensureCards('p1', [make('a', 0), make('b', 1)])).toBe(2);
    const graded = createScheduler(DEFAULT_SCHEDULER_SETTINGS).grade(
      (await store.card('p1', 'a'))!,
      3,
      T0
    );
    await store.recordGrade(graded.card, graded.log);
    expect(await store.ensureCards('p1', [make('a', 0), make('b', 1), make('c', 2)])).toBe(1);
    expect((await store.card('p1', 'a'))!.phase).toBe('learning');
    expect(await store.countNew('p1')).toBe(2);
    expect(await store.countNew('p2')).toBe(0);
  });

  it('reads the queue through the sparse due and new indexes', async () => {
    const db = await openDatabase({}, DB_VERSION, fresh());
    opened.push(db);
    const store = new Store(db);
    await store.ensureCards('p1', [make('a', 2), make('b', 0), make('c', 1)]);
    expect((await store.newCards('p1', 2)).map((c) => c.itemId)).toEqual(['b', 'c']);
    expect(await store.dueCards('p1', Infinity)).toEqual([]);
    const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
    const { card, log } = scheduler.grade((await store.card('p1', 'c'))!, 1, T0);
    await store.recordGrade(card, log);
    expect((await store.dueCards('p1', T0 + 86_400_000)).map((c) => c.itemId)).toEqual(['c']);
    expect(await store.countDue('p1', T0)).toBe(0);
    expect((await store.newCards('p1')).map((c) => c.itemId)).toEqual(['b', 'a']);
  });

  it('writes a grade and takes it back atomically', async () => {
    const db = await openDatabase({}, DB_VERSION, fresh());
    opened.push(db);
    const store = new Store(db);
    await store.ensureCards('p1', [make('a', 0)]);
    const before = (await store.card('p1', 'a'))!;
    const { card, log } = createScheduler(DEFAULT_SCHEDULER_SETTINGS).grade(before, 3, T0);
    const id = await store.recordGrade(card, log);
    expect(await store.reviewsSince('p1', T0)).toHaveLength(1);
    expect(await store.reviewsOf('p1', 'a')).toHaveLength(1);
    await store.undoGrade(id, undo({ ...log, id }));
    expect(await store.reviewsSince('p1', 0)).toEqual([]);
    expect(await store.card('p1', 'a')).toEqual(before);
  });

  it('migrates a version 2 database with settings and profiles to cards and reviews', async () => {
    const name = fresh();
    const v2 = await openDatabase({}, 2, name);
    await v2.put('settings', { theme: 'dark' }, 'device');
    await v2.put('profiles', { id: 'kid', name: 'سارة', createdAt: 5 });
    v2.close();
    const db = await openDatabase({}, DB_VERSION, name);
    opened.push(db);
    const store = new Store(db);
    expect((await store.deviceSettings()).theme).toBe('dark');
    expect((await store.profiles()).map((p) => p.name)).toContain('سارة');
    expect(await store.ensureCards('kid', [make('a', 0)])).toBe(1);
  });
});

describe('profiles', () => {
  it('keeps each profile apart and deletes one with everything it owns', async () => {
    const db = await openDatabase({}, DB_VERSION, fresh());
    opened.push(db);
    const store = new Store(db);
    const leila = await store.createProfile('ليلى', 1);
    const make = (pid: string) => ({ itemId: 'a', make: () => newCard(pid, 'a', 0, 'a', 0) });
    await store.ensureCards(DEFAULT_PROFILE_ID, [make(DEFAULT_PROFILE_ID)]);
    await store.ensureCards(leila.id, [make(leila.id)]);
    const { card, log } = createScheduler(DEFAULT_SCHEDULER_SETTINGS).grade(
      (await store.card(leila.id, 'a'))!,
      1,
      5
    );
    await store.recordGrade(card, log);
    await store.saveProfileSettings(leila.id, { quizFeeds: false });
    await store.renameProfile(leila.id, 'ليلى أحمد');
    expect((await store.profiles()).map((p) => p.name).sort()).toEqual(['', 'ليلى أحمد']);
    expect(await store.reviewsSince(DEFAULT_PROFILE_ID, 0)).toEqual([]);
    expect(await store.reviewsSince(leila.id, 0)).toHaveLength(1);

    await store.deleteProfile(leila.id);
    expect((await store.profiles()).map((p) => p.id)).toEqual([DEFAULT_PROFILE_ID]);
    expect(await store.cards(leila.id)).toEqual([]);
    expect(await store.reviewsSince(leila.id, 0)).toEqual([]);
    expect(await store.profileSettings(leila.id)).toBeUndefined();
    expect(await store.cards(DEFAULT_PROFILE_ID)).toHaveLength(1);
  });
});

describe('backup', () => {
  it('restores a profile whole and never overwrites another profile with the same ids', async () => {
    const T = 1_700_000_000_000;
    const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
    const seed = async (name: string, pid: string) => {
      const db = await openDatabase({}, DB_VERSION, name);
      opened.push(db);
      const store = new Store(db);
      if (pid !== DEFAULT_PROFILE_ID) {
        await db.put('profiles', { id: pid, name: pid, createdAt: 1 });
      }
      await store.ensureCards(pid, [{ itemId: 'a', make: () => newCard(pid, 'a', 0, 'a', T) }]);
      const { card, log } = scheduler.grade((await store.card(pid, 'a'))!, 3, T);
      await store.recordGrade(card, log);
      return store;
    };
    const source = await seed(fresh(), 'kid');
    const backup = makeBackup(await source.exportData('dars'), T, DB_VERSION);
    const target = await seed(fresh(), 'local');
    // Both databases gave their first review id 1: the import must not overwrite the local one.
    await target.importBackup(backup);
    await target.importBackup(backup);
    expect(await target.reviewsSince('local', 0)).toHaveLength(1);
    expect(await target.reviewsSince('kid', 0)).toHaveLength(1);
    expect((await target.card('kid', 'a'))!.phase).toBe('learning');
    expect((await target.card('local', 'a'))!.phase).toBe('learning');
    expect((await target.profiles()).map((p) => p.id).sort()).toEqual([
      DEFAULT_PROFILE_ID,
      'kid',
      'local'
    ]);
  });
});

describe('toStorageError', () => {
  it('recognises a full disk', () => {
    expect(toStorageError(new DOMException('full', 'QuotaExceededError')).reason).toBe('quota');
    expect(toStorageError(new Error('x')).reason).toBe('unknown');
  });
});
