import type { IDBPTransaction } from 'idb';
import { nextTask } from '$lib/idle';
import type { ReviewLogRecord } from '$lib/domain/records';
import { queued, type DarsDatabase, type DarsSchema } from './db';

// An export reads the whole review log: 100,000 logs, one record each, took about 1.6 s of the 2 s
// an export may take, while the same logs in blocks read in about a fifth of that. So the log has
// a copy of its older part in blocks (`logArchive`, `ARCHIVE_BLOCK` logs a block, in id order),
// written in the background (`archiveLogs`); `reviews` stays the log every other reader and writer
// uses. A reader of the whole log (`wholeLog`) takes the blocks, the logs after them, and the count
// of `reviews` up to the last block's last log, which must be the blocks' (no log is added among
// them: a grade's id comes after every other); when it is not, it reads `reviews` itself. A write that changes or deletes a log clears the copy in its
// transaction (`clearArchive`), or, for one log, the block that holds it and those after it
// (`dropArchiveFrom`); a new grade only adds after the copy.

/** Logs per block: a step of the archiving reads and writes one block, about 15 ms. */
export const ARCHIVE_BLOCK = 500;

type Logged = ReviewLogRecord & { id: number };
type ArchiveTx<Mode extends IDBTransactionMode> = Pick<
  IDBPTransaction<DarsSchema, ('reviews' | 'logArchive')[], Mode>,
  'objectStore'
>;

/**
 * Copies the next `size` logs after the archive into a block (one transaction); false
 * when fewer are left (the newest logs stay out until there are enough) or while an import's logs
 * wait in blocks to be spread (their ids lie anywhere).
 */
export async function archiveStep(db: DarsDatabase, size = ARCHIVE_BLOCK): Promise<boolean> {
  const tx = db.transaction(['reviews', 'logBlocks', 'logArchive'], 'readwrite');
  const [pending, last] = await Promise.all([
    tx.objectStore('logBlocks').getKey(IDBKeyRange.lowerBound(-Infinity)),
    tx.objectStore('logArchive').openCursor(null, 'prev')
  ]);
  const after = last?.value.logs.at(-1)?.id ?? -Infinity;
  const logs =
    pending === undefined
      ? ((await tx
          .objectStore('reviews')
          .getAll(IDBKeyRange.lowerBound(after, true), size)) as Logged[])
      : [];
  const full = logs.length === size;
  if (full) queued(tx.objectStore('logArchive').put({ first: logs[0]!.id, logs }));
  await tx.done;
  return full;
}

/** Brings the archive up to date, one block per task (another tab may be doing the same). */
export async function archiveLogs(db: DarsDatabase, size = ARCHIVE_BLOCK): Promise<void> {
  // A database opened at an older version (the migration tests) has no archive.
  if (!db.objectStoreNames.contains('logArchive')) return;
  while (await archiveStep(db, size)) await nextTask();
}

/**
 * The whole log in id order, read in `tx`: from the archive and the logs after it when `reviews`
 * holds as many logs up to its end as it does (`stale` false), otherwise from `reviews` alone
 * (`stale`: the archive should be cleared).
 */
export async function wholeLog(
  tx: ArchiveTx<IDBTransactionMode>
): Promise<{ logs: ReviewLogRecord[]; stale: boolean }> {
  const reviews = tx.objectStore('reviews');
  const blocks = await tx.objectStore('logArchive').getAll();
  const archived: ReviewLogRecord[] = blocks.flatMap((b) => b.logs);
  const last = archived.at(-1)?.id;
  if (last === undefined) return { logs: await reviews.getAll(), stale: false };
  const [count, tail] = await Promise.all([
    reviews.count(IDBKeyRange.upperBound(last)),
    reviews.getAll(IDBKeyRange.lowerBound(last, true))
  ]);
  if (count !== archived.length) return { logs: await reviews.getAll(), stale: true };
  return { logs: archived.concat(tail), stale: false };
}

/** Empties the archive, in the transaction of a write that changes or deletes logs. */
export function clearArchive(tx: Pick<ArchiveTx<'readwrite'>, 'objectStore'>): void {
  queued(tx.objectStore('logArchive').clear());
}

/** Drops the block that may hold log `id` and every block after it, in the transaction of its delete. */
export async function dropArchiveFrom(tx: ArchiveTx<'readwrite'>, id: number): Promise<void> {
  const archive = tx.objectStore('logArchive');
  const holder = await archive.openKeyCursor(IDBKeyRange.upperBound(id), 'prev');
  queued(archive.delete(IDBKeyRange.lowerBound(holder?.key ?? -Infinity)));
}

/**
 * Empties the archive in a transaction of its own, after a read found it stale. The read has what
 * it needs: if this fails (the disk full), the next reader reads around the archive again.
 */
export async function discardArchive(db: DarsDatabase): Promise<void> {
  await db.clear('logArchive').catch(() => {});
}
