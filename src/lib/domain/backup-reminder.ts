const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Days after the last backup before the reminder comes back: a week while the browser may clear
 * the data (Safari clears a site's data after seven days without a visit), a month once it has
 * promised to keep it.
 */
export const REMIND_AFTER_DAYS = { urgent: 7, calm: 30 } as const;

/** A reminder to back up: how pressing it is, and whether there is any backup at all. */
export interface BackupReminder {
  /** `urgent` while the browser may clear the data (or does not say), `calm` once it keeps it. */
  tone: 'urgent' | 'calm';
  backup: 'never' | 'old';
}

/**
 * Whether to remind the user to back up, from whether storage is persistent (`null`: the browser
 * does not say), the time of the last backup (`null`: none) and the time now.
 */
export function backupReminder(
  persisted: boolean | null,
  lastBackup: number | null,
  now: number
): BackupReminder | null {
  const tone = persisted === true ? 'calm' : 'urgent';
  if (lastBackup === null) return { tone, backup: 'never' };
  return now - lastBackup > REMIND_AFTER_DAYS[tone] * DAY_MS ? { tone, backup: 'old' } : null;
}
