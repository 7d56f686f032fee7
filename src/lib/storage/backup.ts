import {
  cardChanges,
  duplicateStep,
  logChanges,
  unchangedShare,
  type Backup,
  type BackupData,
  type ExistingKeys,
  type StoredReview
} from '$lib/domain/backup';
import type { CardRecord } from '$lib/domain/records';
import { mergeData, type MergeChanges, type MergeData, type MergePreview } from '$lib/domain/merge';
import { courseMeta } from '$lib/domain/course';
import { aggregate, type DailyLog } from '$lib/domain/daily';
import { mergeDeviceSettings } from '$lib/domain/settings';
import { unwrap, type IDBPTransaction } from 'idb';
import {
  allOrNothing,
  allTallies,
  DAILY_STALE,
  profileRange,
  queued,
  talliesKey,
  write,
  type DarsSchema,
  type Store
} from './db';
import { putCardBlocks, spreadCards } from './card-blocks';
import { putLogBlocks, unpackLogs } from './log-blocks';
import { clearArchive, discardArchive, wholeLog } from './log-archive';

/** A transaction over (at least) the stores a merge unites, read or written. */
type SideTx = Pick<
  IDBPTransaction<
    DarsSchema,
    ('settings' | 'profiles' | 'cards' | 'reviews' | 'logArchive' | 'attempts' | 'classes')[],
    IDBTransactionMode
  >,
  'objectStore'
>;

// Backups read and write the whole database, so they live with its owner; they are apart from
// `Store` so that the first page does not load them.

/** Everything in the database, read in one transaction, for a backup. */
export async function exportData(store: Store, app: string): Promise<BackupData> {
  await spreadCards(store.db);
  const tx = store.db.transaction(
    [
      'settings',
      'profiles',
      'cards',
      'reviews',
      'logArchive',
      'logBlocks',
      'attempts',
      'classes',
      'courseContent'
    ],
    'readonly'
  );
  const [device, [side, stale], blocks, courses] = await Promise.all([
    tx.objectStore('settings').get('device'),
    mergeSide(tx),
    tx.objectStore('logBlocks').getAll(),
    tx.objectStore('courseContent').getAll()
  ]);
  await tx.done;
  if (stale) await discardArchive(store.db);
  // Logs an import left in blocks (not yet spread into the log) are part of it.
  if (blocks.length > 0) {
    side.reviews = [...side.reviews, ...blocks.flatMap((b) => b.logs)].sort(
      (a, b) => a.id! - b.id!
    );
  }
  return backupData(app, device, side, courses);
}

/** A backup's data from what was read: the device settings merged over the defaults. */
export function backupData(
  app: string,
  device: unknown,
  side: MergeData,
  courses: BackupData['courses']
): BackupData {
  return { app, device: mergeDeviceSettings(device), ...side, courses };
}

/** Each profile's settings (stored as `profile:<id>`), read in `tx`. */
export async function profileSettingsOf(
  tx: SideTx,
  profiles: readonly { id: string }[]
): Promise<Record<string, unknown>> {
  const settings: Record<string, unknown> = {};
  for (const p of profiles) {
    settings[p.id] = await tx.objectStore('settings').get(`profile:${p.id}`);
  }
  return settings;
}

type CardsTx = Pick<
  IDBPTransaction<DarsSchema, ('cards' | 'cardBlocks')[], 'readwrite'>,
  'objectStore'
>;

/** The stored cards of `profiles`, read in `tx`. */
async function readCards(tx: CardsTx, profiles: readonly { id: string }[]): Promise<CardRecord[]> {
  const store = tx.objectStore('cards');
  return (await Promise.all(profiles.map((p) => store.getAll(profileRange(p.id))))).flat();
}

/** How many stored cards a whole restore compares with the backup's before reading them all. */
const CARD_SAMPLE = 200;

/**
 * The stored cards a whole restore compares with the backup's `cards`, read in `tx`; or null when
 * a sample of them shows that most differ (a restore on another device), and the store is better
 * cleared and written whole: at 50,000 cards, reading them all costs about 0.7 s, and writing over
 * a card costs a fifth more than writing it into an empty store.
 */
async function cardsToCompare(
  tx: CardsTx,
  cards: readonly CardRecord[]
): Promise<CardRecord[] | null> {
  const store = tx.objectStore('cards');
  const sample = await store.getAll(null, CARD_SAMPLE);
  if (unchangedShare(sample, cards) < 0.5) return null;
  return sample.length < CARD_SAMPLE ? sample : store.getAll();
}

/**
 * Makes the stored cards (`stored`, as read in `tx`; null for all of them, cleared) the backup's:
 * writes those that differ and removes those it lacks (`cardChanges`), to the bare store. Into a
 * cleared store they go in blocks (`card-blocks.ts`), spread into it after the import.
 */
function putCards(
  tx: CardsTx,
  stored: readonly CardRecord[] | null,
  cards: readonly CardRecord[]
): void {
  if (!stored) {
    queued(tx.objectStore('cards').clear());
    putCardBlocks(tx, cards);
    return;
  }
  const bare = unwrap(tx.objectStore('cards'));
  const { put, remove } = cardChanges(stored, cards);
  for (const key of remove) bare.delete(key);
  for (const card of put) bare.put(card);
}

type LogTx = Pick<
  IDBPTransaction<DarsSchema, ('reviews' | 'logBlocks' | 'logArchive')[], 'readwrite'>,
  'objectStore'
>;

/**
 * Makes the stored log `logs` in a whole restore. When few stored logs differ from the backup's
 * (a backup restored where it was made), only those are written and removed, to the bare store,
 * and the archive is kept if no stored log changed. Otherwise the log is cleared, which costs more
 * than reading it (about 3 s at 100,000 logs), and the backup's go in blocks.
 */
async function replaceLog(tx: LogTx, logs: readonly StoredReview[]): Promise<void> {
  const stored = await wholeLog(tx);
  const { put, remove } = logChanges(stored.logs, logs);
  if ((put.length + remove.length) * 4 > stored.logs.length) {
    queued(tx.objectStore('reviews').clear());
    clearArchive(tx);
    putLogBlocks(tx, logs);
    return;
  }
  const last = stored.logs.at(-1)?.id ?? -Infinity;
  if (stored.stale || remove.length > 0 || put.some((log) => log.id <= last)) clearArchive(tx);
  const bare = unwrap(tx.objectStore('reviews'));
  for (const id of remove) bare.delete(id);
  for (const log of put) bare.put(log);
}

/**
 * Writes an import's reviews or attempts to the bare store (see `importBackup`), keeping their ids
 * where no profile here still uses them (read once, not per record). Those whose id is taken are
 * added after the others, so the new ids they get cannot collide with an id still to be written.
 */
async function putKeepingIds<T extends { id: number }>(
  tx: Pick<IDBPTransaction<DarsSchema, ('reviews' | 'attempts')[], 'readwrite'>, 'objectStore'>,
  name: 'reviews' | 'attempts',
  records: readonly T[],
  cleared: boolean,
  putAll: (kept: T[]) => void = (kept) => {
    const bare = unwrap(tx.objectStore(name));
    for (const record of kept) bare.put(record);
  }
): Promise<void> {
  // A store cleared in this transaction holds no key: no need to wait for its reads.
  const taken = new Set(cleared ? [] : await tx.objectStore(name).getAllKeys());
  putAll(records.filter((r) => !taken.has(r.id)));
  const bare = unwrap(tx.objectStore(name));
  for (const record of records) if (taken.has(record.id)) bare.add(withoutId(record));
}

/** The keys already stored, for an import's preview. */
export async function existingKeys(store: Store): Promise<ExistingKeys> {
  await spreadCards(store.db);
  await unpackLogs(store.db);
  const tx = store.db.transaction([
    'profiles',
    'cards',
    'reviews',
    'attempts',
    'classes',
    'courses'
  ]);
  const [profiles, cards, reviewIds, attemptIds, classCodes, courseIds] = await Promise.all([
    tx.objectStore('profiles').getAll(),
    tx.objectStore('cards').getAllKeys(),
    tx.objectStore('reviews').getAllKeys(),
    tx.objectStore('attempts').getAllKeys(),
    tx.objectStore('classes').getAllKeys(),
    tx.objectStore('courses').getAllKeys()
  ]);
  await tx.done;
  return {
    profiles,
    cards: cards.map(([profileId, itemId]) => ({ profileId, itemId })),
    reviewIds,
    attemptIds,
    classCodes,
    courseIds
  };
}

/**
 * Restores a validated backup in one transaction: each profile in it is replaced whole (its
 * cards, reviews, quizzes and class quizzes here are removed, then the backup's written, and its
 * reviews counted by day again); other
 * profiles are left alone. The courses made on the device that it holds are stored (replacing a
 * course of the same id); other courses here stay. Review and quiz ids are kept unless another profile here already uses
 * one, in which case the record gets a new id. Nothing is written if any write fails.
 */
export async function importBackup(store: Store, backup: Backup): Promise<void> {
  await write(async () => {
    // The logs go in blocks, apart from the unique index that would refuse a grade counted twice.
    if (duplicateStep(backup.reviews) !== -1) {
      throw new DOMException('a card state graded twice', 'ConstraintError');
    }
    // The ids a kept log may not take include those of a previous import still in blocks; the
    // cards here are compared with the backup's.
    await spreadCards(store.db);
    await unpackLogs(store.db);
    const stores = [
      'settings',
      'profiles',
      'cards',
      'cardBlocks',
      'reviews',
      'logBlocks',
      'logArchive',
      'daily',
      'attempts',
      'classes',
      'courses',
      'courseContent',
      'meta'
    ] as const;
    const tx = store.db.transaction([...stores], 'readwrite');
    await allOrNothing(tx, async () => {
      const reviews = tx.objectStore('reviews');
      const attempts = tx.objectStore('attempts');
      const classes = tx.objectStore('classes');
      // When the backup holds every profile here (a device restored whole, the usual case), the
      // stores are cleared at once instead of record by record.
      const here = await tx.objectStore('profiles').getAllKeys();
      const whole = here.every((id) => backup.profiles.some((p) => p.id === id));
      // The cards are read before anything is cleared: the page turns them into objects while the
      // database clears the log (about 2 s at 100,000 logs), instead of after.
      const storedCards = whole ? cardsToCompare(tx, backup.cards) : readCards(tx, backup.profiles);
      // Awaited below; a failure meanwhile aborts the transaction, which is heard there.
      storedCards.catch(() => {});
      const log = whole ? replaceLog(tx, backup.reviews) : null;
      log?.catch(() => {});
      if (whole) {
        for (const name of ['daily', 'attempts', 'classes'] as const) {
          queued(tx.objectStore(name).clear());
        }
        // Every profile's daily counts are made below from its log.
        queued(tx.objectStore('meta').delete(DAILY_STALE));
      }
      for (const p of backup.profiles) {
        const byProfile = IDBKeyRange.bound([p.id, -Infinity], [p.id, Infinity]);
        if (!whole) {
          queued(tx.objectStore('daily').delete(byProfile));
          for (const key of await reviews.index('byTime').getAllKeys(byProfile)) {
            queued(reviews.delete(key));
          }
          for (const key of await attempts.index('byProfile').getAllKeys(byProfile)) {
            queued(attempts.delete(key));
          }
          for (const key of await classes.index('byProfile').getAllKeys(byProfile)) {
            queued(classes.delete(key));
          }
        }
        // Cards for bank items the backup lacks are made again on the next start.
        queued(tx.objectStore('meta').delete(`cardsSynced:${p.id}`));
        // And the cards are counted into their tallies again at the next read.
        queued(tx.objectStore('meta').delete(talliesKey(p.id)));
        queued(tx.objectStore('profiles').put(p));
      }
      queued(tx.objectStore('settings').put({ ...backup.device }, 'device'));
      for (const [id, value] of Object.entries(backup.profileSettings)) {
        queued(tx.objectStore('settings').put(value, `profile:${id}`));
      }
      // The bulk writes go to the bare stores: IndexedDB charges per request, and a promise with
      // its listeners for each of 150,000 records added about 1.3 s to a 23 s import. A request
      // that fails still aborts the transaction (its error reaches `tx.done`): nothing lands.
      // parseBackup derived the cards' queue-index fields again, so they cannot come in wrong.
      putCards(tx, await storedCards, backup.cards);
      // A whole restore's log is `replaceLog`'s; otherwise the logs go in blocks (`log-blocks.ts`),
      // spread into the log after the import.
      if (log) await log;
      else {
        clearArchive(tx);
        await putKeepingIds(tx, 'reviews', backup.reviews, false, (kept) => putLogBlocks(tx, kept));
      }
      // The daily counts are not in the file: they are counted again from the imported logs (every
      // log belongs to a profile of the backup, whose counts were removed above).
      for (const record of aggregate(backup.reviews)) queued(tx.objectStore('daily').put(record));
      await putKeepingIds(tx, 'attempts', backup.attempts, whole);
      for (const c of backup.classes) queued(classes.put(c));
      // parseBackup checked that every course's ids are scoped to it.
      for (const course of backup.courses) {
        queued(tx.objectStore('courseContent').put(course));
        queued(tx.objectStore('courses').put(courseMeta(course.bank, course.createdAt)));
      }
    });
  });
}

/** A record without its key, for the store to give it a new one. */
function withoutId<T extends { id?: number }>(record: T): Omit<T, 'id'> {
  const copy = { ...record };
  delete copy.id;
  return copy;
}

const MERGE_STORES = [
  'settings',
  'profiles',
  'cards',
  'reviews',
  'logArchive',
  'attempts',
  'classes',
  'courses',
  'courseContent',
  'daily',
  'meta'
] as const;

type MergeTx = IDBPTransaction<DarsSchema, (typeof MERGE_STORES)[number][], 'readwrite'>;

/**
 * What a merge reads here: every store it unites, in the transaction it is given; and whether the
 * log's archive was found stale (`log-archive.ts`).
 */
async function mergeSide(tx: SideTx): Promise<[MergeData, boolean]> {
  const [profiles, cards, { logs: reviews, stale }, attempts, classes] = await Promise.all([
    tx.objectStore('profiles').getAll(),
    tx.objectStore('cards').getAll(),
    wholeLog(tx),
    tx.objectStore('attempts').getAll(),
    tx.objectStore('classes').getAll()
  ]);
  const profileSettings = await profileSettingsOf(tx, profiles);
  return [{ profiles, profileSettings, cards, reviews, attempts, classes }, stale];
}

function applyMerge(tx: MergeTx, changes: MergeChanges): void {
  for (const p of changes.profiles) queued(tx.objectStore('profiles').put(p));
  for (const [id, value] of changes.settings) {
    queued(tx.objectStore('settings').put(value, `profile:${id}`));
  }
  const reviews = tx.objectStore('reviews');
  // Logs whose `from` changes are taken out first and written back (same ids) before the new ones:
  // under the unique byStep index, one may take a `from` another still holds until it changes.
  for (const r of changes.reviewsChanged) queued(reviews.delete(r.id!));
  for (const r of changes.reviewsChanged) queued(reviews.put(r));
  for (const r of changes.reviewsAdded) queued(reviews.add(r));
  for (const c of changes.cards) queued(tx.objectStore('cards').put(c));
  // Cards changed: their tallies are counted again at the next read.
  if (changes.cards.length > 0) queued(tx.objectStore('meta').delete(allTallies()));
  for (const a of changes.attempts) queued(tx.objectStore('attempts').add(a));
  for (const c of changes.classes) queued(tx.objectStore('classes').put(c));
}

export type MergeOutcome = { ok: true; preview: MergePreview } | { ok: false; problem: string };

/**
 * Merges a validated backup into this device's data (`mergeData`) in one transaction: read, merge,
 * write, all or nothing. Device settings stay this device's; the file's courses made on a device
 * that are not here are added (one here of the same id stays). A file the merge refuses (a uid for
 * two different reviews) writes nothing. Merging the same file again writes nothing.
 */
export async function mergeBackup(store: Store, backup: Backup): Promise<MergeOutcome> {
  return write(async () => {
    // A merge may rewrite any log or card: every log is in `reviews` first, every card in `cards`.
    await spreadCards(store.db);
    await unpackLogs(store.db);
    const tx = store.db.transaction([...MERGE_STORES], 'readwrite');
    try {
      return await allOrNothing(tx, async (): Promise<MergeOutcome> => {
        const [here, stale] = await mergeSide(tx);
        const result = mergeData(here, backup);
        if (!result.ok) throw new MergeRefused(result.problem);
        applyMerge(tx, result.changes);
        // New logs go after the archive; a log changed in it, or a stale archive, empties it.
        if (stale || result.changes.reviewsChanged.length > 0) clearArchive(tx);
        const { reviewsAdded, reviewsChanged } = result.changes;
        if (reviewsAdded.length + reviewsChanged.length > 0) {
          recountDaily(tx, [...here.reviews, ...reviewsAdded]);
        }
        await addCourses(tx, backup);
        return { ok: true, preview: result.preview };
      });
    } catch (e) {
      if (e instanceof MergeRefused) return { ok: false, problem: e.message };
      throw e;
    }
  });
}

/**
 * The daily counts made again from the merged log (`logs`: the logs read here and the ones
 * added; a merge changes no counted field of a log it keeps), in the merge's transaction.
 */
function recountDaily(tx: MergeTx, logs: readonly DailyLog[]): void {
  const daily = tx.objectStore('daily');
  queued(daily.clear());
  for (const record of aggregate(logs)) queued(daily.put(record));
}

/** The file's courses made on a device that are not here; one here of the same id stays. */
async function addCourses(tx: MergeTx, backup: Backup): Promise<void> {
  const here = new Set(await tx.objectStore('courses').getAllKeys());
  for (const course of backup.courses) {
    if (here.has(course.id)) continue;
    queued(tx.objectStore('courseContent').put(course));
    queued(tx.objectStore('courses').put(courseMeta(course.bank, course.createdAt)));
  }
}

/** What a merge would do, read here in one transaction and written nowhere. */
export async function previewMerge(store: Store, backup: Backup): Promise<MergeOutcome> {
  await spreadCards(store.db);
  await unpackLogs(store.db);
  const tx = store.db.transaction([...MERGE_STORES], 'readonly');
  const [here, stale] = await mergeSide(tx);
  await tx.done;
  if (stale) await discardArchive(store.db);
  const result = mergeData(here, backup);
  return result.ok ? { ok: true, preview: result.preview } : result;
}

class MergeRefused extends Error {}
