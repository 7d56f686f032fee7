import type { CardPhase, CardRecord, ReviewLogRecord } from './records';
import { shuffled } from './random';
import { SETTINGS_RANGE, type QueueSettings } from './settings-schema';

export { DEFAULT_QUEUE_SETTINGS, mergeQueueSettings, type QueueSettings } from './settings-schema';

export const DAY_START_HOUR_RANGE = SETTINGS_RANGE.dayStartHour;
export const NEW_PER_DAY_RANGE = SETTINGS_RANGE.newPerDay;
export const REVIEWS_PER_DAY_RANGE = SETTINGS_RANGE.reviewsPerDay;

export interface StudyDay {
  /** Epoch ms, inclusive. */
  start: number;
  /** Epoch ms, exclusive: the next day's start. */
  end: number;
  /** YYYY-MM-DD of the calendar date the study day starts on. */
  key: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The study day containing `now`, in the device's local time zone, each day starting at
 * `dayStartHour`: at 03:30 with the default 4 it is still yesterday. Daylight-saving days are 23 or
 * 25 hours long.
 */
export function studyDay(now: number, dayStartHour: number): StudyDay {
  const local = new Date(now);
  let start = new Date(local.getFullYear(), local.getMonth(), local.getDate(), dayStartHour);
  if (start.getTime() > now) {
    start = new Date(local.getFullYear(), local.getMonth(), local.getDate() - 1, dayStartHour);
  }
  // Rebuilt from the date parts, not start + 24 h, so the day boundary stays at the same local hour.
  const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1, dayStartHour);
  return {
    start: start.getTime(),
    end: end.getTime(),
    key: `${pad(start.getFullYear(), 4)}-${pad(start.getMonth() + 1)}-${pad(start.getDate())}`
  };
}

/** What today's review log says, for {@link buildQueue}. */
export interface DayProgress {
  newStudied: number;
  reviewsDone: number;
  siblingsSeen: ReadonlySet<string>;
}

/**
 * Sums up the grades that fall within `day` (from every source: a new card first met in a quiz
 * counts against the day's new cards too). A log keeps the sibling group its card had when graded;
 * a new bank version may have grouped the item anew since, so the item's group now
 * (`siblingOf`) counts as seen too.
 */
export function dayProgress(
  logs: Iterable<ReviewLogRecord>,
  day: Pick<StudyDay, 'start' | 'end'>,
  siblingOf: (itemId: string) => string | undefined = () => undefined
): DayProgress {
  let newStudied = 0;
  let reviewsDone = 0;
  const siblingsSeen = new Set<string>();
  for (const log of logs) {
    if (log.review < day.start || log.review >= day.end) continue;
    if (log.phaseBefore === 'new') newStudied += 1;
    else if (log.phaseBefore === 'review') reviewsDone += 1;
    siblingsSeen.add(log.sibling);
    const current = siblingOf(log.itemId);
    if (current !== undefined) siblingsSeen.add(current);
  }
  return { newStudied, reviewsDone, siblingsSeen };
}

export interface QueueInput {
  now: number;
  settings: QueueSettings;
  random: () => number;
  /** Scheduled cards with queueDue before the day's end (learning, relearning, review), any order. */
  due: readonly CardRecord[];
  /** New cards by newOrder ascending, a few more than the limit so buried siblings can be skipped. */
  fresh: readonly CardRecord[];
  today: DayProgress;
}

export interface QueueCounts {
  learning: number;
  review: number;
  new: number;
}

export interface Queue {
  cards: CardRecord[];
  counts: QueueCounts;
}

const isLearning = (phase: CardPhase) => phase === 'learning' || phase === 'relearning';

// Ties broken by article order then id, so the same cards always make the same queue.
const byDue = (a: CardRecord, b: CardRecord) =>
  a.due - b.due || a.order - b.order || (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0);

/** How many of each kind the cards hold. */
export function countQueue(cards: readonly CardRecord[]): QueueCounts {
  const counts: QueueCounts = { learning: 0, review: 0, new: 0 };
  for (const card of cards) {
    if (isLearning(card.phase)) counts.learning += 1;
    else if (card.phase === 'review') counts.review += 1;
    else counts.new += 1;
  }
  return counts;
}

/**
 * Today's queue, in the order to show it: (re)learning cards due by now, earliest first; reviews due
 * before the day ends, most overdue first, up to what is left of the daily limit; new cards in
 * article order (shuffled if asked) up to what is left of theirs; last, learning cards due later
 * today. A review or new card is buried (left out) when its sibling group was seen today or is
 * already in the queue; learning cards are never buried. Learning cards are kept in due order
 * throughout, which {@link insertByDue} and {@link nextIndex} rely on.
 */
export function buildQueue(input: QueueInput): Queue {
  const { now, settings, random, today } = input;
  const { end } = studyDay(now, settings.dayStartHour);
  const taken = new Set(today.siblingsSeen);
  const seenIds = new Set<string>();

  const learning: CardRecord[] = [];
  const reviews: CardRecord[] = [];
  for (const card of input.due) {
    if (card.suspended || card.due >= end || seenIds.has(card.itemId)) continue;
    if (isLearning(card.phase)) learning.push(card);
    else if (card.phase === 'review') reviews.push(card);
    else continue;
    seenIds.add(card.itemId);
  }
  learning.sort(byDue);
  for (const card of learning) taken.add(card.sibling);

  const chosenReviews: CardRecord[] = [];
  const reviewRoom = Math.max(0, settings.reviewsPerDay - today.reviewsDone);
  for (const card of reviews.sort(byDue)) {
    if (chosenReviews.length >= reviewRoom) break;
    if (taken.has(card.sibling)) continue;
    taken.add(card.sibling);
    chosenReviews.push(card);
  }

  const chosenNew: CardRecord[] = [];
  const newRoom = Math.max(0, settings.newPerDay - today.newStudied);
  for (const card of input.fresh) {
    if (chosenNew.length >= newRoom) break;
    if (card.phase !== 'new' || card.suspended || seenIds.has(card.itemId)) continue;
    if (taken.has(card.sibling)) continue;
    taken.add(card.sibling);
    seenIds.add(card.itemId);
    chosenNew.push(card);
  }
  const newCards = settings.shuffleNew ? shuffled(chosenNew, random) : chosenNew;

  const dueNow = learning.filter((c) => c.due <= now);
  const later = learning.filter((c) => c.due > now);
  const cards = [...dueNow, ...chosenReviews, ...newCards, ...later];
  return {
    cards,
    counts: { learning: learning.length, review: chosenReviews.length, new: chosenNew.length }
  };
}

/** Where {@link loadQueue} reads cards from: the storage indexes, or arrays in a test. */
export interface QueueSource {
  /** Every (re)learning, unsuspended card due before `before`, however long ago. */
  learning(before: number): Promise<readonly CardRecord[]>;
  /** The first `limit` scheduled, unsuspended cards due before `before`, earliest first. */
  due(before: number, limit: number): Promise<readonly CardRecord[]>;
  /** The first `limit` new, unsuspended cards in new-card order. */
  fresh(limit: number): Promise<readonly CardRecord[]>;
}

/** How many new cards to read for each one the day allows, so buried siblings can be skipped. */
const NEW_READ_AHEAD = 3;
/** Reviews read beyond the day's room at first, for buried siblings and learning cards among them. */
const DUE_READ_AHEAD = 50;

/**
 * Today's queue as {@link buildQueue} makes it from every due and new card, but reading only what
 * it can use: all learning cards, the earliest-due cards up to the reviews the day has room for,
 * and the first new cards a few times the new cards it has room for (each read again, four times
 * as many, while siblings buried among them leave room unfilled: one sentence can hold a dozen
 * items). So building a queue costs the same for a deck of a thousand cards as for one of fifty
 * thousand.
 */
export async function loadQueue(
  source: QueueSource,
  input: Omit<QueueInput, 'due' | 'fresh'>
): Promise<Queue> {
  const { now, settings, today } = input;
  const { end } = studyDay(now, settings.dayStartHour);
  const reviewRoom = Math.max(0, settings.reviewsPerDay - today.reviewsDone);
  const newRoom = Math.max(0, settings.newPerDay - today.newStudied);
  let freshLimit = settings.newPerDay * NEW_READ_AHEAD + 10;
  const [learning, firstFresh] = await Promise.all([
    source.learning(end),
    source.fresh(freshLimit)
  ]);
  const probe = { ...input, settings: { ...settings, shuffleNew: false }, fresh: [] };
  let limit = reviewRoom + DUE_READ_AHEAD;
  let due = await source.due(end, limit);
  const reviewsFrom = (read: readonly CardRecord[]) =>
    buildQueue({ ...probe, due: [...learning, ...read] }).counts.review;
  while (due.length === limit && reviewsFrom(due) < reviewRoom) {
    limit *= 4;
    due = await source.due(end, limit);
  }
  let fresh = firstFresh;
  const newFrom = (read: readonly CardRecord[]) =>
    buildQueue({ ...probe, due: [...learning, ...due], fresh: read }).counts.new;
  while (fresh.length === freshLimit && newFrom(fresh) < newRoom) {
    freshLimit *= 4;
    fresh = await source.fresh(freshLimit);
  }
  return buildQueue({ ...input, due: [...learning, ...due], fresh });
}

const sameCard = (a: CardRecord, b: CardRecord) =>
  a.itemId === b.itemId && a.profileId === b.profileId;

/**
 * The queue after `card` was graded: its old entry removed and, if it is (re)learning and not
 * suspended, the card put back among the learning cards by due time. A card in any other phase
 * leaves: its next review is on a later day. Cheap enough to run after every grade.
 */
export function insertByDue(cards: readonly CardRecord[], card: CardRecord): CardRecord[] {
  const rest = cards.filter((c) => !sameCard(c, card));
  if (card.suspended || !isLearning(card.phase)) return rest;
  const at = rest.findIndex((c) => isLearning(c.phase) && byDue(c, card) > 0);
  if (at === -1) rest.push(card);
  else rest.splice(at, 0, card);
  return rest;
}

/** {@link insertByDue} with the counts brought up to date. */
export function requeue(queue: Queue, card: CardRecord): Queue {
  const cards = insertByDue(queue.cards, card);
  return { cards, counts: countQueue(cards) };
}

/**
 * Index of the card to show at `now`: the (re)learning card due soonest if one is due, else the
 * first review or new card, else the learning card due soonest (ahead of time, since nothing else
 * is left); -1 for an empty queue.
 */
export function nextIndex(cards: readonly CardRecord[], now: number): number {
  let firstOther = -1;
  let firstLearning = -1;
  for (let i = 0; i < cards.length; i++) {
    const card = cards[i] as CardRecord;
    if (isLearning(card.phase)) {
      if (firstLearning === -1) firstLearning = i;
      if (card.due <= now) return i;
    } else if (firstOther === -1) {
      firstOther = i;
    }
  }
  return firstOther !== -1 ? firstOther : firstLearning;
}
