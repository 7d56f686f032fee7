import type { CardRecord, ReviewLogRecord } from '$lib/domain/records';
import { app } from '$lib/state/app.svelte';
import { deck } from '$lib/state/deck.svelte';
import { attempt, openRecords, readOr, type Saved } from './result';

// The active profile's flashcards as the card list, card detail and quiz results read and change them.

/** Every card of the active profile, made first for any bank item that has none. */
export async function profileCards(): Promise<CardRecord[]> {
  const records = await deck.sync();
  return records ? records.cards(app.profileId) : [];
}

/** One item's review log, oldest first. */
export function reviewsOf(itemId: string): Promise<ReviewLogRecord[]> {
  return readOr([], (records) => records.reviewsOf(app.profileId, itemId));
}

/** Stores a card as changed by the user (suspended, reset). */
export function saveCard(card: CardRecord): Promise<Saved> {
  return attempt(async () => (await openRecords()).putCard(card));
}

/** Puts these items' cards first in today's queue. */
export function bringForward(itemIds: readonly string[], now: number): Promise<Saved> {
  return attempt(async () => (await openRecords()).bringForward(app.profileId, itemIds, now));
}
