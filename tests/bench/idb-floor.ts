// `npx tsx tests/bench/idb-floor.ts`: what IndexedDB alone costs an import, in Debian's Chromium,
// with none of the app around it. It writes 100,000 review logs of the app's shape in one
// transaction, as `importBackup` does, into a store with the app's three indexes, then with none,
// and then the same logs as 100 records of 1,000: the time to queue the requests (main thread)
// and to commit. It shows the floor under the bench's `importMs` (budget 5,000 ms): one record per
// log cannot meet it. Not part of `npm test`.
import { createServer } from 'node:http';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium-path.mjs';

const LOGS = Number(process.env.BENCH_LOGS ?? 100_000);
const PORT = Number(process.env.BENCH_PORT ?? 4188);
const VARIANTS = ['indexed', 'bare', 'chunked'] as const;

async function main() {
  const server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html');
    res.end('<!doctype html><title>floor</title>');
  });
  await new Promise<void>((done) => server.listen(PORT, '127.0.0.1', done));
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/`);
    const rows = [];
    for (const variant of VARIANTS) {
      const { queueMs, commitMs } = await page.evaluate(writeLogs, { variant, logs: LOGS });
      rows.push({ variant, logs: LOGS, queueMs, commitMs, totalMs: queueMs + commitMs });
    }
    console.table(rows);
    console.log(JSON.stringify(rows));
  } finally {
    await browser.close();
    server.close();
  }
}

/** In the page: `logs` review logs of the app's shape written in one transaction, timed. */
async function writeLogs({ variant, logs }: { variant: string; logs: number }) {
  const db = await new Promise<IDBDatabase>((done, fail) => {
    const open = indexedDB.open(`floor-${variant}`, 1);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('reviews', { keyPath: 'id' });
      if (variant !== 'indexed') return;
      store.createIndex('byTime', ['profileId', 'review']);
      store.createIndex('byItem', ['profileId', 'itemId', 'review']);
      store.createIndex('byStep', ['profileId', 'itemId', 'from'], { unique: true });
    };
    open.onsuccess = () => done(open.result);
    open.onerror = () => fail(open.error);
  });
  const records: Record<string, unknown>[] = [];
  for (let i = 0; i < logs; i++) {
    records.push({
      profileId: 'default',
      itemId: `c-${(i % 1000).toString(16).padStart(10, '0')}`,
      grade: 3,
      phaseBefore: 'review',
      source: 'study',
      review: 1.77e12 + i * 60_000,
      dueBefore: 1.77e12 + i * 30_000,
      stabilityBefore: 2.3065,
      difficultyBefore: 2.11810397,
      elapsedDays: 3,
      lastElapsedDays: 2,
      scheduledDays: 5,
      learningStepsBefore: 0,
      sibling: `s-${(i % 700).toString(16).padStart(10, '0')}`,
      ...(i % 25 === 0 ? { from: [i, 1.77e12 + i] } : {}),
      uid: `${i.toString(16).padStart(32, '0')}`,
      id: i + 1
    });
  }
  const rows =
    variant === 'chunked'
      ? Array.from({ length: Math.ceil(logs / 1000) }, (_, k) => ({
          id: k + 1,
          logs: records.slice(k * 1000, (k + 1) * 1000)
        }))
      : records;
  const t0 = performance.now();
  const tx = db.transaction('reviews', 'readwrite');
  const store = tx.objectStore('reviews');
  for (const row of rows) store.put(row);
  const t1 = performance.now();
  await new Promise<void>((done, fail) => {
    tx.oncomplete = () => done();
    tx.onabort = () => fail(tx.error);
  });
  const t2 = performance.now();
  db.close();
  return { queueMs: Math.round(t1 - t0), commitMs: Math.round(t2 - t1) };
}

await main();
