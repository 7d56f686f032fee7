import {
  makeBackup,
  MAX_BACKUP_BYTES,
  parseBackup,
  previewImport,
  type Backup,
  type BackupError,
  type ImportPreview
} from '$lib/domain/backup';
import { app } from '$lib/state/app.svelte';
import { bank } from '$lib/state/bank.svelte';
import {
  existingKeys,
  exportData,
  mergeBackup as merge,
  previewMerge,
  importBackup as restore,
  type MergeOutcome
} from '$lib/storage/backup';
import { DB_VERSION, StorageError } from '$lib/storage/db';
import { downloadFile } from './exports';
import { attempt, openStore, type Saved } from './result';

// Backups: the whole database to one file and back. The page records 'backup exported',
// 'backup read' and 'backup imported' measures for the benchmark.

/** When the last backup was made here, or null. */
export async function lastBackupAt(): Promise<number | null> {
  const stamp = await app.store?.meta('lastBackupAt');
  return typeof stamp === 'number' ? stamp : null;
}

/** Writes every store to a backup file the browser downloads, and remembers when. */
export function exportBackup(now: number): Promise<Saved> {
  return attempt(async () => {
    const store = openStore();
    const t0 = performance.now();
    const backup = makeBackup(await exportData(store, 'dars'), now, DB_VERSION);
    const day = new Date(now).toISOString().slice(0, 10);
    downloadFile(`dars-backup-${day}.json`, JSON.stringify(backup), 'application/json');
    performance.measure('backup exported', { start: t0 });
    await store.setMeta('lastBackupAt', now);
  });
}

export type { MergeOutcome };

export type ReadBackup =
  | { ok: true; backup: Backup; preview: ImportPreview; merge: MergeOutcome }
  | { ok: false; error: BackupError | StorageError };

/**
 * Reads and checks a backup file, and previews what importing it would add or replace, and what
 * merging it would add (or why it cannot be merged). The size is checked before the file is read:
 * a huge file is refused without loading it.
 */
export async function readBackup(file: File): Promise<ReadBackup> {
  const store = app.store;
  if (!store) return { ok: false, error: new StorageError('closed') };
  const t0 = performance.now();
  const parsed = parseBackup(file.size > MAX_BACKUP_BYTES ? '' : await file.text(), file.size);
  performance.measure('backup read', { start: t0 });
  if (!parsed.ok) return parsed;
  // A course this app version ships (made on a device that did not) is already here.
  const builtIn = new Set(await bank.builtInIds().catch(() => []));
  const backup = {
    ...parsed.backup,
    courses: parsed.backup.courses.filter((c) => !builtIn.has(c.id))
  };
  const preview = previewImport(await existingKeys(store), backup);
  return { ok: true, backup, preview, merge: await previewMerge(store, backup) };
}

/** Restores a checked backup in one transaction: all of it, or (refused) none of it. */
export function importBackup(backup: Backup): Promise<Saved> {
  return attempt(async () => {
    const t0 = performance.now();
    await restore(openStore(), backup);
    bank.reset();
    performance.measure('backup imported', { start: t0 });
  });
}

/**
 * Merges a checked backup into this device's data in one transaction (see `domain/merge.ts`): all
 * of it, or none of it (refused by storage, or by the merge with its reason).
 */
export function mergeBackup(backup: Backup): Promise<Saved<MergeOutcome>> {
  return attempt(async () => {
    const t0 = performance.now();
    const outcome = await merge(openStore(), backup);
    if (outcome.ok) bank.reset();
    performance.measure('backup merged', { start: t0 });
    return outcome;
  });
}
