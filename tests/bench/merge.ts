// `npm run bench:merge`: how long merging two devices' data takes (`mergeData`, the pure step of
// "Merge": the union of the logs and the replay of every touched card through the scheduler) at
// 10,000 and 100,000 reviews. Two devices share a past (half the reviews), then each studies on
// its own; the file is the other device's whole data. Prints the median of three runs per size.
// The database writes of a merge come on top: one per added review (see docs/ARCHITECTURE.md,
// "what a backup import costs"). Not part of `npm test`.
import { performance } from 'node:perf_hooks';
import {
  createScheduler,
  DEFAULT_SCHEDULER_SETTINGS,
  newCard,
  type CardRecord,
  type Grade,
  type ReviewLogRecord
} from '../../src/lib/domain/cards';
import { mergeData, type MergeData } from '../../src/lib/domain/merge';
import { seededRandom, randomInt, type Random } from '../../src/lib/domain/random';

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);
const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);

interface Device extends MergeData {
  cards: CardRecord[];
  reviews: ReviewLogRecord[];
}

function device(items: number): Device {
  return {
    profiles: [{ id: 'default', name: '', createdAt: T0 }],
    profileSettings: {},
    cards: Array.from({ length: items }, (_, i) => newCard('default', `i-${i}`, i, `s-${i}`, T0)),
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

function pair(reviews: number, random: Random): [Device, Device] {
  const a = device(Math.max(100, reviews / 20));
  const end = study(a, reviews / 2, T0, 'shared-', random);
  const b = structuredClone(a);
  study(a, reviews / 4, end, 'a-', random);
  study(b, reviews / 4, end, 'b-', random);
  // The file's reviews come without this device's ids.
  b.reviews = b.reviews.map(({ id: _, ...log }) => log as ReviewLogRecord);
  return [a, b];
}

for (const reviews of [10_000, 100_000]) {
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
    `merge of ${reviews.toLocaleString('en')} reviews (${here.cards.length.toLocaleString('en')} cards, ` +
      `${added.toLocaleString('en')} added): ${Math.round(times[1]!)} ms (median of 3)`
  );
}
