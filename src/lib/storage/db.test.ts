// Asserts the storage module on a real IndexedDB implementation (fake-indexeddb): a fresh open,
// settings merged over defaults, a migration from version 1 with data in it, and the
// blocked/versionchange handling between two connections.
import 'fake-indexeddb/auto';
import { deleteDB, openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
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
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'profiles', 'settings']);
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

describe('toStorageError', () => {
  it('recognises a full disk', () => {
    expect(toStorageError(new DOMException('full', 'QuotaExceededError')).reason).toBe('quota');
    expect(toStorageError(new Error('x')).reason).toBe('unknown');
  });
});
