/**
 * Checks a bank read as text against the schema in a worker: checking a bank of 200 items took
 * about 50 ms of the page's thread on the development machine (a phone's is about four times
 * slower), on the first visit and after each new bank version. Resolves once it passes; rejects
 * with the problems found. Where no worker can be started (or it fails to load), the page checks
 * the bank itself.
 */
export async function checkBankText(text: string): Promise<void> {
  const found = await inWorker(text).catch(async () => {
    const { parseArticleBank } = await import('$lib/domain/bank');
    parseArticleBank(JSON.parse(text));
    return null;
  });
  if (found !== null) throw new Error(found);
}

/** The worker's answer: null when the bank passes, else its problems; rejects if it cannot run. */
function inWorker(text: string): Promise<string | null> {
  if (typeof Worker === 'undefined') return Promise.reject(new Error('no workers'));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./bank-check.worker.ts', import.meta.url), {
      type: 'module'
    });
    const end = (settle: () => void) => {
      worker.terminate();
      settle();
    };
    worker.onmessage = (e: MessageEvent<string | null>) => end(() => resolve(e.data));
    worker.onerror = (e) => {
      e.preventDefault();
      end(() => reject(new Error(e.message)));
    };
    worker.postMessage(text);
  });
}
