import { unwrap, type IDBPTransaction } from 'idb';
import { nextTask } from '$lib/idle';
import type { ReviewLogRecord } from '$lib/domain/records';
import { queued, type DarsDatabase, type DarsSchema, type LogBlock } from './db';

// An import of a year of study brings 100,000 review logs. IndexedDB charges per record: written
// one record each, with the log's indexes, they took an import about 9 s of the 20–40 s it took.
// So an import writes them in blocks of `BLOCK` logs (`putLogBlocks`, in its transaction: atomic as
// before), and they are spread into `reviews` afterwards, a block per transaction and task
// (`unpackLogs`). Until then a log is in exactly one of the two places: a block is deleted in the
// transaction that writes its logs. Reads that need the whole log either wait for the spreading
// (`unpackLogs`) or read the blocks too (`blockLogs`).

/** Logs per block: a step of the spreading is one block, about 10 ms of the main thread. */
export const BLOCK = 250;

type Logged = ReviewLogRecord & { id: number };
type BlockTx = Pick<
  IDBPTransaction<DarsSchema, ('reviews' | 'logBlocks')[], 'readwrite'>,
  'objectStore'
>;

/**
 * Writes logs (each with its id) as blocks in `tx`, and moves the `reviews` key generator past
 * their ids, so that a grade made before they are spread cannot take one of them. Requests go to
 * the bare stores: their outcome is the transaction's.
 */
export function putLogBlocks(tx: BlockTx, logs: readonly Logged[]): void {
  if (logs.length === 0) return;
  const sorted = [...logs].sort((a, b) => a.id - b.id);
  const blocks = unwrap(tx.objectStore('logBlocks'));
  for (let i = 0; i < sorted.length; i += BLOCK) {
    const part = sorted.slice(i, i + BLOCK);
    blocks.put({ first: part[0]!.id, logs: part } satisfies LogBlock);
  }
  // A key written explicitly moves an autoIncrement generator past it, and a delete does not move
  // it back: a placeholder record, gone before the commit.
  const last = sorted[sorted.length - 1]!.id;
  const reviews = unwrap(tx.objectStore('reviews'));
  reviews.put({ id: last });
  reviews.delete(last);
}

/**
 * Spreads one block into `reviews` (one transaction); false when no block is left. A log whose
 * step (`byStep`: profile, item, the card state it was graded from) is already in the log is the
 * same grade twice, from another tab, and is dropped, as `Records.recordGrade` refuses it.
 */
export function unpackStep(db: DarsDatabase): Promise<boolean> {
  return spreadBlock(db, 'logBlocks', 'reviews', (reviews, block) => {
    for (const log of block.logs) {
      const request = reviews.put(log);
      request.onerror = (event) => {
        if (request.error?.name !== 'ConstraintError') return;
        event.preventDefault();
        event.stopPropagation();
      };
    }
  });
}

/**
 * Takes the first block of `blocks` and hands it to `write` with the bare `store`, in one
 * transaction that also deletes the block; false when no block is left.
 */
export async function spreadBlock<B extends 'logBlocks' | 'cardBlocks'>(
  db: DarsDatabase,
  blocks: B,
  store: 'reviews' | 'cards',
  write: (store: IDBObjectStore, block: DarsSchema[B]['value']) => void
): Promise<boolean> {
  const tx = db.transaction([blocks, store], 'readwrite');
  const cursor = await tx.objectStore(blocks).openCursor();
  if (!cursor) {
    await tx.done;
    return false;
  }
  write(unwrap(tx.objectStore(store)), cursor.value);
  queued(cursor.delete());
  await tx.done;
  return true;
}

/** Spreads every block left (another tab may be doing the same: each block goes once). */
export async function unpackLogs(db: DarsDatabase): Promise<void> {
  while (await unpackStep(db)) {
    // One block per task: input and frames go between.
    await nextTask();
  }
}

/** Whether any block waits to be spread (one key read). */
export async function hasBlocks(db: DarsDatabase): Promise<boolean> {
  // A database opened at an older version (the migration tests) has no blocks.
  if (!db.objectStoreNames.contains('logBlocks')) return false;
  return (await db.getKey('logBlocks', IDBKeyRange.lowerBound(-Infinity))) !== undefined;
}

/** The logs still in blocks that `keep` keeps, in id order (none, most of the time). */
export async function blockLogs(
  db: DarsDatabase,
  keep: (log: Logged) => boolean
): Promise<Logged[]> {
  if (!db.objectStoreNames.contains('logBlocks')) return [];
  const blocks = await db.getAll('logBlocks');
  return blocks.flatMap((b) => b.logs.filter(keep));
}
