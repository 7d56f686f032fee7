// `npx tsx tests/bench/idb-floor.ts`: what IndexedDB alone costs an import and an export, in
// Debian's Chromium, with none of the app around it, on disk (a browser profile in a temporary
// folder, as the app's users have; a browser without one keeps IndexedDB in memory, faster). It
// writes 100,000 review logs of the app's shape in one transaction, as `importBackup` does, into a
// store with the app's three indexes, then with none, and then the same logs as 100 records of
// 1,000; then 50,000 cards of the app's shape with the cards' three indexes, with the fourth they
// had before version 13 (`byPhase`), and with none. For each: the time to queue the requests
// (main thread), to commit, and to read everything back with `getAll` in a new transaction, as the
// export does (`readMs`, until the records are in hand). It shows the floor under the bench's
// `importFreshMs` (budget 5,000 ms) and `exportMs` (budget 2,000 ms): one record per log or per
// card cannot meet them. Not part of `npm test`.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium-path.mjs';

const LOGS = Number(process.env.BENCH_LOGS ?? 100_000);
const PORT = Number(process.env.BENCH_PORT ?? 4188);
const CARDS = Number(process.env.BENCH_CARDS ?? 50_000);
const VARIANTS = [
  'indexed',
  'bare',
  'chunked',
  'cards-indexed',
  'cards-four-indexes',
  'cards-bare'
] as const;

async function main() {
  const server = createServer((_req, res) => {
    res.setHeader('content-type', 'text/html');
    res.end('<!doctype html><title>floor</title>');
  });
  await new Promise<void>((done) => server.listen(PORT, '127.0.0.1', done));
  const profile = mkdtempSync(join(tmpdir(), 'dars-idb-floor-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/`);
    const rows = [];
    for (const variant of VARIANTS) {
      const records = variant.startsWith('cards') ? CARDS : LOGS;
      const { queueMs, commitMs, readMs } = await page.evaluate(writeAndRead, { variant, records });
      rows.push({ variant, records, queueMs, commitMs, writeMs: queueMs + commitMs, readMs });
    }
    console.table(rows);
    console.log(JSON.stringify(rows));
  } finally {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
    server.close();
  }
}

/**
 * In the page: `records` review logs (or cards, for a `cards-` variant) of the app's shape written
 * in one transaction, timed, then read back in another. Everything is in this one function: it is
 * serialised into the page.
 */
async function writeAndRead({ variant, records: count }: { variant: string; records: number }) {
  const cards = variant.startsWith('cards');
  const db = await new Promise<IDBDatabase>((done, fail) => {
    const open = indexedDB.open(`floor-${variant}`, 1);
    open.onupgradeneeded = () => {
      if (cards) {
        const store = open.result.createObjectStore('reviews', {
          keyPath: ['profileId', 'itemId']
        });
        if (variant === 'cards-bare') return;
        const phase = variant === 'cards-four-indexes' ? ['phase'] : [];
        for (const field of ['queueDue', 'newOrder', 'learnDue', ...phase]) {
          store.createIndex(field, ['profileId', field]);
        }
        return;
      }
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
  // (Loops, not helper functions: tsx would name them with a helper the page does not have.)
  for (let i = 0; cards && i < count; i++) {
    // A quarter new, the rest scheduled; one in twenty learning (as the bench's decks).
    const phase = i % 4 === 0 ? 'new' : i % 20 === 1 ? 'learning' : 'review';
    const due = 1.77e12 + i * 60_000;
    records.push({
      profileId: 'default',
      itemId: `c-${i.toString(16).padStart(10, '0')}`,
      sibling: `s-${i.toString(16).padStart(10, '0')}`,
      order: i,
      phase,
      due,
      stability: phase === 'new' ? 0 : 12.3065,
      difficulty: phase === 'new' ? 0 : 5.11810397,
      elapsedDays: phase === 'new' ? 0 : 9,
      scheduledDays: phase === 'new' ? 0 : 14,
      learningSteps: 0,
      reps: phase === 'new' ? 0 : 3,
      lapses: 0,
      lastReview: phase === 'new' ? null : due - 14 * 86_400_000,
      suspended: false,
      leech: false,
      ...(phase === 'new' ? { newOrder: i } : { queueDue: due }),
      ...(phase === 'learning' ? { learnDue: due } : {})
    });
  }
  for (let i = 0; !cards && i < count; i++) {
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
      ? Array.from({ length: Math.ceil(count / 1000) }, (_, k) => ({
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
  const read = await new Promise<unknown[]>((done, fail) => {
    const request = db.transaction('reviews').objectStore('reviews').getAll();
    request.onsuccess = () => done(request.result as unknown[]);
    request.onerror = () => fail(request.error);
  });
  if (read.length !== rows.length) throw new Error(`read ${read.length} of ${rows.length}`);
  const t3 = performance.now();
  db.close();
  return {
    queueMs: Math.round(t1 - t0),
    commitMs: Math.round(t2 - t1),
    readMs: Math.round(t3 - t2)
  };
}

await main();
