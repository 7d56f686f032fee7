import { mergeSchedulerSettings, type SchedulerSettings } from '$lib/domain/settings-schema';
import { mergeQueueSettings, type QueueSettings } from '$lib/domain/queue';
import type { DeviceSettings } from '$lib/domain/settings';
import { app } from '$lib/state/app.svelte';
import { deck } from '$lib/state/deck.svelte';
import type { StorageStatus } from '$lib/storage/device';
import { attempt, openStore, type Saved } from './result';

export type { StorageStatus };

// The browser's storage calls load on use, in their own chunk, as start-up loads them: a static
// import here put them in the code every first page loads.
/** How much the browser lets this site store, how much it uses, and whether it may evict it. */
export async function storageStatus(): Promise<StorageStatus> {
  return (await import('$lib/storage/device')).storageStatus();
}

/** Asks the browser to keep this site's data; resolves to whether it will. */
export async function requestPersistence(): Promise<boolean> {
  return (await import('$lib/storage/device')).requestPersistence();
}

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
 * on screen, so saving again (an empty patch) retries it. Stamped with `now`, so a merge with
 * another device keeps the settings saved last.
 */
export function saveStudySettings(
  patch: StudySettingsPatch,
  now: number = Date.now()
): Promise<Saved> {
  return attempt(async () => {
    const store = openStore();
    // Built as plain objects: the deck's fields are reactive proxies, which IndexedDB cannot clone.
    const scheduler = mergeSchedulerSettings({ ...deck.scheduler, ...patch.scheduler });
    const queue = mergeQueueSettings({ ...deck.queueSettings, ...patch.queue });
    const quizFeeds = patch.quizFeeds ?? deck.quizFeeds;
    deck.scheduler = scheduler;
    deck.queueSettings = queue;
    deck.quizFeeds = quizFeeds;
    await store.saveProfileSettings(app.profileId, { scheduler, queue, quizFeeds }, now);
  });
}
