import {
  makeBackup,
  MAX_BACKUP_BYTES,
  parseBackup,
  previewImport,
  type Backup,
  type BackupError,
  type ImportPreview
} from '$lib/domain/backup';
import { isPartial } from '$lib/domain/changes';
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
import {
  backupText,
  fullBackupHeader,
  fullBackupWritten,
  mergeGap,
  restored,
  trackMerge
} from './changes';
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
    const sync = await fullBackupHeader(store, now);
    const backup = { ...makeBackup(await exportData(store, 'dars'), now, DB_VERSION), sync };
    const day = new Date(now).toISOString().slice(0, 10);
    downloadFile(`dars-backup-${day}.json`, JSON.stringify(backup), 'application/json');
    performance.measure('backup exported', { start: t0 });
    await store.setMeta('lastBackupAt', now);
    await fullBackupWritten(store, sync);
  });
}

export type { MergeOutcome };

export type ReadBackup =
  | {
      ok: true;
      backup: Backup;
      preview: ImportPreview;
      merge: MergeOutcome;
      /** A changes file that starts after what this device holds of its sender. */
      gap: boolean;
    }
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
  // A changes file is gzip-compressed: unpacked here, then read as any backup.
  const { text, size } = await backupText(file);
  const parsed = parseBackup(size > MAX_BACKUP_BYTES ? '' : text, size);
  performance.measure('backup read', { start: t0 });
  if (!parsed.ok) return parsed;
  // A course this app version ships (made on a device that did not) is already here.
  const builtIn = new Set(await bank.builtInIds().catch(() => []));
  const backup = {
    ...parsed.backup,
    courses: parsed.backup.courses.filter((c) => !builtIn.has(c.id))
  };
  const preview = previewImport(await existingKeys(store), backup);
  const merge = await previewMerge(store, backup);
  return { ok: true, backup, preview, merge, gap: await mergeGap(store, backup) };
}

/**
 * Restores a checked backup in one transaction: all of it, or (refused) none of it. A changes
 * file holds part of a device's data only: restoring it would lose the rest, so it is refused
 * (false) and nothing is written.
 */
export function importBackup(backup: Backup): Promise<Saved<boolean>> {
  return attempt(async () => {
    if (isPartial(backup)) return false;
    const t0 = performance.now();
    const store = openStore();
    await restore(store, backup);
    await restored(store);
    bank.reset();
    performance.measure('backup imported', { start: t0 });
    // The imported cards and logs, written in blocks, are spread into their stores in the
    // background (the page reloads meanwhile; its next start goes on).
    app.settleStoreWhenIdle();
    return true;
  });
}

/**
 * Merges a checked backup into this device's data in one transaction (see `domain/merge.ts`): all
 * of it, or none of it (refused by storage, or by the merge with its reason).
 */
export function mergeBackup(backup: Backup): Promise<Saved<MergeOutcome>> {
  return attempt(async () => {
    const t0 = performance.now();
    const store = openStore();
    const outcome = await trackMerge(store, backup, () => merge(store, backup));
    if (outcome.ok) bank.reset();
    performance.measure('backup merged', { start: t0 });
    return outcome;
  });
}
