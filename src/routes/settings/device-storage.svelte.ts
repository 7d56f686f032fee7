import { requestPersistence, storageStatus, type StorageStatus } from '$lib/services/settings';

/**
 * The browser's storage status as the settings screen shows it: the storage panel reads and changes
 * it, the backup reminder follows it.
 */
export class DeviceStorage {
  /** `null` until the browser has answered. */
  status = $state.raw<StorageStatus | null>(null);
  /** The browser declined the last request to keep the data. */
  refused = $state(false);

  async refresh(): Promise<void> {
    this.status = await storageStatus();
  }

  async protect(): Promise<void> {
    this.refused = !(await requestPersistence());
    await this.refresh();
  }
}
