import { StorageError, toStorageError, type Store } from '$lib/storage/db';
import type { Records } from '$lib/storage/records';
import { app } from '$lib/state/app.svelte';

export { StorageError };

/**
 * What a write a user started came to: done (with its value), or refused with a `StorageError`
 * whose reason the interface explains (`StorageErrorNotice`). A service never throws for a write.
 */
export type Saved<T = void> = { ok: true; value: T } | { ok: false; error: StorageError };

/** The open database's store (settings, profiles, meta); throws `StorageError('closed')` without one. */
export function openStore(): Store {
  if (!app.store) throw new StorageError('closed');
  return app.store;
}

/**
 * The open database's records; rejects with `StorageError('closed')` once there is none. Loaded on
 * first use, so that a service the first page imports does not bring them with it.
 */
export async function openRecords(): Promise<Records> {
  const store = openStore();
  const { recordsOf } = await import('$lib/storage/records');
  return recordsOf(store);
}

/** Runs a write, turning anything it throws into a refused `Saved`. */
export async function attempt<T>(run: () => Promise<T>): Promise<Saved<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (e) {
    return { ok: false, error: toStorageError(e) };
  }
}

/**
 * A read for a screen: what `run` returns from the open records, or `fallback` while no database is
 * open (the status banner says why).
 */
export async function readOr<T>(fallback: T, run: (records: Records) => Promise<T>): Promise<T> {
  return app.store ? run(await openRecords()) : fallback;
}
