// `npm run bench:merge`: how long merging two devices' data takes at 10,000 and 100,000 reviews.
// Two devices share a past (half the reviews), then each studies on its own; the file is the
// other device's whole data. First the pure step (`mergeData`: the union of the logs and the
// replay of every touched card through the scheduler), the median of three runs per size. Then
// the whole "Merge" as a user does it, in Debian's Chromium on the production build (run
// `npm run build` first): this device's data in IndexedDB, the other's backup file chosen in the
// settings, "Merge" pressed; it prints the time to read and preview the file and the app's
// 'backup merged' measure (the merge in one transaction), and checks that every added review is
// stored. Not part of `npm test`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium-path.mjs';
import { makeBackup } from '../../src/lib/domain/backup';
import { createScheduler, newCard } from '../../src/lib/domain/cards';
import { type CardRecord, type Grade, type ReviewLogRecord } from '../../src/lib/domain/records';
import { DEFAULT_SCHEDULER_SETTINGS } from '../../src/lib/domain/settings-schema';
import { mergeData, type MergeData } from '../../src/lib/domain/merge';
import { seededRandom, randomInt, type Random } from '../../src/lib/domain/random';
import { DEFAULT_DEVICE_SETTINGS } from '../../src/lib/domain/settings';
import { countReviews, mergeFile, put, serve, site, WORK } from './browser';

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);
const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);

interface Device extends MergeData {
  cards: CardRecord[];
  reviews: ReviewLogRecord[];
}

/** A device with a new card for each item (`i-0`… unless given). */
function device(items: number, ids?: { id: string; sibling: string }[]): Device {
  const item = (i: number) => ids?.[i] ?? { id: `i-${i}`, sibling: `s-${i}` };
  return {
    profiles: [{ id: 'default', name: '', createdAt: T0 }],
    profileSettings: {},
    cards: Array.from({ length: items }, (_, i) =>
      newCard('default', item(i).id, i, item(i).sibling, T0)
    ),
    reviews: [],
    attempts: [],
    classes: []
  };
}

/** `count` grades on random cards, each a few hours after the last, logged as the app does. */
function study(d: Device, count: number, start: number, prefix: string, random: Random): number {
  let now = start;
  for (let i = 0; i < count; i++) {
    now += (1 + randomInt(random, 240)) * 60_000;
    const at = randomInt(random, d.cards.length);
    const grade = (1 + randomInt(random, 4)) as Grade;
    const { card, log } = scheduler.grade(d.cards[at]!, grade, now);
    d.cards[at] = card;
    const id = d.reviews.length + 1;
    d.reviews.push({ ...log, id, uid: `${prefix}${id}` });
  }
  return now;
}

const cardsFor = (reviews: number) => Math.max(100, reviews / 20);

/**
 * Two devices with `reviews` reviews between them: they share all but `own` reviews each (by
 * default half), then each studies `own` on its own.
 */
function pair(
  reviews: number,
  random: Random,
  ids?: { id: string; sibling: string }[],
  own = reviews / 4
): [Device, Device] {
  const a = device(cardsFor(reviews), ids);
  const end = study(a, reviews - 2 * own, T0, 'shared-', random);
  const b = structuredClone(a);
  study(a, own, end, 'a-', random);
  study(b, own, end, 'b-', random);
  // The file's reviews come without this device's ids.
  b.reviews = b.reviews.map(({ id: _, ...log }) => log as ReviewLogRecord);
  return [a, b];
}

const SIZES = (process.env.MERGE_SIZES ?? '10000,100000').split(',').map(Number);
const PORT = Number(process.env.BENCH_PORT ?? 4189);

for (const reviews of SIZES) {
  const [here, file] = pair(reviews, seededRandom(reviews));
  const times: number[] = [];
  let added = 0;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const result = mergeData(here, file);
    times.push(performance.now() - start);
    if (!result.ok) throw new Error(result.problem);
    added = result.changes.reviewsAdded.length;
  }
  times.sort((x, y) => x - y);
  console.log(
    `pure merge of ${reviews.toLocaleString('en')} reviews (${here.cards.length.toLocaleString('en')} cards, ` +
      `${added.toLocaleString('en')} added): ${Math.round(times[1]!)} ms (median of 3)`
  );
}

/** The other device's data as the backup file it would export (its logs numbered as its own). */
function backupOf(d: Device, dbVersion: number): string {
  const reviews = d.reviews.map((r, i) => ({ ...r, id: i + 1 }));
  const data = { ...d, reviews, app: 'dars', device: DEFAULT_DEVICE_SETTINGS, courses: [] };
  return JSON.stringify(makeBackup(data, Date.now(), dbVersion));
}

const dbVersion = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((done) => {
        const open = indexedDB.open('dars');
        open.onsuccess = () => {
          done(open.result.version);
          open.result.close();
        };
      })
  );

/**
 * The whole merge in the browser: this device's data stored, the other's file merged; each
 * device has `own` reviews the other has not.
 */
async function inBrowser(reviews: number, own: number, port: number): Promise<void> {
  const { dir, items } = site(cardsFor(reviews));
  const [here, other] = pair(reviews, seededRandom(reviews), items, own);
  const server = await serve(dir, port);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/settings?lang=en`);
    await page.getByLabel('Import backup').waitFor();
    await put(page, 'cards', here.cards);
    await put(page, 'reviews', here.reviews);
    const path = join(WORK, `merge-${reviews}.json`);
    writeFileSync(path, backupOf(other, await dbVersion(page)));
    await page.reload();
    const before = await countReviews(page);
    const { readMs, mergeMs } = await mergeFile(page, path);
    const added = (await countReviews(page)) - before;
    const expected = own;
    if (added !== expected) throw new Error(`the merge added ${added} reviews, not ${expected}`);
    console.log(
      `merge in the browser of ${reviews.toLocaleString('en')} reviews (${added.toLocaleString('en')} added, ` +
        `${other.reviews.length.toLocaleString('en')} in the file): ` +
        `file read and previewed in ${readMs} ms, merged in ${Math.round(mergeMs)} ms`
    );
  } finally {
    await browser.close();
    server.close();
  }
}

mkdirSync(WORK, { recursive: true });
// Each device a quarter of the reviews on its own (as the pure merge), then the usual case: a
// day's study (100 reviews) on each device since they last exchanged files.
const cases = SIZES.flatMap((n) => [
  [n, n / 4],
  [n, 100]
]);
for (const [i, [reviews, own]] of cases.entries()) await inBrowser(reviews!, own!, PORT + i);
