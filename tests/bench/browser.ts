// What the benchmarks share to drive the production build in Debian's Chromium: a copy of the
// build with a bank of any size, its server, a browser profile, records written straight into
// the app's database, and the app's own performance measures read back.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium-path.mjs';
import { buildHandler } from '../../scripts/static-handler.mjs';

export const BUILD = resolve('build');
export const WORK = resolve('.bench');

export interface BankFile {
  bankVersion: string;
  items: { id: string; sibling: string; article: string; topic: string }[];
}

/** A copy of build/ whose one article's bank holds `n` items: the real ones, cloned with new ids. */
export function site(n: number): { dir: string; items: BankFile['items']; version: string } {
  const dir = join(WORK, `site-${n}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(BUILD, dir, { recursive: true });
  const indexPath = join(dir, 'bank', 'index.json');
  const index = JSON.parse(readFileSync(indexPath, 'utf8'));
  const entry = index.articles[0];
  const bankPath = join(dir, 'bank', entry.file);
  const real = JSON.parse(readFileSync(bankPath, 'utf8')) as BankFile;
  const items = Array.from({ length: n }, (_, i) => {
    const base = real.items[i % real.items.length]!;
    const k = Math.floor(i / real.items.length);
    return k === 0 ? base : { ...base, id: `${base.id}-${k}`, sibling: `${base.sibling}-${k}` };
  });
  const version = `bench-${n}`;
  writeFileSync(bankPath, JSON.stringify({ ...real, bankVersion: version, items }));
  entry.items = n;
  entry.bankVersion = version;
  index.bankVersion = version;
  writeFileSync(indexPath, JSON.stringify(index));
  // The precompressed copies describe the real bank; without them the server sends these files.
  for (const path of [bankPath, indexPath]) {
    rmSync(`${path}.gz`, { force: true });
    rmSync(`${path}.br`, { force: true });
  }
  return { dir, items, version };
}

/** Serves `dir` as `npm run serve` serves the build. */
export async function serve(dir: string, port: number): Promise<Server> {
  const handler = buildHandler(dir);
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return server;
}

/** Writes records straight into the app's database, in batches, on a connection of its own. */
export async function put(
  page: Page,
  store: string,
  records: unknown[],
  key?: string
): Promise<void> {
  for (let i = 0; i < records.length; i += 5000) {
    const batch = records.slice(i, i + 5000);
    await page.evaluate(
      ({ store, batch, key }) =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('dars');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const tx = db.transaction(store, 'readwrite');
            for (const record of batch) {
              if (key) tx.objectStore(store).put(record, key);
              else tx.objectStore(store).put(record);
            }
            tx.oncomplete = () => {
              db.close();
              done();
            };
            tx.onerror = (event) => fail((event.target as IDBRequest).error);
          };
        }),
      { store, batch, key }
    );
  }
}

export const launch = (userDataDir: string, offline = false) =>
  chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    offline,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true
  });

export const entries = (page: Page, name: string) =>
  page.evaluate(
    (name) =>
      performance.getEntriesByName(name).map((e) => ({ start: e.startTime, duration: e.duration })),
    name
  );

export async function waitFor(
  page: Page,
  name: string,
  count = 1,
  timeout = 300_000
): Promise<void> {
  await page.waitForFunction(
    ({ name, count }) => performance.getEntriesByName(name).length >= count,
    { name, count },
    { timeout }
  );
}

/** How many records a store of the app's database holds (0 for a store it does not have). */
export const countRecords = (page: Page, store: string) =>
  page.evaluate(
    (store) =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('dars');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) {
            db.close();
            return done(0);
          }
          const count = db.transaction(store).objectStore(store).count();
          count.onsuccess = () => {
            db.close();
            done(count.result);
          };
          count.onerror = () => fail(count.error);
        };
      }),
    store
  );

/** The reviews in the app's database, read on a connection of the page's own. */
export const countReviews = (page: Page) => countRecords(page, 'reviews');

/**
 * Merges a backup file through the settings screen (in English) and reads the app's measures:
 * `readMs` from choosing the file to "Merge" offered (read, checked, previewed), `mergeMs` the
 * app's 'backup merged' measure. The page reloads 600 ms after a merge, so the measure is kept in
 * sessionStorage the moment it is taken.
 */
export async function mergeFile(
  page: Page,
  file: string
): Promise<{ readMs: number; mergeMs: number }> {
  await page.evaluate(() => {
    const measure = performance.measure.bind(performance);
    performance.measure = ((...args: Parameters<typeof measure>) => {
      const entry = measure(...args);
      if (args[0] === 'backup merged') sessionStorage.setItem('bench:merged', `${entry.duration}`);
      return entry;
    }) as typeof performance.measure;
  });
  const t0 = Date.now();
  await page.getByLabel('Import backup').setInputFiles(file);
  const button = page.getByRole('button', { name: 'Merge', exact: true });
  const refused = page.getByRole('alert').filter({ hasText: /\S/ });
  await button.or(refused).first().waitFor({ timeout: 600_000 });
  if (!(await button.isVisible())) throw new Error(`merge refused: ${await refused.innerText()}`);
  const readMs = Date.now() - t0;
  const reloaded = page.waitForEvent('load', { timeout: 600_000 });
  await button.click();
  await reloaded;
  const mergeMs = Number(await page.evaluate(() => sessionStorage.getItem('bench:merged')));
  return { readMs, mergeMs };
}
