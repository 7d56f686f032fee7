import { unwrap, type IDBPTransaction } from 'idb';
import { nextTask } from '$lib/idle';
import type { CardRecord } from '$lib/domain/records';
import type { DarsDatabase, DarsSchema } from './db';
import { spreadBlock } from './log-blocks';

// An import on a new device writes every card of the backup: 50,000 of them, one record each with
// the cards' three indexes, made it take 6–9 s, with the main thread busy for about 3 s of them.
// So such an import writes them in blocks of `CARD_BLOCK` (`putCardBlocks`, in its transaction:
// atomic as before), and they are spread into `cards` right after it, a block per transaction and
// task (`spreadCards`). A card is in exactly one of the two places: a block is deleted in the
// transaction that writes its cards. Unlike the review logs (`log-blocks.ts`), nothing reads cards
// from the blocks: every reader of the cards waits for `spreadCards` first, which costs one key
// read when no block is left.

/** Cards per block: a step of the spreading is one block, about 10 ms of the main thread. */
export const CARD_BLOCK = 250;

type BlockTx = Pick<IDBPTransaction<DarsSchema, 'cardBlocks'[], 'readwrite'>, 'objectStore'>;

/** Writes cards as blocks in `tx`; requests go to the bare store: their outcome is the transaction's. */
export function putCardBlocks(tx: BlockTx, cards: readonly CardRecord[]): void {
  const blocks = unwrap(tx.objectStore('cardBlocks'));
  for (let i = 0; i < cards.length; i += CARD_BLOCK) blocks.add(cards.slice(i, i + CARD_BLOCK));
}

/** Spreads one block into `cards` (one transaction); false when no block is left. */
export function spreadStep(db: DarsDatabase): Promise<boolean> {
  return spreadBlock(db, 'cardBlocks', 'cards', (cards, block) => {
    for (const card of block) cards.put(card);
  });
}

/** The spreading under way in this page, per database: every reader waits for the same one. */
const spreading = new WeakMap<DarsDatabase, Promise<void>>();

/**
 * Resolves once no card is left in blocks: at once (one key read) when none is, otherwise after
 * spreading them all, one block per task (another tab may be spreading too: each block goes once).
 */
export function spreadCards(db: DarsDatabase): Promise<void> {
  let running = spreading.get(db);
  if (!running) {
    running = spreadAll(db).finally(() => spreading.delete(db));
    spreading.set(db, running);
  }
  return running;
}

async function spreadAll(db: DarsDatabase): Promise<void> {
  // A database opened at an older version (the migration tests) has no blocks.
  if (!db.objectStoreNames.contains('cardBlocks')) return;
  if ((await db.getKey('cardBlocks', IDBKeyRange.lowerBound(-Infinity))) === undefined) return;
  while (await spreadStep(db)) {
    // One block per task: input and frames go between.
    await nextTask();
  }
}
