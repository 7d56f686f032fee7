import { tick } from 'svelte';
import { createScheduler, suspend, type GradePreview } from '$lib/domain/cards';
import { type CardRecord, type Grade, type ReviewLogRecord } from '$lib/domain/records';
import { type SchedulerSettings } from '$lib/domain/settings-schema';
import type { Item } from '$lib/domain/bank';
import { countQueue, nextIndex, requeue, type Queue } from '$lib/domain/queue';
import { StorageError, toStorageError } from '$lib/storage/db';
import type { Records } from '$lib/storage/records';
import { app } from './app.svelte';
import { bank } from './bank.svelte';
import { deck } from './deck.svelte';
import { records } from './records';

/** The measure a benchmark reads: from a grade to the next card on screen. */
export const GRADE_MEASURE = 'grade to next card shown';
/** The mark a benchmark reads: the first card of the page's first session on screen. */
export const FIRST_CARD_MARK = 'first card shown';

/** The storage a study session writes to: the open database's records, or null when none is open. */
export type StudyStore = Pick<
  Records,
  'recordGrade' | 'undoGrade' | 'card' | 'putCard' | 'dueCards'
>;

/** What a session needs from outside; the app passes the real ones, unit tests their own. */
export interface StudyDeps {
  now: () => number;
  store: () => StudyStore | null;
  /**
   * Today's queue at `now` (only `course`'s cards when given), or null when the bank or the
   * database is not there.
   */
  queue: (now: number, course?: string) => Promise<Queue | null>;
  scheduler: () => SchedulerSettings;
  item: (id: string) => Item | undefined;
  profileId: () => string;
  /** Marks a session as running (updates wait); returns the function that ends it. */
  beginSession: () => () => void;
  /** Resolves once the screen shows the state just set. */
  rendered: () => Promise<void>;
}

/** A step undo can take back: a grade (its log entry) or a suspension; `before` is the card as shown. */
type Step =
  | { kind: 'grade'; logId: number; before: CardRecord; log: ReviewLogRecord }
  | { kind: 'suspend'; before: CardRecord };

/**
 * One flashcard session: today's queue, the card on screen, grading (written to IndexedDB before
 * the next card shows) and undo, several steps back.
 */
export class StudySession {
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
  /** The card just suspended, until the next grade or undo: the screen says so and offers Undo. */
  suspended = $state.raw<CardRecord | null>(null);
  #deps: StudyDeps;
  #history: Step[] = [];
  #end: (() => void) | null = null;
  #busy = false;

  constructor(deps: StudyDeps) {
    this.#deps = deps;
  }

  get canUndo(): boolean {
    return this.#history.length > 0;
  }

  /** Starts a session over every course, or over `course` alone. */
  async start(course?: string): Promise<void> {
    const now = this.#deps.now();
    this.status = 'loading';
    this.#history = [];
    this.graded = 0;
    this.again = 0;
    this.error = null;
    this.studiedElsewhere = false;
    this.suspended = null;
    this.startedAt = now;
    const queue = await this.#deps.queue(now, course);
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
    this.#begin();
    this.#show(now);
    await this.#deps.rendered();
    // Once per page: how long from opening it until a card could be studied.
    if (performance.getEntriesByName(FIRST_CARD_MARK).length === 0) {
      performance.mark(FIRST_CARD_MARK);
    }
  }

  /** Ends the session (leaving the page): lets a waiting update through. */
  stop(): void {
    this.#finish();
    if (this.status === 'active') this.status = 'idle';
  }

  reveal(): void {
    if (this.current) this.revealed = true;
  }

  /** Grades the card on screen: scheduler → one awaited write → requeue → the next card. */
  async grade(grade: Grade): Promise<void> {
    const shown = this.current;
    if (!shown || !this.revealed) return;
    await this.#exclusive(async (store) => {
      const t0 = performance.now();
      const now = this.#deps.now();
      const scheduler = createScheduler(this.#deps.scheduler());
      const { card, log } = scheduler.grade(shown.card, grade, now, 'study');
      // Awaited: the grade is on disk before the next card shows.
      const logId = await store.recordGrade(card, log);
      if (logId === null) return this.#gradedElsewhere(store, shown.card, now);
      this.studiedElsewhere = false;
      app.studied = true;
      this.suspended = null;
      this.#history.push({ kind: 'grade', logId, before: shown.card, log });
      this.graded++;
      if (grade === 1) this.again++;
      this.queue = requeue(this.queue, card);
      this.#show(now);
      await this.#deps.rendered();
      performance.measure(GRADE_MEASURE, { start: t0, end: performance.now() });
    });
  }

  /**
   * Takes the card on screen out of every queue until it is unsuspended in /cards; a step undo
   * takes back like a grade.
   */
  async suspendCurrent(): Promise<void> {
    const shown = this.current;
    if (!shown) return;
    await this.#exclusive(async (store) => {
      const card = suspend(shown.card, true);
      await store.putCard(card);
      this.#history.push({ kind: 'suspend', before: shown.card });
      this.suspended = card;
      this.queue = requeue(this.queue, card);
      this.#show(this.#deps.now());
    });
  }

  /**
   * Takes the last step back: the card as it was shown returns, unanswered; a grade's log entry is
   * deleted, a suspension lifted.
   */
  async undo(): Promise<void> {
    const step = this.#history.at(-1);
    if (!step) return;
    await this.#exclusive(async (store) => {
      const previous = step.before;
      if (step.kind === 'grade') await store.undoGrade(step.logId, previous);
      else await store.putCard(previous);
      this.#history.pop();
      this.suspended = null;
      if (step.kind === 'grade') {
        this.graded--;
        if (step.log.grade === 1) this.again--;
      }
      const cards = [previous, ...this.queue.cards.filter((c) => c.itemId !== previous.itemId)];
      this.queue = { cards, counts: countQueue(cards) };
      if (this.status !== 'active') this.#begin();
      this.#showCard(previous);
    });
  }

  /**
   * Runs one write at a time: a key pressed while a grade is being stored is ignored, not queued.
   * A failed write leaves the screen as it was and says why.
   */
  async #exclusive(work: (store: StudyStore) => Promise<void>): Promise<void> {
    const store = this.#deps.store();
    if (this.#busy) return;
    if (!store) {
      this.error = new StorageError('closed');
      return;
    }
    this.#busy = true;
    try {
      await work(store);
      this.error = null;
    } catch (e) {
      this.error = toStorageError(e);
    } finally {
      this.#busy = false;
    }
  }

  /** Another tab graded this card first: take its state from storage and move on. */
  async #gradedElsewhere(store: StudyStore, card: CardRecord, now: number): Promise<void> {
    const stored = await store.card(card.profileId, card.itemId);
    this.queue = requeue(this.queue, stored ?? { ...card, suspended: true });
    this.studiedElsewhere = true;
    this.#show(now);
  }

  #begin(): void {
    this.#end ??= this.#deps.beginSession();
    this.status = 'active';
  }

  #finish(): void {
    this.#end?.();
    this.#end = null;
  }

  #show(now: number): void {
    const i = nextIndex(this.queue.cards, now);
    const card = i === -1 ? undefined : this.queue.cards[i];
    if (!card) {
      this.current = null;
      this.status = 'done';
      this.#finish();
      void this.#nextDue().then((due) => (this.nextDue = due));
      return;
    }
    this.#showCard(card);
  }

  #showCard(card: CardRecord): void {
    const item = this.#deps.item(card.itemId);
    if (!item) {
      // An item dropped from the bank: skip its card.
      this.queue = { ...this.queue, cards: this.queue.cards.filter((c) => c !== card) };
      this.#show(this.#deps.now());
      return;
    }
    this.current = { card, item };
    this.revealed = false;
    this.previews = createScheduler(this.#deps.scheduler()).preview(card, this.#deps.now());
  }

  async #nextDue(): Promise<number | null> {
    try {
      const next = await this.#deps.store()?.dueCards(this.#deps.profileId(), Infinity, 1);
      return next?.[0]?.due ?? null;
    } catch {
      return null;
    }
  }
}

export const study = new StudySession({
  now: () => Date.now(),
  store: records,
  queue: (now, course) => deck.queue(now, Math.random, course),
  scheduler: () => deck.scheduler,
  item: (id) => bank.item(id),
  profileId: () => app.profileId,
  beginSession: () => app.beginSession(),
  rendered: tick
});
