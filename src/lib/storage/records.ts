import { courseMeta, courseProblems, type CourseMeta, type DeviceCourse } from '$lib/domain/course';
import { cryptoUid } from '$lib/domain/review-uid';
import { safeParse } from 'valibot';
import {
  addReview,
  DailyCounter,
  dailyKey,
  removeReview,
  SLOTS_PER_DAY,
  type DailyLog,
  type DailyRecord
} from '$lib/domain/daily';
import {
  QuizProgressSchema,
  type CardPhase,
  type CardRecord,
  type ClassQuiz,
  type QuizAttempt,
  type QuizKind,
  type QuizProgress,
  type ReviewLogRecord
} from '$lib/domain/records';
import {
  boundaryDays,
  countTallies,
  dueCountsFromTallies,
  onQuarters,
  placeCounts,
  tallyChanges,
  type PlaceCounts,
  type Place,
  type TallyKey,
  type TallyRecord
} from '$lib/domain/tally';
import {
  allOrNothing,
  allPendingGrades,
  allTallies,
  DAILY_STALE,
  LAST_COURSE,
  pendingGradeKey,
  profileRange,
  queued,
  talliesKey,
  write,
  type DarsDatabase,
  type Profile,
  type Store
} from './db';
import { spreadCards } from './card-blocks';
import { blockLogs, unpackLogs } from './log-blocks';
import { clearArchive, dropArchiveFrom } from './log-archive';
import { nextTask } from '$lib/idle';
import { dropCourseItems, putBankItems } from './items';

/** Cards written per transaction when a bank's cards are made (`ensureCards`). */
const CARD_BATCH = 50;
/** Cards put per task within one of those transactions. */
const PUT_SLICE = 10;

/** The `meta` key of a profile's quiz in progress of one kind. */
export const quizProgressKey = (profileId: string, kind: QuizKind): string =>
  `quiz:${kind}:${profileId}`;

/**
 * Where each item sits in the bank of a given version (`placeOf`: undefined for an item the bank
 * no longer has): what the card tallies count by.
 */
export interface Placement {
  version: string;
  placeOf: (itemId: string) => Place | undefined;
}

/** Which cards a queue read keeps (by item id): one course's, say. Absent: every card. */
export type CardFilter = (itemId: string) => boolean;

/**
 * The profiles' records: cards and their review log, quiz attempts and class quizzes, and making,
 * renaming and deleting profiles. Apart from `Store` (settings and the profile list, all the first
 * screen reads) so that the first page does not load it; still part of the storage module, the one
 * owner of IndexedDB.
 */
export class Records {
  /** `newUid` gives each new review its uid (random 128 bits in the app; a counter in tests). */
  constructor(
    readonly db: DarsDatabase,
    readonly newUid: () => string = cryptoUid
  ) {}

  #placement: Placement | null = null;

  /**
   * The bank the card tallies follow (the deck sets it when it syncs). Until it is set, a card
   * write marks its profile's tallies stale instead of counting itself in.
   */
  usePlacement(placement: Placement): void {
    this.#placement = placement;
  }

  async createProfile(name: string, now: number): Promise<Profile> {
    const profile = {
      id: `p-${now.toString(36)}-${Math.random().toString(36).slice(2, 6)}`,
      name,
      createdAt: now
    };
    await write(() => this.db.add('profiles', profile));
    return profile;
  }

  async renameProfile(id: string, name: string): Promise<void> {
    await write(async () => {
      const tx = this.db.transaction('profiles', 'readwrite');
      const profile = await tx.store.get(id);
      if (profile) await tx.store.put({ ...profile, name });
      await tx.done;
    });
  }

  /**
   * Deletes a profile and everything it owns (cards, reviews and their daily counts, quizzes, class
   * quizzes, settings).
   */
  async deleteProfile(id: string): Promise<void> {
    await write(async () => {
      await spreadCards(this.db);
      await unpackLogs(this.db);
      const stores = [
        'profiles',
        'cards',
        'reviews',
        'logArchive',
        'daily',
        'tallies',
        'attempts',
        'classes',
        'settings',
        'meta'
      ] as const;
      const tx = this.db.transaction([...stores], 'readwrite');
      queued(tx.objectStore('profiles').delete(id));
      queued(tx.objectStore('meta').delete(talliesKey(id)));
      queued(tx.objectStore('tallies').delete(IDBKeyRange.bound([id], [id, []])));
      queued(tx.objectStore('settings').delete(`profile:${id}`));
      queued(tx.objectStore('meta').delete(`cardsSynced:${id}`));
      queued(tx.objectStore('meta').delete(quizProgressKey(id, 'self')));
      queued(tx.objectStore('meta').delete(quizProgressKey(id, 'class')));
      queued(tx.objectStore('cards').delete(profileRange(id)));
      const byProfile = IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
      queued(tx.objectStore('daily').delete(byProfile));
      const logs = await tx.objectStore('reviews').index('byTime').getAllKeys(byProfile);
      for (const key of logs) queued(tx.objectStore('reviews').delete(key));
      if (logs.length > 0) clearArchive(tx);
      for (const key of await tx.objectStore('attempts').index('byProfile').getAllKeys(byProfile)) {
        queued(tx.objectStore('attempts').delete(key));
      }
      for (const key of await tx.objectStore('classes').index('byProfile').getAllKeys(byProfile)) {
        queued(tx.objectStore('classes').delete(key));
      }
      await tx.done;
    });
  }

  /**
   * Makes sure every item of the bank has a card for this profile. Existing cards (and their
   * progress) are left alone, so a new bank version keeps everyone's progress. The cards missing
   * are written {@link CARD_BATCH} at a time, each batch its own transaction (200 in one were a
   * task of 140 ms under a phone's 4× slower CPU on a first visit), whose puts are issued
   * {@link PUT_SLICE} per task (50 in one task took 13–27 ms of the development machine's thread,
   * 52–108 ms of a phone's); each batch looks again
   * for the cards it writes, so one made meanwhile (in another tab) keeps its progress.
   */
  async ensureCards(
    profileId: string,
    wanted: readonly { itemId: string; make: () => CardRecord }[]
  ): Promise<number> {
    await spreadCards(this.db);
    const existing = new Set(
      (await this.db.getAllKeys('cards', profileRange(profileId))).map(([, itemId]) => itemId)
    );
    const missing = wanted.filter((w) => !existing.has(w.itemId));
    let added = 0;
    for (let i = 0; i < missing.length; i += CARD_BATCH) {
      if (i > 0) await nextTask();
      added += await this.#addCards(profileId, missing.slice(i, i + CARD_BATCH));
    }
    return added;
  }

  async #addCards(
    profileId: string,
    batch: readonly { itemId: string; make: () => CardRecord }[]
  ): Promise<number> {
    return write(async () => {
      const tx = this.db.transaction(['cards', 'meta'], 'readwrite');
      const cards = tx.objectStore('cards');
      const there = await Promise.all(batch.map((w) => cards.getKey([profileId, w.itemId])));
      const added = batch.filter((_, i) => there[i] === undefined);
      for (let i = 0; i < added.length; i += PUT_SLICE) {
        const puts = added.slice(i, i + PUT_SLICE).map((w) => cards.put(w.make()));
        puts.forEach(queued);
        // The next slice is issued from the last put's success, a task of its own: the
        // transaction stays open meanwhile.
        await puts.at(-1);
      }
      // New cards: the next read counts the tallies again.
      if (added.length > 0) queued(tx.objectStore('meta').delete(talliesKey(profileId)));
      await tx.done;
      return added.length;
    });
  }

  /**
   * Gives the profile's cards the sibling group their item now has (a new bank version may group
   * items anew; `siblingOf` says it, undefined for an item no longer there), leaving every other
   * field as it is: one pass over the profile's cards, writing only those whose group changed.
   * Resolves to how many were written.
   */
  async regroupCards(
    profileId: string,
    siblingOf: (itemId: string) => string | undefined
  ): Promise<number> {
    await spreadCards(this.db);
    return write(async () => {
      const tx = this.db.transaction('cards', 'readwrite');
      let changed = 0;
      for (
        let cursor = await tx.store.openCursor(profileRange(profileId));
        cursor;
        cursor = await cursor.continue()
      ) {
        const sibling = siblingOf(cursor.value.itemId);
        if (sibling === undefined || sibling === cursor.value.sibling) continue;
        queued(cursor.update({ ...cursor.value, sibling }));
        changed++;
      }
      await tx.done;
      return changed;
    });
  }

  /**
   * Scheduled cards (learning, review, relearning; not suspended) due before `before`, earliest
   * first; at most `limit` of them.
   */
  dueCards(
    profileId: string,
    before: number,
    limit?: number,
    keep?: CardFilter
  ): Promise<CardRecord[]> {
    const range = IDBKeyRange.bound([profileId, -Infinity], [profileId, before], false, true);
    return this.#fromIndex('byDue', range, limit, keep);
  }

  /** New, unsuspended cards in article order. */
  newCards(profileId: string, limit?: number, keep?: CardFilter): Promise<CardRecord[]> {
    const range = IDBKeyRange.bound([profileId, -Infinity], [profileId, Infinity]);
    return this.#fromIndex('byNew', range, limit, keep);
  }

  /**
   * Every (re)learning, unsuspended card due before `before`, however long ago: few, and never left
   * out of a queue.
   */
  learningCards(profileId: string, before: number, keep?: CardFilter): Promise<CardRecord[]> {
    const range = IDBKeyRange.bound([profileId, -Infinity], [profileId, before], false, true);
    return this.#fromIndex('byLearning', range, undefined, keep);
  }

  /**
   * Cards in an index's order, at most `limit`; with `keep`, a cursor walks the index past the
   * cards it leaves out (other courses'), so the limit counts only those kept.
   */
  async #fromIndex(
    index: 'byDue' | 'byNew' | 'byLearning',
    range: IDBKeyRange,
    limit?: number,
    keep?: CardFilter
  ): Promise<CardRecord[]> {
    await spreadCards(this.db);
    if (!keep) return this.db.getAllFromIndex('cards', index, range, limit);
    const out: CardRecord[] = [];
    let cursor = await this.db.transaction('cards').store.index(index).openCursor(range);
    while (cursor && (limit === undefined || out.length < limit)) {
      if (keep(cursor.value.itemId)) out.push(cursor.value);
      cursor = await cursor.continue();
    }
    return out;
  }

  async countDue(profileId: string, before: number): Promise<number> {
    await spreadCards(this.db);
    const range = IDBKeyRange.bound([profileId, -Infinity], [profileId, before], false, true);
    return this.db.countFromIndex('cards', 'byDue', range);
  }

  async countNew(profileId: string): Promise<number> {
    await spreadCards(this.db);
    const range = IDBKeyRange.bound([profileId, -Infinity], [profileId, Infinity]);
    return this.db.countFromIndex('cards', 'byNew', range);
  }

  /**
   * How many scheduled, unsuspended cards are due in each span that `ends` close: before `ends[0]`
   * (overdue ones included), then from each end to the next; counted through the due index, in
   * one transaction. A count walks its range, so the spans do not overlap: each card is walked once.
   */
  async dueCountsBetween(profileId: string, ends: readonly number[]): Promise<number[]> {
    await spreadCards(this.db);
    const index = this.db.transaction('cards').store.index('byDue');
    return Promise.all(
      ends.map((end, i) =>
        index.count(
          IDBKeyRange.bound([profileId, ends[i - 1] ?? -Infinity], [profileId, end], false, true)
        )
      )
    );
  }

  /**
   * `dueCountsBetween` from the card tallies: a few hundred small records read, whatever the
   * number of cards (Chromium's `count()` walks its range). Falls back to the due index while no
   * placement is set or an end is not on a quarter hour.
   */
  async dueCounts(profileId: string, ends: readonly number[]): Promise<number[]> {
    if (!onQuarters(ends)) return this.dueCountsBetween(profileId, ends);
    const tallies = await this.#tallies(profileId, async (tx) => {
      const store = tx.objectStore('tallies');
      const quarters = await Promise.all(
        boundaryDays(ends).map((day) =>
          store.getAll(
            IDBKeyRange.bound(
              [profileId, 'q', day * SLOTS_PER_DAY],
              [profileId, 'q', (day + 1) * SLOTS_PER_DAY],
              false,
              true
            )
          )
        )
      );
      const days = await store.getAll(tallyRange(profileId, 'd'));
      return { days, quarters: quarters.flat() };
    });
    if (!tallies) return this.dueCountsBetween(profileId, ends);
    return dueCountsFromTallies(tallies.days, tallies.quarters, ends);
  }

  /**
   * The profile's cards counted by their item's course and topic (every card, seen, known), from
   * the tallies; null while no placement is set.
   */
  async placeCounts(profileId: string): Promise<PlaceCounts[] | null> {
    const records = await this.#tallies(profileId, async (tx) => {
      const store = tx.objectStore('tallies');
      const lists = await Promise.all(
        (['t', 's', 'k'] as const).map((kind) => store.getAll(tallyRange(profileId, kind)))
      );
      return lists.flat();
    });
    return records && placeCounts(records);
  }

  /**
   * Reads the profile's tallies with `read`, first counting them again from the cards when they
   * are stale (or were counted with another bank). If that write is refused, they are counted in
   * memory for this read. Null while no placement is set.
   */
  async #tallies<T>(profileId: string, read: (tx: TallyReadTx) => Promise<T>): Promise<T | null> {
    const placement = this.#placement;
    if (!placement) return null;
    const settled = await this.#settled();
    const tx = this.db.transaction(['tallies', 'meta']);
    const version = await tx.objectStore('meta').get(talliesKey(profileId));
    if (settled && version === placement.version) return read(tx);
    try {
      await this.#recountTallies(profileId, placement);
    } catch {
      const counted = countTallies(await this.cards(profileId), placement.placeOf);
      return read(memoryTallies(counted));
    }
    return read(this.db.transaction(['tallies', 'meta']));
  }

  /** Counts a profile's tallies from its cards again, in one transaction, in chunks. */
  async #recountTallies(profileId: string, placement: Placement): Promise<void> {
    await spreadCards(this.db);
    await write(() => {
      const tx = this.db.transaction(['cards', 'tallies', 'meta'], 'readwrite');
      return allOrNothing(tx, async () => {
        const cards = tx.objectStore('cards');
        const counted: CardRecord[] = [];
        let range = profileRange(profileId);
        let chunk = await cards.getAll(range, REBUILD_CHUNK);
        while (chunk.length > 0) {
          counted.push(...chunk);
          const last = chunk[chunk.length - 1]!;
          range = IDBKeyRange.bound([profileId, last.itemId], [profileId, '\uffff'], true);
          chunk = await cards.getAll(range, REBUILD_CHUNK);
        }
        const tallies = tx.objectStore('tallies');
        queued(tallies.delete(IDBKeyRange.bound([profileId], [profileId, []])));
        for (const record of countTallies(counted, placement.placeOf)) {
          queued(tallies.put(record));
        }
        queued(tx.objectStore('meta').put(placement.version, talliesKey(profileId)));
      });
    });
  }

  /**
   * Counts card writes (`before` → `after`, either absent) into their profiles' tallies in the
   * caller's transaction when the tallies follow this placement; otherwise marks them stale.
   */
  async #foldTallies(
    tallies: TallyStore,
    meta: MetaStore,
    writes: readonly { before?: CardRecord; after?: CardRecord }[]
  ): Promise<void> {
    const placement = this.#placement;
    const byProfile = new Map<string, typeof writes>();
    for (const w of writes) {
      const profileId = (w.after ?? w.before)?.profileId;
      if (profileId !== undefined) {
        byProfile.set(profileId, [...(byProfile.get(profileId) ?? []), w]);
      }
    }
    await Promise.all(
      [...byProfile].map(async ([profileId, list]) => {
        const version = await meta.get(talliesKey(profileId));
        if (version === undefined) return;
        if (!placement || version !== placement.version) {
          queued(meta.delete(talliesKey(profileId)));
          return;
        }
        const deltas = new Map<string, { key: TallyKey; delta: number }>();
        for (const { before, after } of list) {
          const itemId = (after ?? before)!.itemId;
          for (const change of tallyChanges(before, after, placement.placeOf, itemId)) {
            const id = JSON.stringify(change.key);
            const sum = deltas.get(id) ?? { key: change.key, delta: 0 };
            sum.delta += change.delta;
            deltas.set(id, sum);
          }
        }
        await Promise.all(
          [...deltas.values()].map(async ({ key, delta }) => {
            if (delta === 0) return;
            const [, kind, at] = key;
            const n = ((await tallies.get(key))?.n ?? 0) + delta;
            queued(n > 0 ? tallies.put({ profileId, kind, at, n }) : tallies.delete(key));
          })
        );
      })
    );
  }

  /**
   * Every card's item and phase, suspended ones too, read from the cards: for mastery while no
   * placement is set (it reads the tallies otherwise).
   */
  async cardPhases(profileId: string): Promise<{ itemId: string; phase: CardPhase }[]> {
    return (await this.cards(profileId)).map(({ itemId, phase }) => ({ itemId, phase }));
  }

  async card(profileId: string, itemId: string): Promise<CardRecord | undefined> {
    await spreadCards(this.db);
    return this.db.get('cards', [profileId, itemId]);
  }

  async cards(profileId: string): Promise<CardRecord[]> {
    await spreadCards(this.db);
    return this.db.getAll('cards', profileRange(profileId));
  }

  /** Writes a card as it is (suspended, reset, put back), counting it into the tallies. */
  async putCard(card: CardRecord): Promise<void> {
    await spreadCards(this.db);
    await write(() => {
      const tx = this.db.transaction(['cards', 'tallies', 'meta'], 'readwrite');
      return allOrNothing(tx, async () => {
        const cards = tx.objectStore('cards');
        const before = cards.get([card.profileId, card.itemId]);
        queued(cards.put(card));
        await this.#foldTallies(tx.objectStore('tallies'), tx.objectStore('meta'), [
          { before: await before, after: card }
        ]);
      });
    });
  }

  /** Reviews of one profile from `since` on, oldest first. */
  reviewsSince(profileId: string, since: number): Promise<ReviewLogRecord[]> {
    const range = IDBKeyRange.bound([profileId, since], [profileId, Infinity]);
    return this.#withBlocked(
      this.db.getAllFromIndex('reviews', 'byTime', range),
      (l) => l.profileId === profileId && l.review >= since
    );
  }

  /** Whether the profile has logged any review (one key read, however long its log). */
  async hasReviews(profileId: string): Promise<boolean> {
    const range = IDBKeyRange.bound([profileId, -Infinity], [profileId, Infinity]);
    if ((await this.db.getKeyFromIndex('reviews', 'byTime', range)) !== undefined) return true;
    return (await blockLogs(this.db, (l) => l.profileId === profileId)).length > 0;
  }

  /** One card's reviews, oldest first. */
  reviewsOf(profileId: string, itemId: string): Promise<ReviewLogRecord[]> {
    const range = IDBKeyRange.bound([profileId, itemId, -Infinity], [profileId, itemId, Infinity]);
    return this.#withBlocked(
      this.db.getAllFromIndex('reviews', 'byItem', range),
      (l) => l.profileId === profileId && l.itemId === itemId
    );
  }

  /** Logs read from the log, with those an import left in blocks that `keep` keeps, oldest first. */
  async #withBlocked(
    stored: Promise<ReviewLogRecord[]>,
    keep: (log: ReviewLogRecord) => boolean
  ): Promise<ReviewLogRecord[]> {
    const [logs, blocked] = await Promise.all([stored, blockLogs(this.db, keep)]);
    return blocked.length === 0 ? logs : [...logs, ...blocked].sort(byTime);
  }

  /**
   * The profile's review log counted by day (`domain/daily.ts`), oldest first. After the version 8
   * upgrade, or once a grade was left uncounted, the first call counts the log first (every
   * profile's, once); if that write is refused, this profile's log is counted here instead, and
   * the next call tries again.
   */
  async daily(profileId: string): Promise<DailyRecord[]> {
    const settled = await this.#settled();
    if (!settled || (await this.db.get('meta', DAILY_STALE)) === true) {
      try {
        await this.rebuildDaily();
      } catch {
        const counter = new DailyCounter();
        counter.add(await this.reviewsSince(profileId, -Infinity));
        return counter.records();
      }
    }
    const range = IDBKeyRange.bound([profileId, -Infinity], [profileId, Infinity]);
    return this.db.getAll('daily', range);
  }

  /** Counts every profile's review log into the daily store again, in one transaction. */
  async rebuildDaily(): Promise<void> {
    await write(async () => {
      await unpackLogs(this.db);
      const tx = this.db.transaction(['reviews', 'daily', 'meta'], 'readwrite');
      return allOrNothing(tx, async () => {
        const counter = new DailyCounter();
        const reviews = tx.objectStore('reviews');
        // In chunks, so that a long log is never all in memory at once.
        let chunk = await reviews.getAll(undefined, REBUILD_CHUNK);
        while (chunk.length > 0) {
          counter.add(chunk);
          const last = chunk[chunk.length - 1]?.id ?? Infinity;
          chunk = await reviews.getAll(IDBKeyRange.lowerBound(last, true), REBUILD_CHUNK);
        }
        const daily = tx.objectStore('daily');
        queued(daily.clear());
        for (const record of counter.records()) queued(daily.put(record));
        queued(tx.objectStore('meta').delete(DAILY_STALE));
      });
    });
  }

  /**
   * A grade: the card's new state and its log entry, committed at once in a transaction that reads
   * nothing first, so that closing the page right after cannot lose it; the daily counts and the
   * card tallies follow in a second one, not awaited: it is opened before this resolves, so every
   * later transaction on those stores waits for it. Resolves to the log's id once the first has
   * committed, or to `null` when the card had already been graded from the same state (in another
   * tab): then nothing is written.
   */
  recordGrade(card: CardRecord, log: ReviewLogRecord): Promise<number | null> {
    return write(async () => {
      const entry = { ...log, uid: log.uid ?? this.newUid() };
      const pending = pendingGradeKey(entry.uid);
      this.#counting.add(pending);
      let counted: Promise<void> | undefined;
      try {
        const stored = this.#storeGrade(card, entry, pending);
        counted = this.#countGrade(pending, card, entry, stored.before)
          // A count that fails leaves its marker behind: the next read counts again.
          .catch(() => {})
          .finally(() => this.#counting.delete(pending));
        return await stored.id;
      } finally {
        if (counted === undefined) this.#counting.delete(pending);
      }
    });
  }

  /** The `pendingGradeKey`s of this tab's grades still being counted: not left behind. */
  readonly #counting = new Set<string>();

  /** The first transaction of a grade: the card, the log and its pending marker, no read awaited. */
  #storeGrade(card: CardRecord, log: ReviewLogRecord, pending: string) {
    const tx = this.db.transaction(['cards', 'reviews', 'meta'], 'readwrite');
    const before = tx.objectStore('cards').get([card.profileId, card.itemId]);
    queued(tx.objectStore('cards').put(card));
    const added = tx.objectStore('reviews').add(log);
    queued(tx.objectStore('meta').put(card.profileId, pending));
    tx.commit();
    queued(before);
    const id = (async () => {
      try {
        const key = await added;
        await tx.done;
        return key;
      } catch (e) {
        await tx.done.catch(() => {});
        if (isConflict(e)) return null;
        throw e;
      }
    })();
    return { before, id };
  }

  /** The second transaction of a grade: counts it in, if its marker is there, and drops the marker. */
  async #countGrade(
    pending: string,
    card: CardRecord,
    log: ReviewLogRecord,
    before: Promise<CardRecord | undefined>
  ): Promise<void> {
    const tx = this.db.transaction(['daily', 'tallies', 'meta'], 'readwrite');
    await allOrNothing(tx, async () => {
      const meta = tx.objectStore('meta');
      // Absent when the grade was refused, or when another tab found it left behind.
      if ((await meta.get(pending)) === undefined) return;
      const written = [{ before: await before, after: card }];
      await Promise.all([
        foldDaily(tx.objectStore('daily'), [log], 1),
        this.#foldTallies(tx.objectStore('tallies'), meta, written)
      ]);
      queued(meta.delete(pending));
    });
  }

  /**
   * Grades left behind uncounted (their tab closed between a grade's two transactions): marks the
   * daily counts and those profiles' tallies stale, so that the next read counts them again.
   * Resolves to false when that write is refused.
   */
  async #settled(): Promise<boolean> {
    try {
      const found = await this.db.getAllKeys('meta', allPendingGrades());
      const left = found.filter((key) => !this.#counting.has(key));
      if (left.length === 0) return true;
      const tx = this.db.transaction('meta', 'readwrite');
      await allOrNothing(tx, async () => {
        const owners = await Promise.all(left.map((key) => tx.store.get(key)));
        left.forEach((key, i) => {
          const profileId = owners[i];
          queued(tx.store.delete(key));
          if (typeof profileId === 'string') queued(tx.store.delete(talliesKey(profileId)));
        });
        queued(tx.store.put(true, DAILY_STALE));
      });
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Takes a grade back: the log entry goes (and out of its day's counts) and the card returns to its
   * state before it.
   */
  async undoGrade(logId: number, previous: CardRecord): Promise<void> {
    await write(() => {
      const stores = ['cards', 'reviews', 'logArchive', 'daily', 'tallies', 'meta'] as const;
      const tx = this.db.transaction([...stores], 'readwrite');
      return allOrNothing(tx, async () => {
        const reviews = tx.objectStore('reviews');
        const log = await reviews.get(logId);
        queued(reviews.delete(logId));
        await dropArchiveFrom(tx, logId);
        const cards = tx.objectStore('cards');
        const graded = cards.get([previous.profileId, previous.itemId]);
        queued(cards.put(previous));
        if (log) await foldDaily(tx.objectStore('daily'), [log], -1);
        await this.#foldTallies(tx.objectStore('tallies'), tx.objectStore('meta'), [
          { before: await graded, after: previous }
        ]);
      });
    });
  }

  /**
   * A finished quiz and, when its answers feed the scheduler, the cards and log entries they
   * produce: all in one transaction, which also ends the quiz in progress (or, given `kept`, leaves
   * that in its place: a finished class quiz with its result code).
   */
  saveAttempt(
    attempt: QuizAttempt,
    graded: readonly { card: CardRecord; log: ReviewLogRecord }[] = [],
    kept: QuizProgress | null = null
  ): Promise<number> {
    return write(async () => {
      await spreadCards(this.db);
      const stores = ['attempts', 'cards', 'reviews', 'daily', 'tallies', 'meta'] as const;
      const tx = this.db.transaction([...stores], 'readwrite');
      const key = quizProgressKey(attempt.profileId, attempt.classCode ? 'class' : 'self');
      queued(kept ? tx.objectStore('meta').put(kept, key) : tx.objectStore('meta').delete(key));
      const logs: ReviewLogRecord[] = [];
      const written: { before?: CardRecord; after: CardRecord }[] = [];
      for (const { card, log } of graded) {
        // A card studied in another tab since the quiz read it keeps that tab's grade.
        const stored = await tx.objectStore('cards').get([card.profileId, card.itemId]);
        if (stored && log.from && (stored.reps !== log.from[0] || stored.due !== log.from[1])) {
          continue;
        }
        queued(tx.objectStore('cards').put(card));
        queued(tx.objectStore('reviews').add({ ...log, uid: log.uid ?? this.newUid() }));
        logs.push(log);
        written.push({ before: stored, after: card });
      }
      await foldDaily(tx.objectStore('daily'), logs, 1);
      await this.#foldTallies(tx.objectStore('tallies'), tx.objectStore('meta'), written);
      const id = await tx.objectStore('attempts').add(attempt);
      await tx.done;
      return id;
    });
  }

  /** The profile's quiz in progress of this kind, or null (none, or not one this version reads). */
  async quizProgress(profileId: string, kind: QuizKind): Promise<QuizProgress | null> {
    const parsed = safeParse(
      QuizProgressSchema,
      await this.db.get('meta', quizProgressKey(profileId, kind))
    );
    return parsed.success ? parsed.output : null;
  }

  /** Saves a quiz in progress as it stands, in place of the one before. */
  async saveQuizProgress(progress: QuizProgress): Promise<void> {
    const key = quizProgressKey(progress.profileId, progress.kind);
    await write(() => this.db.put('meta', progress, key));
  }

  async clearQuizProgress(profileId: string, kind: QuizKind): Promise<void> {
    await write(() => this.db.delete('meta', quizProgressKey(profileId, kind)));
  }

  /** The profile's quiz attempts, newest first. */
  async attempts(profileId: string, limit = 50): Promise<QuizAttempt[]> {
    const range = IDBKeyRange.bound([profileId, -Infinity], [profileId, Infinity]);
    const out: QuizAttempt[] = [];
    let cursor = await this.db
      .transaction('attempts')
      .store.index('byProfile')
      .openCursor(range, 'prev');
    while (cursor && out.length < limit) {
      out.push(cursor.value);
      cursor = await cursor.continue();
    }
    return out;
  }

  async saveClass(quiz: ClassQuiz): Promise<void> {
    await write(() => this.db.put('classes', quiz));
  }

  classQuiz(code: string): Promise<ClassQuiz | undefined> {
    return this.db.get('classes', code);
  }

  /** The profile's class quizzes, newest first. */
  async classes(profileId: string): Promise<ClassQuiz[]> {
    const range = IDBKeyRange.bound([profileId, -Infinity], [profileId, Infinity]);
    return (await this.db.getAllFromIndex('classes', 'byProfile', range)).reverse();
  }

  /** Adds a student's result to a class quiz, in one transaction; false if it was already there. */
  async addClassResult(code: string, result: ClassQuiz['results'][number]): Promise<boolean> {
    return write(async () => {
      const tx = this.db.transaction('classes', 'readwrite');
      const quiz = await tx.store.get(code);
      if (!quiz || quiz.results.some((r) => r.key === result.key)) {
        await tx.done;
        return false;
      }
      await tx.store.put({ ...quiz, results: [...quiz.results, result] });
      await tx.done;
      return true;
    });
  }

  /** Puts cards first in today's queue: a review becomes due now, a new card goes to the front. */
  async bringForward(profileId: string, itemIds: readonly string[], now: number): Promise<void> {
    await spreadCards(this.db);
    await write(async () => {
      const tx = this.db.transaction(['cards', 'tallies', 'meta'], 'readwrite');
      const cards = tx.objectStore('cards');
      const written: { before: CardRecord; after: CardRecord }[] = [];
      for (const itemId of itemIds) {
        const card = await cards.get([profileId, itemId]);
        if (!card || card.suspended) continue;
        const learnDue = card.learnDue === undefined ? {} : { learnDue: now };
        const after =
          card.phase === 'new'
            ? { ...card, newOrder: -1 - card.order }
            : { ...card, due: now, queueDue: now, ...learnDue };
        queued(cards.put(after));
        written.push({ before: card, after });
      }
      await this.#foldTallies(tx.objectStore('tallies'), tx.objectStore('meta'), written);
      await tx.done;
    });
  }

  /** The courses made on this device, oldest first: their list entries, not their content. */
  async courses(): Promise<CourseMeta[]> {
    const all = await this.db.getAll('courses');
    return all.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  }

  /** A course made on this device, whole (text and bank). */
  course(id: string): Promise<DeviceCourse | undefined> {
    return this.db.get('courseContent', id);
  }

  /** Every course made on this device, whole: for the screens that work over every course. */
  courseContents(): Promise<DeviceCourse[]> {
    return this.db.getAll('courseContent');
  }

  /**
   * Stores a course, its list entry, its content and its items (`storage/items.ts`) in one
   * transaction (replacing a course of the same id). A course whose items do not carry its id (`scopeCourse`) is refused: its ids could
   * clash with another course's.
   */
  async saveCourse(course: DeviceCourse): Promise<void> {
    const problems = courseProblems(course.bank, course.id);
    if (problems.length > 0) throw new Error(`Not a course: ${problems.slice(0, 3).join('; ')}`);
    await write(() => {
      const tx = this.db.transaction(['courses', 'courseContent', 'items', 'meta'], 'readwrite');
      return allOrNothing(tx, async () => {
        queued(tx.objectStore('courseContent').put(course));
        const stores = { items: tx.objectStore('items'), meta: tx.objectStore('meta') };
        await putBankItems(stores, course.bank);
        await tx.objectStore('courses').put(courseMeta(course.bank, course.createdAt));
      });
    });
  }

  /**
   * Deletes a course made on this device with its cards and reviews (out of the daily counts too) in
   * every profile, in one transaction. Its item ids all start with `<course>:`, so each profile's are one key range.
   * Finished quizzes stay: they are the profile's history.
   */
  async deleteCourse(id: string): Promise<void> {
    await write(async () => {
      await spreadCards(this.db);
      await unpackLogs(this.db);
      const stores = [
        'courses',
        'courseContent',
        'profiles',
        'cards',
        'reviews',
        'logArchive',
        'daily',
        'meta',
        'items'
      ] as const;
      const tx = this.db.transaction([...stores], 'readwrite');
      return allOrNothing(tx, async () => {
        queued(tx.objectStore('courses').delete(id));
        queued(tx.objectStore('courseContent').delete(id));
        await dropCourseItems({ items: tx.objectStore('items'), meta: tx.objectStore('meta') }, id);
        const [from, to] = [`${id}:`, `${id}:\uffff`];
        const reviews = tx.objectStore('reviews');
        let deleted = 0;
        for (const profile of await tx.objectStore('profiles').getAllKeys()) {
          queued(tx.objectStore('cards').delete(IDBKeyRange.bound([profile, from], [profile, to])));
          const range = IDBKeyRange.bound([profile, from, -Infinity], [profile, to, Infinity]);
          const [keys, logs] = await Promise.all([
            reviews.index('byItem').getAllKeys(range),
            reviews.index('byItem').getAll(range)
          ]);
          for (const key of keys) queued(reviews.delete(key));
          deleted += keys.length;
          await foldDaily(tx.objectStore('daily'), logs, -1);
        }
        if (deleted > 0) clearArchive(tx);
        // Its cards are gone: every profile's tallies are counted again at the next read.
        queued(tx.objectStore('meta').delete(allTallies()));
        if ((await tx.objectStore('meta').get(LAST_COURSE)) === id) {
          queued(tx.objectStore('meta').delete(LAST_COURSE));
        }
      });
    });
  }
}

/** Oldest review first; the log's order for reviews of the same moment. */
const byTime = (a: ReviewLogRecord, b: ReviewLogRecord): number =>
  a.review - b.review || (a.id ?? 0) - (b.id ?? 0);

/** Logs (or cards) read at a time while the daily counts (or the tallies) are rebuilt. */
const REBUILD_CHUNK = 5000;

/** The calls the tally writes make on the `tallies` and `meta` stores of a transaction. */
interface TallyStore {
  get(key: TallyKey): Promise<TallyRecord | undefined>;
  put(record: TallyRecord): Promise<unknown>;
  delete(key: TallyKey): Promise<unknown>;
}
interface MetaStore {
  get(key: string): Promise<unknown>;
  delete(key: string): Promise<unknown>;
}

/** What a tally read needs: the `tallies` store's `getAll`. */
interface TallyReadTx {
  objectStore(name: 'tallies'): { getAll(range: IDBKeyRange): Promise<TallyRecord[]> };
}

/**
 * A profile's tallies of one kind, as a key range: `[[]]` sorts after every `at` (a number, or an
 * array of strings).
 */
const tallyRange = (profileId: string, kind: TallyRecord['kind']) =>
  IDBKeyRange.bound([profileId, kind], [profileId, kind, [[]]]);

/** Tallies counted in memory, read as if from the store. */
function memoryTallies(records: readonly TallyRecord[]): TallyReadTx {
  return {
    objectStore: () => ({
      getAll: async (range: IDBKeyRange) =>
        records.filter((r) => range.includes([r.profileId, r.kind, r.at]))
    })
  };
}

/** The calls `foldDaily` makes on the `daily` store of a transaction. */
interface DailyStore {
  get(key: [string, number]): Promise<DailyRecord | undefined>;
  put(record: DailyRecord): Promise<unknown>;
  delete(key: [string, number]): Promise<unknown>;
}

/**
 * Counts logs into (`sign` 1) or out of (-1) their days' records, in the caller's transaction:
 * one read and one write per day they touch.
 */
async function foldDaily(
  store: DailyStore,
  logs: readonly DailyLog[],
  sign: 1 | -1
): Promise<void> {
  const days = new Map<string, DailyLog[]>();
  for (const log of logs) {
    if (!Number.isFinite(log.review)) continue;
    const key = JSON.stringify(dailyKey(log));
    days.set(key, [...(days.get(key) ?? []), log]);
  }
  await Promise.all(
    [...days.values()].map(async (group) => {
      const key = dailyKey(group[0] as DailyLog);
      const stored = await store.get(key);
      let record: DailyRecord | null | undefined = stored;
      for (const log of group) {
        if (sign > 0) record = addReview(record ?? undefined, log);
        else if (record) record = removeReview(record, log);
      }
      if (record) queued(store.put(record));
      else if (stored) queued(store.delete(key));
    })
  );
}

const isConflict = (e: unknown) =>
  (e instanceof DOMException || e instanceof Error) && e.name === 'ConstraintError';

const cache = new WeakMap<Store, Records>();

/** The records of the database a `Store` has open. */
export function recordsOf(store: Store): Records {
  let records = cache.get(store);
  if (!records) {
    records = new Records(store.db);
    cache.set(store, records);
  }
  return records;
}
