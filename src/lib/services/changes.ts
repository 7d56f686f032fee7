import { makeBackup, MAX_BACKUP_BYTES, type Backup } from '$lib/domain/backup';
import {
  afterExport,
  afterMerge,
  attemptIdentity,
  hasGap,
  headerOf,
  receivedRange,
  reviewIdentity,
  selectChanges,
  targetsOf,
  type Mark,
  type SyncHeader,
  type Target
} from '$lib/domain/changes';
import { app } from '$lib/state/app.svelte';
import {
  deviceId,
  forgetPeers,
  readChanges,
  saveSyncState,
  sequencePoint,
  syncState,
  writtenAfter
} from '$lib/storage/changes';
import { DB_VERSION, type Store } from '$lib/storage/db';
import { attempt, openStore, type Saved } from './result';

// "Export changes" and the bookkeeping behind it (see domain/changes.ts and docs/SYNC.md): this
// device's id, the devices it exchanges files with, and how far each holds the other's work.

export type { Target };

export interface ChangesChoice {
  /** This device's id. */
  device: string;
  /** The devices a changes file can be written for; none until a file has gone or come. */
  targets: Target[];
}

/** This device and the devices "Export changes" can write for (null while no database is open). */
export async function changesChoice(): Promise<ChangesChoice | null> {
  const store = app.store;
  if (!store) return null;
  return { device: await deviceId(store), targets: targetsOf(await syncState(store)) };
}

const sameTarget = (a: Target, b: Target) =>
  a.kind === b.kind && (a.kind === 'lastBackup' || a.id === (b as { id: string }).id);

export interface ChangesWritten {
  name: string;
  bytes: number;
  reviews: number;
}

/**
 * Writes what `target` does not hold yet to a changes file the browser downloads (gzip-compressed
 * where the browser can), and remembers that the target now holds it.
 */
export function exportChanges(target: Target, now: number): Promise<Saved<ChangesWritten>> {
  return attempt(async () => {
    const store = openStore();
    const me = await deviceId(store);
    const state = await syncState(store);
    const fresh = targetsOf(state).find((t) => sameTarget(t, target)) ?? target;
    const { data, upTo } = await readChanges(store, fresh.since, 'dars', now);
    const received = fresh.kind === 'peer' ? (state.peers[fresh.id]?.received ?? null) : null;
    const selected = selectChanges(data, fresh.since, received);
    const backup: Backup = {
      ...makeBackup(selected, now, DB_VERSION),
      sync: headerOf(me, state, fresh.since, upTo, true)
    };
    const day = new Date(now).toISOString().slice(0, 10);
    const file = await packed(`dars-changes-${day}.json`, JSON.stringify(backup));
    download(file);
    await saveSyncState(store, afterExport(state, fresh, upTo));
    return { name: file.name, bytes: file.size, reviews: selected.reviews.length };
  });
}

/** The header of a full backup, read before its data (a record written between goes in both). */
export async function fullBackupHeader(store: Store, now: number): Promise<SyncHeader> {
  const me = await deviceId(store);
  const upTo = await sequencePoint(store, now);
  return headerOf(me, await syncState(store), null, upTo, false);
}

/** A full backup with `header` was written: "Export changes" can serve the device it goes to. */
export async function fullBackupWritten(store: Store, header: SyncHeader): Promise<void> {
  await saveSyncState(store, afterExport(await syncState(store), 'full', header.upTo));
}

/** Whether merging `backup` leaves a gap in what this device holds of the device it comes from. */
export async function mergeGap(store: Store, backup: Backup): Promise<boolean> {
  return hasGap(await syncState(store), await deviceId(store), backup.sync);
}

/**
 * Runs a merge of `backup` (`run`) and then records it: the sending device as a peer, how far each
 * holds the other's work, and the keys its reviews and attempts got here (never sent back to it).
 * The record is a write of its own after the merge: if it fails, the next changes file is only
 * larger.
 */
export async function trackMerge<T extends { ok: boolean }>(
  store: Store,
  backup: Backup,
  run: () => Promise<T>
): Promise<T> {
  const before = await sequencePoint(store, Date.now());
  const outcome = await run();
  if (!outcome.ok || !backup.sync) return outcome;
  const written = await writtenAfter(store, before);
  const received = {
    reviews: receivedRange(
      written.reviews,
      new Set(backup.reviews.map(reviewIdentity)),
      reviewIdentity
    ),
    attempts: receivedRange(
      written.attempts,
      new Set(backup.attempts.map(attemptIdentity)),
      attemptIdentity
    )
  };
  const me = await deviceId(store);
  const note = afterMerge(await syncState(store), me, backup.sync, received, Date.now());
  await saveSyncState(store, note.state);
  return outcome;
}

/** After a restore: the peers' marks no longer describe this device's data. */
export const restored = (store: Store): Promise<void> => forgetPeers(store);

// ---------------------------------------------------------------------------------------------
// Files

const GZIP = [0x1f, 0x8b];

async function packed(name: string, json: string): Promise<File> {
  if (typeof CompressionStream !== 'function') {
    return new File([json], name, { type: 'application/json' });
  }
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('gzip'));
  const bytes = await new Response(stream).arrayBuffer();
  return new File([bytes], `${name}.gz`, { type: 'application/gzip' });
}

function download(file: File): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(file);
  a.download = file.name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/**
 * A backup file's text and size, a gzip-compressed one (a changes file) unpacked on the way: its
 * size is what it unpacks to, and unpacking stops past {@link MAX_BACKUP_BYTES} (the size then
 * says so, and the file is refused as too large).
 */
export async function backupText(file: File): Promise<{ text: string; size: number }> {
  if (file.size > MAX_BACKUP_BYTES) return { text: '', size: file.size };
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  const gzip = head[0] === GZIP[0] && head[1] === GZIP[1];
  if (!gzip || typeof DecompressionStream !== 'function') {
    return { text: await file.text(), size: file.size };
  }
  const reader = file.stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BACKUP_BYTES) {
        await reader.cancel();
        return { text: '', size };
      }
      chunks.push(value);
    }
  } catch {
    // Not gzip after all (or cut short): read as it is, and refused as not JSON.
    return { text: await file.text(), size: file.size };
  }
  return { text: await new Blob(chunks as BlobPart[]).text(), size };
}

export type { Mark };
