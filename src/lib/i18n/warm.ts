/**
 * Loads the locales' formatting data in a worker, off the main thread. The first Intl format a
 * page makes costs 40–120 ms of the thread that makes it in Chromium on the development machine
 * (four times that on a phone), and the data it loads is then shared by the page's threads: made
 * first in a worker, the page's own first date or percentage takes about a millisecond. The
 * worker ends once it has made them. Once a page; where workers are missing, nothing happens.
 */
let warmed = false;

export function warmIntl(locales: readonly string[]): void {
  if (warmed || typeof Worker === 'undefined') return;
  warmed = true;
  try {
    const worker = new Worker(new URL('./intl-warm.worker.ts', import.meta.url), {
      type: 'module'
    });
    worker.onmessage = () => worker.terminate();
    worker.onerror = () => worker.terminate();
    worker.postMessage(locales);
  } catch {
    // A page that may not start workers formats on its own thread, as before.
  }
}
