import { newCard, mergeSchedulerSettings, type SchedulerSettings } from '$lib/domain/cards';
import { courseOrder } from '$lib/domain/deck';
import { parseProfileSettings } from '$lib/domain/settings-schema';
import { masteryByTopic, type TopicMastery } from '$lib/domain/mastery';
import { masteryFromPlaces } from '$lib/domain/tally';
import {
  dayProgress,
  loadQueue,
  mergeQueueSettings,
  studyDay,
  type Queue,
  type QueueSettings
} from '$lib/domain/queue';
import { recordsOf, type CardFilter, type Records } from '$lib/storage/records';
import { app } from './app.svelte';
import { bank } from './bank.svelte';

/** Performance measures a benchmark reads: building today's queue, without and with the bank load. */
export const QUEUE_MEASURE = 'queue built';
export const QUEUE_LOAD_MEASURE = 'queue built with bank';

/**
 * The active profile's flashcards: cards made for every bank item, the profile's scheduler and
 * queue settings, and today's queue as the session and the home screen see it.
 */
export class Deck {
  scheduler = $state<SchedulerSettings>(mergeSchedulerSettings(undefined));
  queueSettings = $state<QueueSettings>(mergeQueueSettings(undefined));
  counts = $state<Queue['counts'] | null>(null);
  /** Whether quiz answers are graded into the flashcards (a profile setting, on by default). */
  quizFeeds = $state(true);
  #synced = '';
  #now: () => number;

  constructor(now: () => number = () => Date.now()) {
    this.#now = now;
  }

  /**
   * Loads the bank and makes sure the profile has a card for every item, in its item's sibling
   * group (once per bank version).
   */
  async sync(): Promise<Records | null> {
    await bank.load();
    const store = app.store;
    if (!store || bank.status !== 'ready') return null;
    const key = `${app.profileId}@${bank.version}`;
    const records = recordsOf(store);
    // The card tallies count each card by its item's course and topic in this bank.
    records.usePlacement({
      version: bank.version,
      placeOf: (id) => {
        const item = bank.item(id);
        return item && { course: item.article, topic: item.topic };
      }
    });
    if (this.#synced === key) return records;
    const stored = parseProfileSettings(await store.profileSettings(app.profileId));
    this.scheduler = stored.scheduler;
    this.queueSettings = stored.queue;
    this.quizFeeds = stored.quizFeeds;
    const syncedKey = `cardsSynced:${app.profileId}`;
    if ((await store.meta(syncedKey)) !== bank.version) {
      const order = courseOrder(bank.courses);
      const now = this.#now();
      await records.ensureCards(
        app.profileId,
        bank.items.map((item) => ({
          itemId: item.id,
          make: () => newCard(app.profileId, item.id, order.get(item.id) ?? 0, item.sibling, now)
        }))
      );
      await records.regroupCards(app.profileId, (id) => bank.item(id)?.sibling);
      await store.setMeta(syncedKey, bank.version);
    }
    this.#synced = key;
    return records;
  }

  /**
   * Today's queue, read through the learning, due and new indexes; timed as 'queue built'. With
   * `course`, only that course's cards (the day's limits still count every course).
   */
  async queue(
    now: number,
    random: () => number = Math.random,
    course?: string
  ): Promise<Queue | null> {
    const t0 = performance.now();
    const records = await this.sync();
    if (!records) return null;
    const t1 = performance.now();
    const keep = course ? (id: string) => bank.item(id)?.article === course : undefined;
    const queue = await readQueue(records, app.profileId, this.queueSettings, now, random, {
      keep,
      siblingOf: (id) => bank.item(id)?.sibling
    });
    this.counts = queue.counts;
    const t2 = performance.now();
    // The first is what a benchmark reads; the second includes loading the bank on first use.
    performance.measure(QUEUE_MEASURE, { start: t1, end: t2 });
    performance.measure(QUEUE_LOAD_MEASURE, { start: t0, end: t2 });
    return queue;
  }

  /** Whether the profile has studied anything yet (a review logged, by a flashcard or a quiz). */
  async hasReviews(): Promise<boolean> {
    const records = await this.sync();
    return records ? records.hasReviews(app.profileId) : false;
  }

  /**
   * Mastery per topic of the profile's cards (or one course's), in the bank's topic order: from
   * the card tallies (a few records per topic), without reading the cards or walking an index.
   */
  async mastery(course?: string): Promise<TopicMastery[]> {
    const records = await this.sync();
    if (!records) return [];
    const inScope = (article: string) => course === undefined || article === course;
    const topics = bank.courses
      .filter((a) => inScope(a.slug))
      .flatMap((a) => a.topics.map((t) => t.id));
    const places = await records.placeCounts(app.profileId);
    if (places) {
      return masteryFromPlaces(
        places,
        inScope,
        topics.filter((id, i) => topics.indexOf(id) === i)
      );
    }
    const cards = await records.cardPhases(app.profileId);
    return masteryByTopic(
      cards,
      (id) => {
        const item = bank.item(id);
        return item && inScope(item.article) ? item.topic : undefined;
      },
      topics.filter((id, i) => topics.indexOf(id) === i)
    );
  }
}

export const deck = new Deck();

/**
 * A profile's queue for the study day around `now`: today's log (new cards met, reviews done,
 * sibling groups seen: each log's, and its item's group now, `siblingOf`), then only the cards
 * the day needs, through the three queue indexes; with `keep`, only the cards it keeps.
 */
export async function readQueue(
  records: Pick<Records, 'reviewsSince' | 'learningCards' | 'dueCards' | 'newCards'>,
  profileId: string,
  settings: QueueSettings,
  now: number,
  random: () => number,
  {
    keep,
    siblingOf
  }: { keep?: CardFilter; siblingOf?: (itemId: string) => string | undefined } = {}
): Promise<Queue> {
  const day = studyDay(now, settings.dayStartHour);
  const today = dayProgress(await records.reviewsSince(profileId, day.start), day, siblingOf);
  return loadQueue(
    {
      learning: (before) => records.learningCards(profileId, before, keep),
      due: (before, limit) => records.dueCards(profileId, before, limit, keep),
      fresh: (limit) => records.newCards(profileId, limit, keep)
    },
    { now, settings, random, today }
  );
}
