// Shared set-up of the session unit tests (not part of the app): a fresh fake-indexeddb database
// whose profile has a new card for each item, closed after each test.
import { afterEach } from 'vitest';
import type { Item } from '$lib/domain/bank';
import { newCard } from '$lib/domain/cards';
import { openDatabase } from '$lib/storage/db';
import { Records } from '$lib/storage/records';

/** 2026-03-10 10:00 UTC: well after the 04:00 start of the study day. */
export const T0 = Date.UTC(2026, 2, 10, 10);

const opened: { close(): void }[] = [];
let n = 0;
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A new database whose profile has a card, new and due before T0, for every item. */
export async function recordsWithCards(
  profileId: string,
  items: readonly Item[]
): Promise<Records> {
  const db = await openDatabase({}, undefined, `session-test-${++n}`);
  opened.push(db);
  const records = new Records(db);
  await records.ensureCards(
    profileId,
    items.map((item, i) => ({
      itemId: item.id,
      make: () => newCard(profileId, item.id, i, item.sibling, T0 - 1000)
    }))
  );
  return records;
}
