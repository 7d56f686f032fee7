import type { CardRecord } from './records';
import { SLOT_MS, SLOTS_PER_DAY } from './daily';
import type { TopicMastery } from './mastery';

// Card tallies count a profile's cards the way the statistics ask about them, so that a screen
// reads a few hundred small records instead of walking every card (Chromium's `count()` walks its
// range). Kept in step with every card written one by one (a grade, an undo, a suspension), and
// counted again from the cards after a bulk change. Due times are counted per UTC day and per
// quarter hour: a study day starts at a whole local hour, a whole number of quarter hours from
// UTC, so any span of study days is whole days plus whole quarter hours at its two ends.

/**
 * What a tally counts: `d` cards in the due index (scheduled, not suspended) by UTC day of
 * `queueDue`, `q` the same by quarter hour; by an item's course and topic, `t` every card,
 * `s` cards seen (not new), `k` cards known (in review).
 */
export type TallyKind = 'd' | 'q' | 't' | 's' | 'k';

/** Where a card's item sits, in the bank as it is now. */
export interface Place {
  course: string;
  topic: string;
}

/** One stored tally, keyed `[profileId, kind, at]`. */
export interface TallyRecord {
  profileId: string;
  kind: TallyKind;
  /** A day or quarter-hour number for `d` and `q`; `[course, topic]` for the others. */
  at: number | [string, string];
  n: number;
}

export type TallyKey = [string, TallyKind, number | [string, string]];

const keyOf = (profileId: string, kind: TallyKind, at: TallyRecord['at']): TallyKey => [
  profileId,
  kind,
  at
];

/** The tallies one card counts in (once each), given its item's place (undefined: none). */
export function tallyKeys(
  card: Pick<CardRecord, 'profileId' | 'phase' | 'queueDue'>,
  place: Place | undefined
): TallyKey[] {
  const keys: TallyKey[] = [];
  if (card.queueDue !== undefined) {
    const quarter = Math.floor(card.queueDue / SLOT_MS);
    keys.push(keyOf(card.profileId, 'd', Math.floor(quarter / SLOTS_PER_DAY)));
    keys.push(keyOf(card.profileId, 'q', quarter));
  }
  if (place) {
    const at: [string, string] = [place.course, place.topic];
    keys.push(keyOf(card.profileId, 't', at));
    if (card.phase !== 'new') keys.push(keyOf(card.profileId, 's', at));
    if (card.phase === 'review') keys.push(keyOf(card.profileId, 'k', at));
  }
  return keys;
}

/**
 * How a card's write changes the tallies: -1 for each tally `before` counted in, +1 for each
 * `after` counts in (undefined: no card), the two netted; only non-zero changes, by key.
 */
export function tallyChanges(
  before: Pick<CardRecord, 'profileId' | 'phase' | 'queueDue'> | undefined,
  after: Pick<CardRecord, 'profileId' | 'phase' | 'queueDue'> | undefined,
  placeOf: (itemId: string) => Place | undefined,
  itemId: string
): { key: TallyKey; delta: number }[] {
  const place = placeOf(itemId);
  const changes = new Map<string, { key: TallyKey; delta: number }>();
  const add = (keys: TallyKey[], delta: number) => {
    for (const key of keys) {
      const id = JSON.stringify(key);
      const change = changes.get(id) ?? { key, delta: 0 };
      change.delta += delta;
      changes.set(id, change);
    }
  };
  if (before) add(tallyKeys(before, place), -1);
  if (after) add(tallyKeys(after, place), 1);
  return [...changes.values()].filter((c) => c.delta !== 0);
}

/** Every tally of a set of cards, counted from scratch. */
export function countTallies(
  cards: Iterable<Pick<CardRecord, 'profileId' | 'itemId' | 'phase' | 'queueDue'>>,
  placeOf: (itemId: string) => Place | undefined
): TallyRecord[] {
  const out = new Map<string, TallyRecord>();
  for (const card of cards) {
    for (const [profileId, kind, at] of tallyKeys(card, placeOf(card.itemId))) {
      const id = JSON.stringify([profileId, kind, at]);
      const record = out.get(id) ?? { profileId, kind, at, n: 0 };
      record.n++;
      out.set(id, record);
    }
  }
  return [...out.values()];
}

/** The UTC days whose quarter-hour tallies {@link dueCountsFromTallies} needs for `ends`. */
export function boundaryDays(ends: readonly number[]): number[] {
  return [...new Set(ends.map((end) => Math.floor(end / SLOT_MS / SLOTS_PER_DAY)))];
}

/** Whether every end falls on a quarter hour, so that the tallies can count up to it. */
export const onQuarters = (ends: readonly number[]): boolean =>
  ends.every((end) => Number.isFinite(end) && end % SLOT_MS === 0);

/**
 * The cards due before `ends[0]` (overdue ones included), then from each end to the next: the same
 * numbers as counting the due index over those spans. `days` holds every `d` tally of the profile,
 * `quarters` at least the `q` tallies of the {@link boundaryDays}; every end is on a quarter hour.
 */
export function dueCountsFromTallies(
  days: readonly Pick<TallyRecord, 'at' | 'n'>[],
  quarters: readonly Pick<TallyRecord, 'at' | 'n'>[],
  ends: readonly number[]
): number[] {
  const dayList = days.map(({ at, n }) => ({ at: at as number, n })).sort((a, b) => a.at - b.at);
  const quarterOf = new Map(quarters.map(({ at, n }) => [at as number, n]));
  // Cards due before `end`: the whole days before its day, then its day's quarters before it.
  const before = (end: number) => {
    const quarter = end / SLOT_MS;
    const day = Math.floor(quarter / SLOTS_PER_DAY);
    let n = 0;
    for (const d of dayList) {
      if (d.at >= day) break;
      n += d.n;
    }
    for (let q = day * SLOTS_PER_DAY; q < quarter; q++) n += quarterOf.get(q) ?? 0;
    return n;
  };
  const totals = ends.map(before);
  return totals.map((n, i) => n - (i === 0 ? 0 : (totals[i - 1] ?? 0)));
}

/** One course-and-topic's counts from its `t`, `s` and `k` tallies. */
export interface PlaceCounts extends Place {
  total: number;
  seen: number;
  known: number;
}

/** The `t`, `s` and `k` tallies gathered by place. */
export function placeCounts(records: readonly TallyRecord[]): PlaceCounts[] {
  const out = new Map<string, PlaceCounts>();
  const field = { t: 'total', s: 'seen', k: 'known' } as const;
  for (const { kind, at, n } of records) {
    if (kind !== 't' && kind !== 's' && kind !== 'k') continue;
    const [course, topic] = at as [string, string];
    const id = JSON.stringify(at);
    const row = out.get(id) ?? { course, topic, total: 0, seen: 0, known: 0 };
    row[field[kind]] += n;
    out.set(id, row);
  }
  return [...out.values()];
}

/**
 * `masteryByTopic` from the place counts: the same rows, for the places `inScope` keeps, in the
 * order of `topics`.
 */
export function masteryFromPlaces(
  places: readonly PlaceCounts[],
  inScope: (course: string) => boolean,
  topics: readonly string[]
): TopicMastery[] {
  const rows = new Map(topics.map((topic) => [topic, { topic, total: 0, known: 0, seen: 0 }]));
  for (const place of places) {
    const row = rows.get(place.topic);
    if (!row || !inScope(place.course)) continue;
    row.total += place.total;
    row.seen += place.seen;
    row.known += place.known;
  }
  return [...rows.values()].filter((row) => row.total > 0);
}
