import { newCard } from '$lib/domain/cards';
import { mergeSchedulerSettings, type SchedulerSettings } from '$lib/domain/settings-schema';
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
import type { Store } from '$lib/storage/db';
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
  /** The profile and bank version whose settings were last read (`prepare`). */
  #settingsRead = '';
  #now: () => number;

  constructor(now: () => number = () => Date.now()) {
    this.#now = now;
  }

  /** Reads the profile's settings alone, no bank and no card: what the settings screen shows. */
  async loadSettings(): Promise<void> {
    const store = app.store;
    if (store) await this.#readSettings(store);
  }

  /**
   * Loads the bank and reads the profile's settings: enough for a screen that offers choices over
   * the items (Quiz's setup) to show, while `sync` still makes the cards.
   */
  async prepare(): Promise<Records | null> {
    await bank.load();
    const store = app.store;
    if (!store || bank.status !== 'ready') return null;
    const records = recordsOf(store);
    // The card tallies count each card by its item's course and topic in this bank.
    records.usePlacement({ version: bank.version, placeOf });
    const key = `${app.profileId}@${bank.version}`;
    if (this.#settingsRead !== key) {
      await this.#readSettings(store);
      this.#settingsRead = key;
    }
    return records;
  }

  /**
   * Loads the bank and makes sure the profile has a card for every item, in its item's sibling
   * group (once per bank version).
   */
  async sync(): Promise<Records | null> {
    const records = await this.prepare();
    const store = app.store;
    if (!records || !store) return null;
    const key = `${app.profileId}@${bank.version}`;
    if (this.#synced === key) return records;
    const syncedKey = syncedKeyOf(app.profileId);
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
   * A start that reads no bank: while the banks are not loaded, if every course's items are
   * stored at the version its bank has (`bank.storedVersion`) and the profile's cards were made
   * for that version, the records are ready as they are; the queue then reads the items of its
   * cards alone (`bank.loadItems`). Null when the banks must be read (`sync`).
   */
  async #syncFromStore(): Promise<Records | null> {
    const store = app.store;
    if (!store || bank.status === 'ready') return null;
    const version = await bank.storedVersion();
    if (version === null || (await store.meta(syncedKeyOf(app.profileId))) !== version) {
      return null;
    }
    const records = recordsOf(store);
    // The same placement as `sync`'s: every card this path writes is one whose item it read.
    records.usePlacement({ version, placeOf });
    const key = `${app.profileId}@${version}`;
    if (this.#synced !== key) {
      await this.#readSettings(store);
      this.#synced = key;
    }
    return records;
  }

  async #readSettings(store: Store): Promise<void> {
    const stored = parseProfileSettings(await store.profileSettings(app.profileId));
    this.scheduler = stored.scheduler;
    this.queueSettings = stored.queue;
    this.quizFeeds = stored.quizFeeds;
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
    const records = (await this.#syncFromStore()) ?? (await this.sync());
    if (!records) return null;
    const t1 = performance.now();
    const keep = course ? await bank.courseFilter(course) : undefined;
    const queue = await readQueue(records, app.profileId, this.queueSettings, now, random, {
      keep,
      siblingOf: (id) => bank.item(id)?.sibling,
      items: (ids) => bank.loadItems(ids)
    });
    await bank.loadItems(queue.cards.map((card) => card.itemId));
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

/** The `meta` key of the bank version a profile's cards were last made for. */
const syncedKeyOf = (profileId: string) => `cardsSynced:${profileId}`;

/** Where the tallies count an item's card: its course and topic, in the bank or stored items. */
function placeOf(itemId: string) {
  const item = bank.item(itemId);
  return item && { course: item.article, topic: item.topic };
}

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
    siblingOf,
    items
  }: {
    keep?: CardFilter;
    siblingOf?: (itemId: string) => string | undefined;
    /** Makes ready the items `siblingOf` is asked about: those of today's log. */
    items?: (itemIds: string[]) => Promise<void>;
  } = {}
): Promise<Queue> {
  const day = studyDay(now, settings.dayStartHour);
  const logs = await records.reviewsSince(profileId, day.start);
  await items?.(logs.map((log) => log.itemId));
  const today = dayProgress(logs, day, siblingOf);
  return loadQueue(
    {
      learning: (before) => records.learningCards(profileId, before, keep),
      due: (before, limit) => records.dueCards(profileId, before, limit, keep),
      fresh: (limit) => records.newCards(profileId, limit, keep)
    },
    { now, settings, random, today }
  );
}
