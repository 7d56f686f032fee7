import { tick } from 'svelte';
import {
  createScheduler,
  suspend,
  type CardRecord,
  type Grade,
  type GradePreview,
  type ReviewLogRecord
} from '$lib/domain/cards';
import type { Item } from '$lib/domain/bank';
import { countQueue, nextIndex, requeue, type Queue } from '$lib/domain/queue';
import { toStorageError, type StorageError } from '$lib/storage/db';
import { app } from './app.svelte';
import { bank } from './bank.svelte';
import { deck } from './deck.svelte';
import { records } from './records';

/** The measure a benchmark reads: from a grade to the next card on screen. */
export const GRADE_MEASURE = 'grade to next card shown';
/** The mark a benchmark reads: the first card of the page's first session on screen. */
export const FIRST_CARD_MARK = 'first card shown';

interface Step {
  logId: number;
  before: CardRecord;
  log: ReviewLogRecord;
}

/**
 * One flashcard session: today's queue, the card on screen, grading (written to IndexedDB before
 * the next card shows) and undo, several steps back.
 */
class StudySession {
  status = $state<'idle' | 'loading' | 'active' | 'done' | 'empty' | 'error'>('idle');
  queue = $state.raw<Queue>({ cards: [], counts: { learning: 0, review: 0, new: 0 } });
  current = $state.raw<{ card: CardRecord; item: Item } | null>(null);
  revealed = $state(false);
  previews = $state.raw<Record<Grade, GradePreview> | null>(null);
  graded = $state(0);
  again = $state(0);
  startedAt = $state(0);
  nextDue = $state<number | null>(null);
  error = $state<StorageError | null>(null);
  /** The last card graded here had already been graded in another tab; this grade was dropped. */
  studiedElsewhere = $state(false);
  #history: Step[] = [];
  #end: (() => void) | null = null;
  #busy = false;

  get canUndo(): boolean {
    return this.#history.length > 0;
  }

  async start(now = Date.now()): Promise<void> {
    this.status = 'loading';
    this.#history = [];
    this.graded = 0;
    this.again = 0;
    this.error = null;
    this.studiedElsewhere = false;
    this.startedAt = now;
    const queue = await deck.queue(now);
    if (!queue) {
      this.status = 'error';
      return;
    }
    this.queue = queue;
    if (queue.cards.length === 0) {
      this.status = 'empty';
      this.nextDue = await this.#nextDue();
      return;
    }
    this.#end?.();
    this.#end = app.beginSession();
    this.status = 'active';
    this.#show(now);
    await tick();
    // Once per page: how long from opening it until a card could be studied.
    if (performance.getEntriesByName(FIRST_CARD_MARK).length === 0) {
      performance.mark(FIRST_CARD_MARK);
    }
  }

  /** Ends the session (leaving the page): lets a waiting update through. */
  stop(): void {
    this.#end?.();
    this.#end = null;
    if (this.status === 'active') this.status = 'idle';
  }

  reveal(): void {
    if (this.current) this.revealed = true;
  }

  async grade(grade: Grade): Promise<void> {
    const shown = this.current;
    const store = records();
    if (!shown || !this.revealed || this.#busy || !store) return;
    this.#busy = true;
    const t0 = performance.now();
    try {
      const now = Date.now();
      const { card, log } = createScheduler(deck.scheduler).grade(shown.card, grade, now, 'study');
      // Awaited: the grade is on disk before the next card shows.
      const logId = await store.recordGrade(card, log);
      if (logId === null) {
        // Another tab graded this card first: take its state from storage and move on.
        const stored = await store.card(shown.card.profileId, shown.card.itemId);
        this.queue = stored
          ? requeue(this.queue, stored)
          : requeue(this.queue, { ...shown.card, suspended: true });
        this.studiedElsewhere = true;
        this.#show(now);
        return;
      }
      this.studiedElsewhere = false;
      this.error = null;
      this.#history.push({ logId, before: shown.card, log });
      this.graded++;
      if (grade === 1) this.again++;
      this.queue = requeue(this.queue, card);
      this.#show(now);
      await tick();
      performance.measure(GRADE_MEASURE, { start: t0, end: performance.now() });
    } catch (e) {
      this.error = toStorageError(e);
    } finally {
      this.#busy = false;
    }
  }

  /** Takes the card on screen out of every queue until it is unsuspended in /cards. */
  async suspendCurrent(): Promise<void> {
    const shown = this.current;
    const store = records();
    if (!shown || this.#busy || !store) return;
    this.#busy = true;
    try {
      await store.putCard(suspend(shown.card, true));
      this.queue = requeue(this.queue, { ...shown.card, suspended: true });
      this.#show(Date.now());
    } catch (e) {
      this.error = toStorageError(e);
    } finally {
      this.#busy = false;
    }
  }

  async undo(): Promise<void> {
    const step = this.#history.at(-1);
    const store = records();
    if (!step || this.#busy || !store) return;
    this.#busy = true;
    try {
      // The card as it was shown: undo puts it back exactly and deletes the log entry.
      const previous = step.before;
      await store.undoGrade(step.logId, previous);
      this.#history.pop();
      this.graded--;
      if (step.log.grade === 1) this.again--;
      const cards = [previous, ...this.queue.cards.filter((c) => c.itemId !== previous.itemId)];
      this.queue = { cards, counts: countQueue(cards) };
      if (this.status !== 'active') {
        this.#end ??= app.beginSession();
        this.status = 'active';
      }
      this.#showCard(previous);
    } catch (e) {
      this.error = toStorageError(e);
    } finally {
      this.#busy = false;
    }
  }

  #show(now: number): void {
    const i = nextIndex(this.queue.cards, now);
    const card = i === -1 ? undefined : this.queue.cards[i];
    if (!card) {
      this.current = null;
      this.status = 'done';
      this.#end?.();
      this.#end = null;
      void this.#nextDue().then((due) => (this.nextDue = due));
      return;
    }
    this.#showCard(card);
  }

  #showCard(card: CardRecord): void {
    const item = bank.item(card.itemId);
    if (!item) {
      // An item dropped from the bank: skip its card.
      this.queue = { ...this.queue, cards: this.queue.cards.filter((c) => c !== card) };
      this.#show(Date.now());
      return;
    }
    this.current = { card, item };
    this.revealed = false;
    this.previews = createScheduler(deck.scheduler).preview(card, Date.now());
  }

  async #nextDue(): Promise<number | null> {
    const next = await records()?.dueCards(app.profileId, Infinity, 1);
    return next?.[0]?.due ?? null;
  }
}

export const study = new StudySession();
