import { createScheduler, newCard, withIndexFields, type Scheduler } from './cards';
import {
  PLAIN_CARD_ENTRIES,
  type CardRecord,
  type ClassQuiz,
  type PlainCard,
  type Profile,
  type QuizAttempt,
  type ReviewLogRecord
} from './records';
import { uidOf } from './review-uid';
import { mergeSchedulerSettings } from './settings-schema';

/**
 * Merging two devices' data (this device's and a backup file's) without a server. The result is
 * the same whichever side is "here" (commutative), merging the same data again changes nothing
 * (idempotent), and no review is kept twice:
 * - reviews: the union by `uid`; a uid that stands for two different reviews refuses the merge;
 * - cards: a card both sides have, whose reviews or schedule differ between them, is rebuilt by
 *   replaying the union of its reviews in time order (ties by uid) from a new card through the
 *   profile's scheduler, and every one of its logs gets the `from` of the replay (so the unique
 *   `byStep` index holds: two devices may have graded the card from the same state). A card only
 *   one side has anything of is taken as it is. Suspension is not a review: a merged card is
 *   suspended if either side's is. A reset is not logged either: a rebuilt card counts the reviews
 *   before a reset again (a card reset on one side and not the other is rebuilt);
 * - quiz attempts: the union by (profile, start, seed), an attempt's identity on every device;
 * - class quizzes: by code, their results united by key;
 * - profiles: matched by id; each keeps the settings saved last (`updatedAt`), and its name from
 *   the same side. Device settings are not merged (each device keeps its own).
 */

/** What a merge reads from each side (the stores a backup holds, device settings aside). */
export interface MergeData {
  profiles: readonly Profile[];
  /** Each profile's stored settings object by profile id, with its `updatedAt` when it has one. */
  profileSettings: Readonly<Record<string, unknown>>;
  cards: readonly CardRecord[];
  /** This device's logs carry their IndexedDB `id`; the file's are taken without. */
  reviews: readonly ReviewLogRecord[];
  attempts: readonly QuizAttempt[];
  classes: readonly ClassQuiz[];
}

/** Where a profile of the file goes: into the profile of the same id here, or in as a new one. */
export interface ProfileMapping {
  id: string;
  /** Its name in the file ('' for the first profile, shown as "Me"). */
  name: string;
  /** The profile here it merges into; null when it comes in as a new profile. */
  here: Profile | null;
}

export interface MergePreview {
  profiles: ProfileMapping[];
  /** Reviews the file adds, by profile id (profiles it adds none to are left out). */
  reviews: Record<string, number>;
  /** Cards here that studying on either side changes (rebuilt, or new). */
  cards: number;
  attempts: number;
  /** Class quizzes the file adds, and results it adds to class quizzes (new ones' included). */
  classes: number;
  results: number;
}

/** The writes that turn this device's data into the merged data. */
export interface MergeChanges {
  profiles: Profile[];
  settings: [string, unknown][];
  cards: CardRecord[];
  /** Reviews new here (no `id`: the store gives one). */
  reviewsAdded: ReviewLogRecord[];
  /** Reviews here whose `from` (or missing `uid`) changes, with their `id`. */
  reviewsChanged: ReviewLogRecord[];
  /** Quiz attempts new here (no `id`). */
  attempts: QuizAttempt[];
  classes: ClassQuiz[];
}

export type MergeResult =
  | { ok: true; merged: MergeData; changes: MergeChanges; preview: MergePreview }
  | { ok: false; problem: string };

/** Merges the file's data into this device's; pure, see the module's comment for the rules. */
export function mergeData(here: MergeData, file: MergeData): MergeResult {
  const union = unionReviews(here.reviews, file.reviews);
  if (typeof union === 'string') return { ok: false, problem: union };
  const { profiles, profileSettings } = mergeProfiles(here, file);
  const schedulers = schedulersFor(profileSettings);
  const { cards, reviews } = mergeCards(here, file, union, schedulers);
  const merged: MergeData = {
    profiles,
    profileSettings,
    cards,
    reviews,
    attempts: mergeAttempts(here.attempts, file.attempts),
    classes: mergeClasses(here.classes, file.classes)
  };
  const changes = changesFrom(here, merged);
  return { ok: true, merged, changes, preview: previewOf(here, file, changes) };
}

// ---------------------------------------------------------------------------------------------
// Profiles and their settings

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const savedAt = (settings: unknown): number =>
  isObject(settings) && typeof settings.updatedAt === 'number' ? settings.updatedAt : -Infinity;

interface ProfileSide {
  profile: Profile | undefined;
  settings: unknown;
}

/** The side whose settings were saved last; a tie is broken by the data, not by the side. */
function newer(a: ProfileSide, b: ProfileSide): ProfileSide {
  const [ta, tb] = [savedAt(a.settings), savedAt(b.settings)];
  if (ta !== tb) return ta > tb ? a : b;
  return JSON.stringify([a.settings, a.profile]) >= JSON.stringify([b.settings, b.profile]) ? a : b;
}

function mergeProfiles(here: MergeData, file: MergeData) {
  const byId = (d: MergeData) => new Map(d.profiles.map((p) => [p.id, p]));
  const [mine, theirs] = [byId(here), byId(file)];
  const profiles: Profile[] = [];
  const profileSettings: Record<string, unknown> = {};
  for (const id of new Set([...mine.keys(), ...theirs.keys()])) {
    const a = { profile: mine.get(id), settings: here.profileSettings[id] };
    const b = { profile: theirs.get(id), settings: file.profileSettings[id] };
    const win = newer(a, b);
    const other = win === a ? b : a;
    const profile = (win.profile ?? other.profile)!;
    const createdAt = Math.min(a.profile?.createdAt ?? Infinity, b.profile?.createdAt ?? Infinity);
    profiles.push({ ...profile, createdAt });
    const settings = win.settings ?? other.settings;
    if (settings !== undefined) profileSettings[id] = settings;
  }
  return { profiles, profileSettings };
}

function schedulersFor(settings: Record<string, unknown>): (profileId: string) => Scheduler {
  const made = new Map<string, Scheduler>();
  return (id) => {
    let s = made.get(id);
    if (!s) {
      const stored = settings[id];
      s = createScheduler(mergeSchedulerSettings(isObject(stored) ? stored.scheduler : undefined));
      made.set(id, s);
    }
    return s;
  };
}

// ---------------------------------------------------------------------------------------------
// Reviews and cards

const cardKey = (r: { profileId: string; itemId: string }) =>
  JSON.stringify([r.profileId, r.itemId]);

/** This device's logs (with their ids) and the file's new ones (without), each with its uid. */
type Union = Map<string, ReviewLogRecord>;

const sameReview = (a: ReviewLogRecord, b: ReviewLogRecord) =>
  a.profileId === b.profileId &&
  a.itemId === b.itemId &&
  a.review === b.review &&
  a.grade === b.grade;

/** The union by uid, or a problem when one uid stands for two different reviews. */
function unionReviews(
  here: readonly ReviewLogRecord[],
  file: readonly ReviewLogRecord[]
): Union | string {
  const union: Union = new Map();
  for (const r of here) union.set(uidOf(r), { ...r, uid: uidOf(r) });
  for (const r of file) {
    const uid = uidOf(r);
    const known = union.get(uid);
    if (known && !sameReview(known, r)) return `review ${uid}: two different reviews`;
    if (!known) union.set(uid, withoutId({ ...r, uid }));
  }
  return union;
}

function withoutId<T extends { id?: number }>(record: T): T {
  const copy = { ...record };
  delete copy.id;
  return copy;
}

const byTime = (a: ReviewLogRecord, b: ReviewLogRecord) =>
  a.review - b.review || (a.uid! < b.uid! ? -1 : a.uid! > b.uid! ? 1 : 0);

function groupByCard(reviews: Iterable<ReviewLogRecord>): Map<string, ReviewLogRecord[]> {
  const groups = new Map<string, ReviewLogRecord[]>();
  for (const r of reviews) {
    const key = cardKey(r);
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  for (const group of groups.values()) group.sort(byTime);
  return groups;
}

const uidsByCard = (reviews: readonly ReviewLogRecord[]) => {
  const uids = new Map<string, Set<string>>();
  for (const r of reviews) {
    const key = cardKey(r);
    uids.set(key, (uids.get(key) ?? new Set()).add(uidOf(r)));
  }
  return uids;
};

const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  a.size === b.size && [...a].every((x) => b.has(x));

const SCHEDULE_KEYS = (Object.keys(PLAIN_CARD_ENTRIES) as (keyof PlainCard)[]).filter(
  (k) => k !== 'suspended' && k !== 'leech'
);

const sameSchedule = (a: PlainCard, b: PlainCard) => SCHEDULE_KEYS.every((k) => a[k] === b[k]);

/**
 * A card replayed from new through its reviews (sorted by time), suspended if any of `cards` is;
 * each log gets the state it was graded from in the replay as its `from`.
 */
export function replayCard(
  cards: readonly CardRecord[],
  logs: readonly ReviewLogRecord[],
  scheduler: Scheduler
): { card: CardRecord; logs: ReviewLogRecord[] } {
  const first = cards[0]!;
  const order = Math.min(...cards.map((c) => c.order));
  const sibling = cards.map((c) => c.sibling).sort()[0]!;
  const due = logs[0]?.dueBefore ?? Math.min(...cards.map((c) => c.due));
  let card = newCard(first.profileId, first.itemId, order, sibling, due);
  const out: ReviewLogRecord[] = [];
  for (const log of logs) {
    out.push({ ...log, from: [card.reps, card.due] });
    card = scheduler.grade(card, log.grade, log.review, log.source).card;
  }
  return {
    card: withIndexFields({ ...card, suspended: cards.some((c) => c.suspended) }),
    logs: out
  };
}

function withoutFrom(log: ReviewLogRecord): ReviewLogRecord {
  const copy = { ...log };
  delete copy.from;
  return copy;
}

interface CardSide {
  card: CardRecord | undefined;
  uids: ReadonlySet<string>;
}

const has = (s: CardSide) => s.card !== undefined || s.uids.size > 0;

/** One card's merged state and logs; `logs` are the union's logs of that card, sorted. */
function mergeCard(
  a: CardSide,
  b: CardSide,
  logs: ReviewLogRecord[],
  scheduler: (profileId: string) => Scheduler
): { card: CardRecord | undefined; logs: ReviewLogRecord[] } {
  if (!has(b)) return { card: a.card, logs };
  if (!has(a)) return { card: b.card, logs };
  const cards = [a.card, b.card].filter((c): c is CardRecord => c !== undefined);
  // Logs without a card on either side (an edge: its course gone from both) keep no `from`, which
  // two devices' logs could share.
  if (cards.length === 0) return { card: undefined, logs: logs.map(withoutFrom) };
  if (a.card && b.card && sameSet(a.uids, b.uids) && sameSchedule(a.card, b.card)) {
    const [x, y] = [a.card, b.card];
    const card = { ...x, suspended: x.suspended || y.suspended, leech: x.leech || y.leech };
    return { card: withIndexFields(card), logs };
  }
  return replayCard(cards, logs, scheduler(cards[0]!.profileId));
}

function mergeCards(
  here: MergeData,
  file: MergeData,
  union: Union,
  scheduler: (profileId: string) => Scheduler
): { cards: CardRecord[]; reviews: ReviewLogRecord[] } {
  const [mine, theirs] = [here, file].map((d) => new Map(d.cards.map((c) => [cardKey(c), c])));
  const [uidsHere, uidsFile] = [uidsByCard(here.reviews), uidsByCard(file.reviews)];
  const groups = groupByCard(union.values());
  const keys = new Set([...mine!.keys(), ...theirs!.keys(), ...groups.keys()]);
  const cards: CardRecord[] = [];
  const reviews: ReviewLogRecord[] = [];
  const none = new Set<string>();
  for (const key of keys) {
    const a = { card: mine!.get(key), uids: uidsHere.get(key) ?? none };
    const b = { card: theirs!.get(key), uids: uidsFile.get(key) ?? none };
    const merged = mergeCard(a, b, groups.get(key) ?? [], scheduler);
    if (merged.card) cards.push(merged.card);
    reviews.push(...merged.logs);
  }
  return { cards, reviews };
}

// ---------------------------------------------------------------------------------------------
// Quizzes

/** An attempt's identity on every device: its profile, when it started and its plan's seed. */
const attemptKey = (a: QuizAttempt) => JSON.stringify([a.profileId, a.startedAt, a.plan.seed]);

function mergeAttempts(here: readonly QuizAttempt[], file: readonly QuizAttempt[]): QuizAttempt[] {
  const keys = new Set(here.map(attemptKey));
  const merged = [...here];
  for (const a of file) {
    const key = attemptKey(a);
    if (keys.has(key)) continue;
    keys.add(key);
    merged.push(withoutId(a));
  }
  return merged;
}

type ClassResult = ClassQuiz['results'][number];

const byAdded = (a: ClassResult, b: ClassResult) =>
  a.addedAt - b.addedAt || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Of one result added on both devices, the one added first (then either, the same on both). */
const firstAdded = (a: ClassResult, b: ClassResult) =>
  a.addedAt !== b.addedAt
    ? a.addedAt < b.addedAt
      ? a
      : b
    : JSON.stringify(a) <= JSON.stringify(b)
      ? a
      : b;

function mergeClasses(here: readonly ClassQuiz[], file: readonly ClassQuiz[]): ClassQuiz[] {
  const merged = new Map(here.map((c) => [c.code, c]));
  for (const c of file) {
    const mine = merged.get(c.code);
    if (!mine) {
      merged.set(c.code, c);
      continue;
    }
    const results = new Map(c.results.map((r) => [r.key, r]));
    for (const r of mine.results) {
      const theirs = results.get(r.key);
      if (!theirs || firstAdded(r, theirs) === r) results.set(r.key, r);
    }
    merged.set(c.code, { ...mine, results: [...results.values()].sort(byAdded) });
  }
  return [...merged.values()];
}

// ---------------------------------------------------------------------------------------------
// What changes here, and the preview

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const CARD_KEYS = [
  ...Object.keys(PLAIN_CARD_ENTRIES),
  'queueDue',
  'newOrder',
  'learnDue'
] as (keyof CardRecord)[];

const sameCard = (a: CardRecord, b: CardRecord) => CARD_KEYS.every((k) => same(a[k], b[k]));

function changed<T>(records: readonly T[], here: readonly T[], key: (r: T) => string) {
  const mine = new Map(here.map((r) => [key(r), r]));
  return (isSame: (a: T, b: T) => boolean) =>
    records.filter((r) => {
      const old = mine.get(key(r));
      return old === undefined || !isSame(old, r);
    });
}

function changesFrom(here: MergeData, merged: MergeData): MergeChanges {
  const uids = new Map(here.reviews.map((r) => [uidOf(r), r]));
  const settings = Object.entries(merged.profileSettings).filter(
    ([id, s]) => !same(here.profileSettings[id], s)
  );
  return {
    profiles: changed(merged.profiles, here.profiles, (p) => p.id)(same),
    settings,
    cards: changed(merged.cards, here.cards, cardKey)(sameCard),
    reviewsAdded: merged.reviews.filter((r) => r.id === undefined),
    reviewsChanged: merged.reviews.filter((r) => {
      const old = r.id === undefined ? undefined : uids.get(r.uid!);
      return old !== undefined && (old.uid === undefined || !same(old.from, r.from));
    }),
    attempts: merged.attempts.filter((a) => a.id === undefined),
    classes: changed(merged.classes, here.classes, (c) => c.code)(same)
  };
}

function previewOf(here: MergeData, file: MergeData, changes: MergeChanges): MergePreview {
  const mine = new Map(here.profiles.map((p) => [p.id, p]));
  const reviews: Record<string, number> = {};
  for (const r of changes.reviewsAdded) reviews[r.profileId] = (reviews[r.profileId] ?? 0) + 1;
  const classesHere = new Map(here.classes.map((c) => [c.code, c.results.length]));
  let results = 0;
  for (const c of changes.classes) results += c.results.length - (classesHere.get(c.code) ?? 0);
  return {
    profiles: file.profiles.map((p) => ({ id: p.id, name: p.name, here: mine.get(p.id) ?? null })),
    reviews,
    // A card never studied on either side changes only its due (the earlier one): not counted.
    cards: changes.cards.filter((c) => c.lastReview !== null).length,
    attempts: changes.attempts.length,
    classes: changes.classes.filter((c) => !classesHere.has(c.code)).length,
    results
  };
}
