import type { SchedulerSettings } from '$lib/domain/cards';
import type { QueueSettings } from '$lib/domain/queue';
import type { DeviceSettings } from '$lib/domain/settings';
import { app } from '$lib/state/app.svelte';
import { requestPersistence, storageStatus, type StorageStatus } from '$lib/storage/device';
import { attempt, openStore, type Saved } from './result';

export type { StorageStatus };
export { requestPersistence, storageStatus };

/**
 * Changes device settings (language, theme, text size, digits) at once and saves them; a refused
 * save keeps the change for this visit.
 */
export async function saveDeviceSettings(patch: Partial<DeviceSettings>): Promise<Saved> {
  const error = await app.update(patch);
  return error ? { ok: false, error } : { ok: true, value: undefined };
}

export interface StudySettingsPatch {
  scheduler?: Partial<SchedulerSettings>;
  queue?: Partial<QueueSettings>;
  quizFeeds?: boolean;
}

/**
 * Changes the active profile's study settings and saves them all. A refused save keeps the change
 * on screen, so saving again (an empty patch) retries it.
 */
export function saveStudySettings(patch: StudySettingsPatch): Promise<Saved> {
  return attempt(async () => {
    // The deck would skip the write without a database; the user must hear it did not happen.
    openStore();
    // Loaded here, not above: the header saves device settings from the first page, which must
    // not carry the deck.
    const { deck } = await import('$lib/state/deck.svelte');
    await deck.saveSettings(patch);
  });
}
