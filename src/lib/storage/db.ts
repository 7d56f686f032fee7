import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames
} from 'idb';
import { mergeDeviceSettings, type DeviceSettings } from '$lib/domain/settings';

/**
 * The one owner of IndexedDB: schema, version, migrations, and every read and write.
 * Components and state classes call the functions of `Store`; nothing else imports `idb`.
 */

export const DB_NAME = 'dars';

export interface Profile {
  id: string;
  /** Empty for the profile made on first start; the interface shows it as "Me". */
  name: string;
  createdAt: number;
}

export interface DarsSchema extends DBSchema {
  /** 'device' → DeviceSettings; later 'profile:<id>' → that profile's settings. */
  settings: { key: string; value: unknown };
  profiles: { key: string; value: Profile };
  /** Small facts about the database itself: 'activeProfile', 'lastBackupAt', … */
  meta: { key: string; value: unknown };
}

export type DarsDatabase = IDBPDatabase<DarsSchema>;
type UpgradeTx = IDBPTransaction<DarsSchema, StoreNames<DarsSchema>[], 'versionchange'>;

export interface Migration {
  version: number;
  up(db: DarsDatabase, tx: UpgradeTx): Promise<void> | void;
}

export const DEFAULT_PROFILE_ID = 'default';

/**
 * Ordered, never renumbered; each runs when the stored version is older than its own.
 * Add a new one at the end and raise nothing else: DB_VERSION follows the list.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    // 1: device settings only.
    version: 1,
    up(db) {
      db.createObjectStore('settings');
    }
  },
  {
    // 2: profiles, so several students can share a tablet; the first start gets one profile.
    version: 2,
    async up(db, tx) {
      db.createObjectStore('profiles', { keyPath: 'id' });
      db.createObjectStore('meta');
      await tx.objectStore('profiles').put({ id: DEFAULT_PROFILE_ID, name: '', createdAt: 0 });
      await tx.objectStore('meta').put(DEFAULT_PROFILE_ID, 'activeProfile');
    }
  }
];

export const DB_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

export interface OpenHandlers {
  /** An older connection in another tab holds the database; opening waits until it closes. */
  onBlocked?: () => void;
  /** Another tab opened a newer version: this connection has been closed and must not be used. */
  onStale?: () => void;
}

/** Opens (and upgrades) the database. `upTo` exists for tests that build an older version. */
export async function openDatabase(
  handlers: OpenHandlers = {},
  upTo: number = DB_VERSION,
  name: string = DB_NAME
): Promise<DarsDatabase> {
  const db = await openDB<DarsSchema>(name, upTo, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      for (const m of MIGRATIONS) {
        if (m.version > oldVersion && m.version <= upTo) await m.up(db, tx);
      }
    },
    blocked() {
      handlers.onBlocked?.();
    },
    blocking() {
      // Let the other tab's upgrade through, then tell the user this tab is out of date.
      db.close();
      handlers.onStale?.();
    }
  });
  return db;
}

/** A write that did not happen, with a reason the interface can explain. */
export class StorageError extends Error {
  constructor(
    readonly reason: 'quota' | 'closed' | 'unknown',
    cause?: unknown
  ) {
    super(reason, { cause });
    this.name = 'StorageError';
  }
}

export function toStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  const name = e instanceof DOMException || e instanceof Error ? e.name : '';
  if (name === 'QuotaExceededError') return new StorageError('quota', e);
  if (name === 'InvalidStateError') return new StorageError('closed', e);
  return new StorageError('unknown', e);
}

/** Every read and write the app makes, on one open database. */
export class Store {
  constructor(readonly db: DarsDatabase) {}

  async deviceSettings(): Promise<DeviceSettings> {
    return mergeDeviceSettings(await this.db.get('settings', 'device'));
  }

  async saveDeviceSettings(settings: DeviceSettings): Promise<void> {
    try {
      await this.db.put('settings', { ...settings }, 'device');
    } catch (e) {
      throw toStorageError(e);
    }
  }

  profiles(): Promise<Profile[]> {
    return this.db.getAll('profiles');
  }

  async activeProfileId(): Promise<string> {
    const id = await this.db.get('meta', 'activeProfile');
    return typeof id === 'string' ? id : DEFAULT_PROFILE_ID;
  }

  close(): void {
    this.db.close();
  }
}
