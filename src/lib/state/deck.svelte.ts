import { newCard, mergeSchedulerSettings, type SchedulerSettings } from '$lib/domain/cards';
import { articleOrder } from '$lib/domain/deck';
import { masteryByTopic, type TopicMastery } from '$lib/domain/mastery';
import {
  buildQueue,
  dayProgress,
  mergeQueueSettings,
  studyDay,
  type Queue,
  type QueueSettings
} from '$lib/domain/queue';
import type { Store } from '$lib/storage/db';
import { app } from './app.svelte';
import { bank } from './bank.svelte';

/** How many new cards to read ahead of the daily limit, so buried siblings can be skipped. */
const NEW_READ_AHEAD = 3;

/**
 * The active profile's flashcards: cards made for every bank item, the profile's scheduler and
 * queue settings, and today's queue as the session and the home screen see it.
 */
class Deck {
  scheduler = $state<SchedulerSettings>(mergeSchedulerSettings(undefined));
  queueSettings = $state<QueueSettings>(mergeQueueSettings(undefined));
  counts = $state<Queue['counts'] | null>(null);
  /** Whether quiz answers are graded into the flashcards (a profile setting, on by default). */
  quizFeeds = $state(true);
  #synced = '';

  /** Loads the bank and makes sure the profile has a card for every item (once per bank version). */
  async sync(): Promise<Store | null> {
    await bank.load();
    const store = app.store;
    if (!store || bank.status !== 'ready') return null;
    const key = `${app.profileId}@${bank.version}`;
    if (this.#synced === key) return store;
    const stored = (await store.profileSettings(app.profileId)) as
      { scheduler?: unknown; queue?: unknown; quizFeeds?: unknown } | undefined;
    this.scheduler = mergeSchedulerSettings(stored?.scheduler);
    this.queueSettings = mergeQueueSettings(stored?.queue);
    this.quizFeeds = stored?.quizFeeds !== false;
    const syncedKey = `cardsSynced:${app.profileId}`;
    if ((await store.meta(syncedKey)) !== bank.version) {
      const order = articleOrder(bank.items);
      const now = Date.now();
      await store.ensureCards(
        app.profileId,
        bank.items.map((item) => ({
          itemId: item.id,
          make: () => newCard(app.profileId, item.id, order.get(item.id) ?? 0, item.sibling, now)
        }))
      );
      await store.setMeta(syncedKey, bank.version);
    }
    this.#synced = key;
    return store;
  }

  /** Today's queue, read through the due and new indexes. */
  async queue(now: number, random: () => number = Math.random): Promise<Queue | null> {
    const store = await this.sync();
    if (!store) return null;
    const settings = this.queueSettings;
    const day = studyDay(now, settings.dayStartHour);
    const [due, fresh, todays] = await Promise.all([
      store.dueCards(app.profileId, day.end),
      store.newCards(app.profileId, settings.newPerDay * NEW_READ_AHEAD + 10),
      store.reviewsSince(app.profileId, day.start)
    ]);
    const queue = buildQueue({
      now,
      settings,
      random,
      due,
      fresh,
      today: dayProgress(todays, day)
    });
    this.counts = queue.counts;
    return queue;
  }

  /** Every card of the profile, with mastery per topic in the bank's topic order. */
  async mastery(): Promise<TopicMastery[]> {
    const store = await this.sync();
    if (!store) return [];
    const cards = await store.cards(app.profileId);
    const topics = bank.articles.flatMap((a) => a.topics.map((t) => t.id));
    return masteryByTopic(cards, (id) => bank.item(id)?.topic, [...new Set(topics)]);
  }

  async saveSettings(patch: {
    scheduler?: Partial<SchedulerSettings>;
    queue?: Partial<QueueSettings>;
    quizFeeds?: boolean;
  }) {
    this.scheduler = mergeSchedulerSettings({ ...this.scheduler, ...patch.scheduler });
    this.queueSettings = mergeQueueSettings({ ...this.queueSettings, ...patch.queue });
    this.quizFeeds = patch.quizFeeds ?? this.quizFeeds;
    await app.store?.saveProfileSettings(app.profileId, {
      scheduler: this.scheduler,
      queue: this.queueSettings,
      quizFeeds: this.quizFeeds
    });
  }
}

export const deck = new Deck();
