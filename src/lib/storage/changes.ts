import type { BackupData } from '$lib/domain/backup';
import { readSyncState, type Mark, type SyncState } from '$lib/domain/changes';
import type { CardRecord } from '$lib/domain/records';
import { randomUid } from '$lib/domain/review-uid';
import { backupData, profileSettingsOf } from './backup';
import { write, type Store } from './db';
import { spreadCards } from './card-blocks';
import { unpackLogs } from './log-blocks';

// Changes files read only what came after a point of this device's sequence (the reviews' and
// attempts' keys), through the key ranges, so a day's changes cost the same at any log size.

const DEVICE_ID = 'deviceId';
const SYNC_STATE = 'sync';

/** This device's id, made (random, 128 bits) and kept in `meta` the first time it is asked for. */
export async function deviceId(store: Store, random: () => string = cryptoId): Promise<string> {
  const stored = await store.meta(DEVICE_ID);
  if (typeof stored === 'string' && stored !== '') return stored;
  const id = random();
  await store.setMeta(DEVICE_ID, id);
  return id;
}

const cryptoId = () => randomUid((b) => crypto.getRandomValues(b));

export async function syncState(store: Store): Promise<SyncState> {
  return readSyncState(await store.meta(SYNC_STATE));
}

export async function saveSyncState(store: Store, state: SyncState): Promise<void> {
  await store.setMeta(SYNC_STATE, state);
}

/** Where this device's sequence stands now: its highest review and attempt keys. */
export async function sequencePoint(store: Store, now: number): Promise<Mark> {
  // Marks are ids in `reviews`: logs an import left in blocks go there first.
  await unpackLogs(store.db);
  const tx = store.db.transaction(['reviews', 'attempts']);
  const [review, attempt] = await Promise.all([
    tx.objectStore('reviews').openKeyCursor(null, 'prev'),
    tx.objectStore('attempts').openKeyCursor(null, 'prev')
  ]);
  await tx.done;
  return { reviews: review?.key ?? 0, attempts: attempt?.key ?? 0, at: now };
}

const after = (key: number) => IDBKeyRange.lowerBound(key, true);

/**
 * What a changes file from `since` may hold, read in one transaction with where it ends: the
 * reviews and attempts after `since` (by key range), the cards those reviews touch, the courses
 * made here after `since`, every profile, its settings and every class quiz.
 */
export async function readChanges(
  store: Store,
  since: Mark | null,
  app: string,
  now: number
): Promise<{ data: BackupData; upTo: Mark }> {
  // Marks are ids in `reviews`: logs an import left in blocks go there first; cards too.
  await spreadCards(store.db);
  await unpackLogs(store.db);
  const tx = store.db.transaction(
    ['settings', 'profiles', 'cards', 'reviews', 'attempts', 'classes', 'courses', 'courseContent'],
    'readonly'
  );
  const [device, profiles, reviews, attempts, classes, courses] = await Promise.all([
    tx.objectStore('settings').get('device'),
    tx.objectStore('profiles').getAll(),
    tx.objectStore('reviews').getAll(after(since?.reviews ?? 0)),
    tx.objectStore('attempts').getAll(after(since?.attempts ?? 0)),
    tx.objectStore('classes').getAll(),
    tx.objectStore('courses').getAll()
  ]);
  const [lastReview, lastAttempt] = await Promise.all([
    tx.objectStore('reviews').openKeyCursor(null, 'prev'),
    tx.objectStore('attempts').openKeyCursor(null, 'prev')
  ]);
  const profileSettings = await profileSettingsOf(tx, profiles);
  const cards: CardRecord[] = [];
  const touched = new Set(reviews.map((r) => JSON.stringify([r.profileId, r.itemId])));
  for (const key of touched) {
    const card = await tx.objectStore('cards').get(JSON.parse(key) as [string, string]);
    if (card) cards.push(card);
  }
  const content = [];
  for (const c of courses) {
    if (since === null || c.createdAt > since.at) {
      const course = await tx.objectStore('courseContent').get(c.id);
      if (course) content.push(course);
    }
  }
  await tx.done;
  const upTo = { reviews: lastReview?.key ?? 0, attempts: lastAttempt?.key ?? 0, at: now };
  const side = { profiles, profileSettings, cards, reviews, attempts, classes };
  return { data: backupData(app, device, side, content), upTo };
}

/** The reviews and attempts keyed after `from`: what a merge just added (and anything else new). */
export async function writtenAfter(store: Store, from: Mark) {
  // Marks are ids in `reviews`: logs an import left in blocks go there first.
  await unpackLogs(store.db);
  const tx = store.db.transaction(['reviews', 'attempts']);
  const [reviews, attempts] = await Promise.all([
    tx.objectStore('reviews').getAll(after(from.reviews)),
    tx.objectStore('attempts').getAll(after(from.attempts))
  ]);
  await tx.done;
  return { reviews, attempts };
}

/** Forgets every peer (after a restore replaced this device's data, their marks mean nothing). */
export async function forgetPeers(store: Store): Promise<void> {
  await write(() => store.db.delete('meta', SYNC_STATE));
}
