import { whenIdle } from '$lib/idle';
import type { Workbox } from 'workbox-window';

/**
 * The service worker's lifecycle as the interface sees it. A new version that is waiting is only
 * announced; it takes over when the user asks, never by itself.
 */
class Pwa {
  updateReady = $state(false);
  #wb: Workbox | null = null;

  /**
   * Registers the worker once the page has loaded and the browser is idle, so neither its code nor
   * its precache downloads compete with the first screen.
   */
  registerWhenIdle(): void {
    whenIdle(() => void this.register());
  }

  async register(): Promise<void> {
    if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
    const { Workbox } = await import('workbox-window');
    const wb = new Workbox('/sw.js', { scope: '/' });
    wb.addEventListener('waiting', () => (this.updateReady = true));
    this.#wb = wb;
    await wb.register();
  }

  /** Activates the waiting worker, then reloads once it controls the page. */
  apply(): void {
    const wb = this.#wb;
    if (!wb) return;
    wb.addEventListener('controlling', () => location.reload());
    wb.messageSkipWaiting();
  }

  dismiss(): void {
    this.updateReady = false;
  }
}

export const pwa = new Pwa();
