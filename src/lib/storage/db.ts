import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames
} from 'idb';
import type { ClassQuiz, QuizAttempt } from '$lib/domain/attempts';
import type { Backup, BackupData, ExistingKeys } from '$lib/domain/backup';
import type { CardRecord, ReviewLogRecord } from '$lib/domain/cards';
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
  /** One per (profile, item). The two queue indexes are sparse: see CardRecord's index fields. */
  cards: {
    key: [string, string];
    value: CardRecord;
    indexes: { byDue: [string, number]; byNew: [string, number] };
  };
  /** Append-only (undo removes the last entries); id in order of writing. */
  reviews: {
    key: number;
    value: ReviewLogRecord;
    indexes: { byTime: [string, number]; byItem: [string, string, number] };
  };
  /** Quiz attempts with every answer, newest last. */
  attempts: {
    key: number;
    value: QuizAttempt;
    indexes: { byProfile: [string, number] };
  };
  /** Class quizzes a teacher made here, each with the result codes collected for it. */
  classes: {
    key: string;
    value: ClassQuiz;
    indexes: { byProfile: [string, number] };
  };
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
  },
  {
    // 3: flashcards and the review log. The queue reads the byDue/byNew indexes, never a scan.
    version: 3,
    up(db) {
      const cards = db.createObjectStore('cards', { keyPath: ['profileId', 'itemId'] });
      cards.createIndex('byDue', ['profileId', 'queueDue']);
      cards.createIndex('byNew', ['profileId', 'newOrder']);
      const reviews = db.createObjectStore('reviews', { keyPath: 'id', autoIncrement: true });
      reviews.createIndex('byTime', ['profileId', 'review']);
      reviews.createIndex('byItem', ['profileId', 'itemId', 'review']);
    }
  },
  {
    // 4: quiz attempts.
    version: 4,
    up(db) {
      const attempts = db.createObjectStore('attempts', { keyPath: 'id', autoIncrement: true });
      attempts.createIndex('byProfile', ['profileId', 'startedAt']);
    }
  },
  {
    // 5: class quizzes and their collected results.
    version: 5,
    up(db) {
      const classes = db.createObjectStore('classes', { keyPath: 'code' });
      classes.createIndex('byProfile', ['profileId', 'createdAt']);
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
    await write(() => this.db.put('settings', { ...settings }, 'device'));
  }

  profiles(): Promise<Profile[]> {
    return this.db.getAll('profiles');
  }

  async createProfile(name: string, now: number): Promise<Profile> {
    const profile = {
      id: `p-${now.toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
      name,
      createdAt: now
    };
    await write(() => this.db.add('profiles', profile));
    return profile;
  }

  async renameProfile(id: string, name: string): Promise<void> {
    await write(async () => {
      const tx = this.db.transaction('profiles', 'readwrite');
      const profile = await tx.store.get(id);
      if (profile) await tx.store.put({ ...profile, name });
      await tx.done;
    });
  }

  /** Deletes a profile and everything it owns (cards, reviews, quizzes, class quizzes, settings). */
  async deleteProfile(id: string): Promise<void> {
    await write(async () => {
      const stores = [
        'profiles',
        'cards',
        'reviews',
        'attempts',
        'classes',
        'settings',
        'meta'
      ] as const;
      const tx = this.db.transaction([...stores], 'readwrite');
      void tx.objectStore('profiles').delete(id);
      void tx.objectStore('settings').delete(`profile:${id}`);
      void tx.objectStore('meta').delete(`cardsSynced:${id}`);
      void tx.objectStore('cards').delete(profileRange(id));
      const byProfile = IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
      for (const key of await tx.objectStore('reviews').index('byTime').getAllKeys(byProfile)) {
        void tx.objectStore('reviews').delete(key);
      }
      for (const key of await tx.objectStore('attempts').index('byProfile').getAllKeys(byProfile)) {
        void tx.objectStore('attempts').delete(key);
      }
      for (const key of await tx.objectStore('classes').index('byProfile').getAllKeys(byProfile)) {
        void tx.objectStore('classes').delete(key);
      }
      await tx.done;
    });
  }

  async setActiveProfile(id: string): Promise<void> {
    await write(() => this.db.put('meta', id, 'activeProfile'));
  }

  async activeProfileId(): Promise<string> {
    const id = await this.db.get('meta', 'activeProfile');
    return typeof id === 'string' ? id : DEFAULT_PROFILE_ID;
  }

  meta(key: string): Promise<unknown> {
    return this.db.get('meta', key);
  }

  async setMeta(key: string, value: unknown): Promise<void> {
    await write(() => this.db.put('meta', value, key));
  }

  async profileSettings(profileId: string): Promise<unknown> {
    return this.db.get('settings', `profile:${profileId}`);
  }

  async saveProfileSettings(profileId: string, value: object): Promise<void> {
    await write(() => this.db.put('settings', { ...value }, `profile:${profileId}`));
  }

  /**
   * Makes sure every item of the bank has a card for this profile, in one transaction. Existing
   * cards (and their progress) are left alone, so a new bank version keeps everyone's progress.
   */
  async ensureCards(
    profileId: string,
    wanted: readonly { itemId: string; make: () => CardRecord }[]
  ): Promise<number> {
    return write(async () => {
      const tx = this.db.transaction('cards', 'readwrite');
      const existing = new Set(
        (await tx.store.getAllKeys(profileRange(profileId))).map(([, itemId]) => itemId)
      );
      let added = 0;
      for (const w of wanted) {
        if (existing.has(w.itemId)) continue;
        void tx.store.put(w.make());
        added++;
      }
      await tx.done;
      return added;
    });
  }

  /** Scheduled cards (learning, review, relearning; not suspended) due before `before`. */
  dueCards(profileId: string, before: number, limit?: number): Promise<CardRecord[]> {
    const range = IDBKeyRange.bound([profileId, -Infinity], [profileId, before], false, true);
    return this.db.getAllFromIndex('cards', 'byDue', range, limit);
  }

  /** New, unsuspended cards in article order. */
  newCards(profileId: string, limit?: number): Promise<CardRecord[]> {
    const range = IDBKeyRange.bound([profileId, -Infinity], [profileId, Infinity]);
    return this.db.getAllFromIndex('cards', 'byNew', range, limit);
  }

  countDue(profileId: string, before: number): Promise<number> {
    const range = IDBKeyRange.bound([profileId, -Infinity], [profileId, before], false, true);
    return this.db.countFromIndex('cards', 'byDue', range);
  }

  countNew(profileId: string): Promise<number> {
    const range = IDBKeyRange.bound([profileId, -Infinity], [profileId, Infinity]);
    return this.db.countFromIndex('cards', 'byNew', range);
  }

  card(profileId: string, itemId: string): Promise<CardRecord | undefined> {
    return this.db.get('cards', [profileId, itemId]);
  }

  cards(profileId: string): Promise<CardRecord[]> {
    return this.db.getAll('cards', profileRange(profileId));
  }

  async putCard(card: CardRecord): Promise<void> {
    await write(() => this.db.put('cards', card));
  }

  /** Reviews of one profile from `since` on, oldest first. */
  reviewsSince(profileId: string, since: number): Promise<ReviewLogRecord[]> {
    const range = IDBKeyRange.bound([profileId, since], [profileId, Infinity]);
    return this.db.getAllFromIndex('reviews', 'byTime', range);
  }

  reviewsOf(profileId: string, itemId: string): Promise<ReviewLogRecord[]> {
    const range = IDBKeyRange.bound([profileId, itemId, -Infinity], [profileId, itemId, Infinity]);
    return this.db.getAllFromIndex('reviews', 'byItem', range);
  }

  /** A grade: the card's new state and its log entry, in one transaction. Resolves to the log's id. */
  recordGrade(card: CardRecord, log: ReviewLogRecord): Promise<number> {
    return write(async () => {
      const tx = this.db.transaction(['cards', 'reviews'], 'readwrite');
      void tx.objectStore('cards').put(card);
      const id = await tx.objectStore('reviews').add(log);
      await tx.done;
      return id;
    });
  }

  /** Takes a grade back: the log entry goes and the card returns to its state before it. */
  async undoGrade(logId: number, previous: CardRecord): Promise<void> {
    await write(async () => {
      const tx = this.db.transaction(['cards', 'reviews'], 'readwrite');
      void tx.objectStore('reviews').delete(logId);
      void tx.objectStore('cards').put(previous);
      await tx.done;
    });
  }

  /**
   * A finished quiz and, when its answers feed the scheduler, the cards and log entries they
   * produce: all in one transaction.
   */
  saveAttempt(
    attempt: QuizAttempt,
    graded: readonly { card: CardRecord; log: ReviewLogRecord }[] = []
  ): Promise<number> {
    return write(async () => {
      const tx = this.db.transaction(['attempts', 'cards', 'reviews'], 'readwrite');
      for (const { card, log } of graded) {
        void tx.objectStore('cards').put(card);
        void tx.objectStore('reviews').add(log);
      }
      const id = await tx.objectStore('attempts').add(attempt);
      await tx.done;
      return id;
    });
  }

  /** The profile's quiz attempts, newest first. */
  async attempts(profileId: string, limit = 50): Promise<QuizAttempt[]> {
    const range = IDBKeyRange.bound([profileId, -Infinity], [profileId, Infinity]);
    const out: QuizAttempt[] = [];
    let cursor = await this.db
      .transaction('attempts')
      .store.index('byProfile')
      .openCursor(range, 'prev');
    while (cursor && out.length < limit) {
      out.push(cursor.value);
      cursor = await cursor.continue();
    }
    return out;
  }

  async saveClass(quiz: ClassQuiz): Promise<void> {
    await write(() => this.db.put('classes', quiz));
  }

  classQuiz(code: string): Promise<ClassQuiz | undefined> {
    return this.db.get('classes', code);
  }

  /** The profile's class quizzes, newest first. */
  async classes(profileId: string): Promise<ClassQuiz[]> {
    const range = IDBKeyRange.bound([profileId, -Infinity], [profileId, Infinity]);
    return (await this.db.getAllFromIndex('classes', 'byProfile', range)).reverse();
  }

  /** Adds a student's result to a class quiz, in one transaction; false if it was already there. */
  async addClassResult(code: string, result: ClassQuiz['results'][number]): Promise<boolean> {
    return write(async () => {
      const tx = this.db.transaction('classes', 'readwrite');
      const quiz = await tx.store.get(code);
      if (!quiz || quiz.results.some((r) => r.key === result.key)) {
        await tx.done;
        return false;
      }
      await tx.store.put({ ...quiz, results: [...quiz.results, result] });
      await tx.done;
      return true;
    });
  }

  /** Everything in the database, read in one transaction, for a backup. */
  async exportData(app: string): Promise<BackupData> {
    const tx = this.db.transaction(
      ['settings', 'profiles', 'cards', 'reviews', 'attempts', 'classes'],
      'readonly'
    );
    const [device, profiles, cards, reviews, attempts, classes] = await Promise.all([
      tx.objectStore('settings').get('device'),
      tx.objectStore('profiles').getAll(),
      tx.objectStore('cards').getAll(),
      tx.objectStore('reviews').getAll(),
      tx.objectStore('attempts').getAll(),
      tx.objectStore('classes').getAll()
    ]);
    const profileSettings: Record<string, unknown> = {};
    for (const p of profiles) {
      profileSettings[p.id] = await tx.objectStore('settings').get(`profile:${p.id}`);
    }
    await tx.done;
    return {
      app,
      device: mergeDeviceSettings(device),
      profiles,
      profileSettings,
      cards,
      reviews,
      attempts,
      classes
    };
  }

  /** The keys already stored, for an import's preview. */
  async existingKeys(): Promise<ExistingKeys> {
    const tx = this.db.transaction(['profiles', 'cards', 'reviews', 'attempts', 'classes']);
    const [profiles, cards, reviewIds, attemptIds, classCodes] = await Promise.all([
      tx.objectStore('profiles').getAll(),
      tx.objectStore('cards').getAllKeys(),
      tx.objectStore('reviews').getAllKeys(),
      tx.objectStore('attempts').getAllKeys(),
      tx.objectStore('classes').getAllKeys()
    ]);
    await tx.done;
    return {
      profiles,
      cards: cards.map(([profileId, itemId]) => ({ profileId, itemId })),
      reviewIds,
      attemptIds,
      classCodes
    };
  }

  /**
   * Restores a validated backup in one transaction: each profile in it is replaced whole (its
   * cards, reviews, quizzes and class quizzes here are removed, then the backup's written); other
   * profiles are left alone. Review and quiz ids are kept unless another profile here already uses
   * one, in which case the record gets a new id. Nothing is written if any write fails.
   */
  async importBackup(backup: Backup): Promise<void> {
    await write(async () => {
      const stores = [
        'settings',
        'profiles',
        'cards',
        'reviews',
        'attempts',
        'classes',
        'meta'
      ] as const;
      const tx = this.db.transaction([...stores], 'readwrite');
      const reviews = tx.objectStore('reviews');
      const attempts = tx.objectStore('attempts');
      const classes = tx.objectStore('classes');
      for (const p of backup.profiles) {
        const byProfile = IDBKeyRange.bound([p.id, -Infinity], [p.id, Infinity]);
        void tx.objectStore('cards').delete(profileRange(p.id));
        for (const key of await reviews.index('byTime').getAllKeys(byProfile)) {
          void reviews.delete(key);
        }
        for (const key of await attempts.index('byProfile').getAllKeys(byProfile)) {
          void attempts.delete(key);
        }
        for (const key of await classes.index('byProfile').getAllKeys(byProfile)) {
          void classes.delete(key);
        }
        // Cards for bank items the backup lacks are made again on the next start.
        void tx.objectStore('meta').delete(`cardsSynced:${p.id}`);
        void tx.objectStore('profiles').put(p);
      }
      void tx.objectStore('settings').put({ ...backup.device }, 'device');
      for (const [id, value] of Object.entries(backup.profileSettings)) {
        void tx.objectStore('settings').put(value, `profile:${id}`);
      }
      // parseBackup derived the cards' queue-index fields again, so they cannot come in wrong.
      for (const card of backup.cards) void tx.objectStore('cards').put(card);
      for (const review of backup.reviews) {
        const { id, ...rest } = review;
        if (await reviews.getKey(id)) void reviews.add(rest);
        else void reviews.put(review);
      }
      for (const attempt of backup.attempts) {
        const { id, ...rest } = attempt;
        if (await attempts.getKey(id)) void attempts.add(rest);
        else void attempts.put(attempt);
      }
      for (const c of backup.classes) void classes.put(c);
      await tx.done;
    });
  }

  /** Puts cards first in today's queue: a review becomes due now, a new card goes to the front. */
  async bringForward(profileId: string, itemIds: readonly string[], now: number): Promise<void> {
    await write(async () => {
      const tx = this.db.transaction('cards', 'readwrite');
      for (const itemId of itemIds) {
        const card = await tx.store.get([profileId, itemId]);
        if (!card || card.suspended) continue;
        if (card.phase === 'new') void tx.store.put({ ...card, newOrder: -1 - card.order });
        else void tx.store.put({ ...card, due: now, queueDue: now });
      }
      await tx.done;
    });
  }

  close(): void {
    this.db.close();
  }
}

function profileRange(profileId: string): IDBKeyRange {
  return IDBKeyRange.bound([profileId, ''], [profileId, '\uffff']);
}

async function write<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw toStorageError(e);
  }
}
