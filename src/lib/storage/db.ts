import {
  openDB,
  type DBSchema,
  type IDBPDatabase,
  type IDBPTransaction,
  type StoreNames
} from 'idb';
import type {
  CardRecord,
  ClassQuiz,
  DailyRecord,
  Profile,
  QuizAttempt,
  ReviewLogRecord
} from '$lib/domain/records';
import type { Item } from '$lib/domain/bank';
import type { CourseMeta, DeviceCourse } from '$lib/domain/course';
import type { TallyKey, TallyRecord } from '$lib/domain/tally';
import { legacyUid } from '$lib/domain/review-uid';
import { mergeDeviceSettings, type DeviceSettings } from '$lib/domain/settings';
import type { ProfileSettings } from '$lib/domain/settings-schema';

/**
 * The one owner of IndexedDB: schema, version, migrations, and every read and write.
 * Components and state classes call the functions of `Store`; nothing else imports `idb`.
 */

export const DB_NAME = 'dars';

export type { Profile };

export interface DarsSchema extends DBSchema {
  /** 'device' → DeviceSettings; later 'profile:<id>' → that profile's settings. */
  settings: { key: string; value: unknown };
  profiles: { key: string; value: Profile };
  /** Small facts about the database itself: 'activeProfile', 'lastBackupAt', … */
  meta: { key: string; value: unknown };
  /** One per (profile, item). The three queue indexes are sparse: see CardRecord's index fields. */
  cards: {
    key: [string, string];
    value: CardRecord;
    indexes: {
      byDue: [string, number];
      byNew: [string, number];
      byLearning: [string, number];
    };
  };
  /** Append-only (undo removes the last entries); id in order of writing. */
  reviews: {
    key: number;
    value: ReviewLogRecord;
    indexes: {
      byTime: [string, number];
      byItem: [string, string, number];
      byStep: [string, string, [number, number]];
    };
  };
  /**
   * The review log counted per profile, UTC day and quarter hour (`domain/daily.ts`), kept in step
   * with `reviews` by every write to it; what the statistics read.
   */
  daily: { key: [string, number]; value: DailyRecord };
  /**
   * The cards counted by due day and quarter hour, and by their item's course and topic
   * (`domain/tally.ts`): what the forecast and mastery read instead of the cards. Valid while
   * `meta` `tallies:<profile>` names the bank version they were counted with.
   */
  tallies: { key: TallyKey; value: TallyRecord };
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
  /** Courses made on the device: what a list shows. Their text and items are in courseContent. */
  courses: { key: string; value: CourseMeta };
  /** Courses made on the device, whole (text and bank); read only when a screen needs one. */
  courseContent: { key: string; value: DeviceCourse };
  /**
   * Every course's items, one record each as its bank has it, written once per bank version
   * (`storage/items.ts`), so that the study queue reads only the items of the cards it shows, not
   * the banks. A course's items are valid while `meta` `bankShell:<course>` (its bank without the
   * items) names the version of the bank it now has.
   */
  items: { key: string; value: Item; indexes: { byCourse: string } };
  /**
   * Review logs an import wrote in blocks (`storage/log-blocks.ts`), keyed by the id of a block's
   * first log; spread into `reviews` in the background after the import, so empty most of the time.
   */
  logBlocks: { key: number; value: LogBlock };
  /**
   * Cards an import on a new device wrote in blocks (`storage/card-blocks.ts`), each block an
   * array of cards under a generated key; spread into `cards` right after the import, before any
   * read of the cards, so empty most of the time.
   */
  cardBlocks: { key: number; value: CardRecord[] };
  /**
   * A copy of the older review logs in blocks (`storage/log-archive.ts`), keyed by the id of a
   * block's first log, for the readers of the whole log (an export, a merge). A migration that
   * changes or deletes logs clears it.
   */
  logArchive: { key: number; value: LogBlock };
}

/** Review logs stored together, in id order, each with the id it keeps in `reviews`. */
export interface LogBlock {
  first: number;
  logs: (ReviewLogRecord & { id: number })[];
}

export type DarsDatabase = IDBPDatabase<DarsSchema>;
type UpgradeTx = IDBPTransaction<DarsSchema, StoreNames<DarsSchema>[], 'versionchange'>;

/** The cards store in an upgrade, untyped: for an index the schema no longer has. */
const cardsStore = (tx: UpgradeTx) => tx.objectStore('cards') as unknown as IDBObjectStore;

export interface Migration {
  version: number;
  up(db: DarsDatabase, tx: UpgradeTx): Promise<void> | void;
}

/**
 * A migration step: each review log without a `uid` gets the one derived from what it is
 * (`legacyUid`: profile, item, moment, grade), so the same old review has the same uid on every
 * device that holds it (two devices restored from one backup, say). Grades from now on get random
 * ones (`Records.recordGrade`). Its own function so that it can take whichever number it lands at.
 */
export async function giveReviewsUids(_db: DarsDatabase, tx: UpgradeTx): Promise<void> {
  let log = await tx.objectStore('reviews').openCursor();
  while (log) {
    if (log.value.uid === undefined) await log.update({ ...log.value, uid: legacyUid(log.value) });
    log = await log.continue();
  }
}

export const DEFAULT_PROFILE_ID = 'default';
/**
 * The `meta` key set (to true) while the `daily` store does not match the review log: from the
 * version 8 upgrade of a database that had reviews until the first read rebuilds it.
 */
export const DAILY_STALE = 'dailyStale';
/**
 * The `meta` key that names the bank version a profile's card tallies were counted with; absent
 * while they do not match the cards (then the next read counts them again).
 */
export const talliesKey = (profileId: string): string => `tallies:${profileId}`;
/** Every profile's `talliesKey`: deleting it marks every profile's tallies stale. */
export const allTallies = (): IDBKeyRange => IDBKeyRange.bound('tallies:', 'tallies:\uffff');
/**
 * The `meta` key (value: the profile id) of a grade whose card and log are stored but not yet
 * counted into the daily counts and the card tallies: `Records.recordGrade` counts them in a
 * second transaction. One left behind by a tab closed in between marks both stale.
 */
export const pendingGradeKey = (uid: string): string => `pending:${uid}`;
/** Every `pendingGradeKey`. */
export const allPendingGrades = (): IDBKeyRange => IDBKeyRange.bound('pending:', 'pending:\uffff');
/** The `meta` key of the course the reader showed last. */
export const LAST_COURSE = 'lastCourse';

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
  },
  {
    // 6: a sparse index of (re)learning cards, so a queue reads them all and only the earliest
    // reviews, however many are overdue. Existing cards get the field here; the rule is written
    // out rather than imported so that this step stays as it was when it shipped. And a unique,
    // sparse index of the card state each grade started from (see Records.recordGrade); logs
    // written before have no such field and are left out of it.
    version: 6,
    async up(_db, tx) {
      tx.objectStore('reviews').createIndex('byStep', ['profileId', 'itemId', 'from'], {
        unique: true
      });
      const cards = tx.objectStore('cards');
      cards.createIndex('byLearning', ['profileId', 'learnDue']);
      let cursor = await cards.openCursor();
      while (cursor) {
        const card = cursor.value;
        if (!card.suspended && (card.phase === 'learning' || card.phase === 'relearning')) {
          await cursor.update({ ...card, learnDue: card.due });
        }
        cursor = await cursor.continue();
      }
      // Review logs drop the copy of the card they kept (half their size), keeping its sibling
      // group, which the queue reads; undo restores the card the session still holds.
      let log = await tx.objectStore('reviews').openCursor();
      while (log) {
        const { previous, ...rest } = log.value as typeof log.value & {
          previous?: { sibling: string };
        };
        if (previous) await log.update({ ...rest, sibling: previous.sibling });
        log = await log.continue();
      }
    }
  },
  {
    // 7: courses made on the device, the list apart from the content. Built-in item ids already
    // hash their course, and device-made ones carry it (`<course>:<id>`): no record changes here.
    version: 7,
    up(db) {
      db.createObjectStore('courses', { keyPath: 'id' });
      db.createObjectStore('courseContent', { keyPath: 'id' });
    }
  },
  {
    // 8: the review log counted per day (the statistics read it, not every log), and the cards by
    // phase (mastery read their keys, not the cards; 13 removes the index). Counting 100,000 logs
    // takes seconds, too long to hold the first screen, and its code would join the first
    // screen's: the store is marked stale here and built from the log by the first read
    // (`Records.daily`).
    version: 8,
    async up(db, tx) {
      db.createObjectStore('daily', { keyPath: ['profileId', 'day'] });
      cardsStore(tx).createIndex('byPhase', ['profileId', 'phase']);
      if ((await tx.objectStore('reviews').count()) > 0) {
        await tx.objectStore('meta').put(true, DAILY_STALE);
      }
    }
  },
  // 9: every review gets a uid, the same on every device, so two devices' logs can be merged.
  { version: 9, up: giveReviewsUids },
  {
    // 10: the cards counted for the forecast and mastery (`tallies`), so that the statistics read
    // neither the cards nor an index of them. Empty here: no profile's tallies are valid until the
    // first read counts them, with the bank it then has.
    version: 10,
    up(db) {
      db.createObjectStore('tallies', { keyPath: ['profileId', 'kind', 'at'] });
    }
  },
  {
    // 11: the banks' items one by one (`items`, by course), so that a start reads the items of the
    // day's cards rather than parsing every bank. Empty here: filled the next time the banks are
    // read, or a course is saved.
    version: 11,
    up(db) {
      db.createObjectStore('items', { keyPath: 'id' }).createIndex('byCourse', 'article');
    }
  },
  {
    // 12: review logs written in blocks by an import (a record each costs the import seconds at a
    // year of study), then spread into `reviews` in the background.
    version: 12,
    up(db) {
      db.createObjectStore('logBlocks', { keyPath: 'first' });
    }
  },
  {
    // 13: no `byPhase` index on the cards. Mastery reads the tallies (version 10); the index held
    // every card, and writing 50,000 cards (an import on a new device) took a sixth longer with it.
    version: 13,
    up(_db, tx) {
      const cards = cardsStore(tx);
      if (cards.indexNames.contains('byPhase')) cards.deleteIndex('byPhase');
    }
  },
  {
    // 14: cards written in blocks by an import on a new device (50,000 cards, a record each, took
    // it 5–7 s), then spread into `cards` before they are read.
    version: 14,
    up(db) {
      db.createObjectStore('cardBlocks', { autoIncrement: true });
    }
  },
  {
    // 15: a copy of the older review logs in blocks, for an export (100,000 logs, a record each,
    // took it about 1.6 s to read).
    version: 15,
    up(db) {
      db.createObjectStore('logArchive', { keyPath: 'first' });
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

async function migrate(db: DarsDatabase, tx: UpgradeTx, from: number, upTo: number): Promise<void> {
  for (const m of MIGRATIONS) {
    if (m.version > from && m.version <= upTo) await m.up(db, tx);
  }
}

/** Opens (and upgrades) the database. `upTo` exists for tests that build an older version. */
export async function openDatabase(
  handlers: OpenHandlers = {},
  upTo: number = DB_VERSION,
  name: string = DB_NAME
): Promise<DarsDatabase> {
  const db = await openDB<DarsSchema>(name, upTo, {
    upgrade(db, oldVersion, _newVersion, tx) {
      // The upgrade transaction stays open while the steps' requests run. A step that fails aborts
      // it, so the open fails with the database left at its old version, not half-migrated.
      void migrate(db, tx, oldVersion, upTo).catch(() => {
        try {
          tx.abort();
        } catch {
          // It had already finished or aborted by itself.
        }
      });
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

  /**
   * Whether a profile has studied anything yet, in one quick read: a review it logged, or any logs
   * an import left in blocks (whose profiles are not read here).
   */
  async hasStudied(profileId: string): Promise<boolean> {
    const range = IDBKeyRange.bound([profileId, -Infinity], [profileId, Infinity]);
    const [review, block] = await Promise.all([
      this.db.getKeyFromIndex('reviews', 'byTime', range),
      // A database opened at an older version (the migration tests) has no blocks.
      this.db.objectStoreNames.contains('logBlocks')
        ? this.db.getKey('logBlocks', IDBKeyRange.lowerBound(-Infinity))
        : undefined
    ]);
    return review !== undefined || block !== undefined;
  }

  async setActiveProfile(id: string): Promise<void> {
    await write(() => this.db.put('meta', id, 'activeProfile'));
  }

  async activeProfileId(): Promise<string> {
    const id = await this.db.get('meta', 'activeProfile');
    return typeof id === 'string' ? id : DEFAULT_PROFILE_ID;
  }

  /** The course the reader showed last, if any. */
  async lastCourse(): Promise<string | null> {
    const id = await this.db.get('meta', LAST_COURSE);
    return typeof id === 'string' ? id : null;
  }

  async setLastCourse(id: string): Promise<void> {
    await write(() => this.db.put('meta', id, LAST_COURSE));
  }

  meta(key: string): Promise<unknown> {
    return this.db.get('meta', key);
  }

  async setMeta(key: string, value: unknown): Promise<void> {
    await write(() => this.db.put('meta', value, key));
  }

  /** As stored: read it with `parseProfileSettings` (valibot stays off the first screen). */
  async profileSettings(profileId: string): Promise<unknown> {
    return this.db.get('settings', `profile:${profileId}`);
  }

  /** Saved with the moment (`updatedAt`), so a merge keeps the settings saved last. */
  async saveProfileSettings(
    profileId: string,
    value: ProfileSettings,
    updatedAt: number
  ): Promise<void> {
    await write(() => this.db.put('settings', { ...value, updatedAt }, `profile:${profileId}`));
  }

  close(): void {
    this.db.close();
  }
}

export function profileRange(profileId: string): IDBKeyRange {
  return IDBKeyRange.bound([profileId, ''], [profileId, '\uffff']);
}

/**
 * Awaits the writes `run` makes in `tx` and the commit. If anything throws first (a request the
 * browser refuses at once, say), the transaction is aborted, so none of its writes land.
 */
export async function allOrNothing<T>(
  tx: { abort(): void; done: Promise<void> },
  run: () => Promise<T>
): Promise<T> {
  // An abort while `run` still awaits a read would otherwise leave `tx.done` rejected unheard.
  tx.done.catch(() => {});
  try {
    const result = await run();
    await tx.done;
    return result;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // It had already finished or aborted by itself.
    }
    await tx.done.catch(() => {});
    throw e;
  }
}

/**
 * Issues a write without awaiting it: its transaction reports the outcome (`tx.done`), so the
 * request's own rejection, on an abort, is not left unhandled.
 */
export function queued(request: Promise<unknown>): void {
  request.catch(() => {});
}

/** Runs a write, turning what the browser throws into a `StorageError`. */
export async function write<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw toStorageError(e);
  }
}
