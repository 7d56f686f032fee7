import {
  type Card,
  type FSRS,
  fsrs,
  generatorParameters,
  type RecordLogItem,
  State
} from 'ts-fsrs';

/** 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type Grade = 1 | 2 | 3 | 4;
export type CardPhase = 'new' | 'learning' | 'review' | 'relearning';
export type ReviewSource = 'study' | 'quiz';

export const GRADES: readonly Grade[] = [1, 2, 3, 4];

/**
 * The scheduling state of one item for one profile, stored in IndexedDB as is: plain data, times
 * as epoch milliseconds.
 */
export interface CardRecord {
  profileId: string;
  itemId: string;
  /** Items that test the same fact share it; only one of them is shown a day. */
  sibling: string;
  /** Article order, the order new cards are introduced in. */
  order: number;
  phase: CardPhase;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: number | null;
  suspended: boolean;
  leech: boolean;
  /**
   * Sparse index fields: present only while the card is in that queue, so IndexedDB indexes skip
   * the rest. `queueDue` (=== due) iff scheduled and not suspended; `newOrder` (=== order) iff new
   * and not suspended; `learnDue` (=== due) iff learning or relearning and not suspended. Keep them
   * right with {@link withIndexFields}.
   */
  queueDue?: number;
  newOrder?: number;
  learnDue?: number;
}

/** A card without its index fields. */
export type PlainCard = Omit<CardRecord, 'queueDue' | 'newOrder' | 'learnDue'>;

/**
 * One grade, append-only; `id` is assigned by IndexedDB. The `…Before` fields, `elapsedDays`,
 * `lastElapsedDays` and `scheduledDays` follow ts-fsrs' ReviewLog: they describe the card as it was
 * when graded (`scheduledDays` is the interval it had been given, not the new one).
 */
export interface ReviewLogRecord {
  id?: number;
  profileId: string;
  itemId: string;
  grade: Grade;
  phaseBefore: CardPhase;
  source: ReviewSource;
  review: number;
  dueBefore: number;
  stabilityBefore: number;
  difficultyBefore: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningStepsBefore: number;
  /** The card's sibling group, so a queue can keep its siblings out for the rest of the day. */
  sibling: string;
  /**
   * `[reps, due]` of the card as it was graded: under a unique index, so one state of a card is
   * graded once, even from two tabs (each grade raises `reps`; a reset sets `due` to its moment).
   * Absent from logs written before database version 6.
   */
  from?: [number, number];
}

export interface SchedulerSettings {
  /** 0.70–0.97. */
  desiredRetention: number;
  /** 1–36500. */
  maximumIntervalDays: number;
  /** Epoch ms; while set, every interval is capped at the whole days left until it (at least 1). */
  examDate: number | null;
  /** Lapses at which a card is marked a leech. */
  leechThreshold: number;
}

export const DEFAULT_SCHEDULER_SETTINGS: Readonly<SchedulerSettings> = Object.freeze({
  desiredRetention: 0.9,
  maximumIntervalDays: 36500,
  examDate: null,
  leechThreshold: 4
});

export const RETENTION_RANGE = { min: 0.7, max: 0.97 } as const;
export const MAXIMUM_INTERVAL_RANGE = { min: 1, max: 36500 } as const;
export const LEECH_THRESHOLD_RANGE = { min: 1, max: 99 } as const;

export const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);

const clampNumber = (value: number, range: { min: number; max: number }) =>
  Math.min(range.max, Math.max(range.min, value));

/**
 * Stored scheduler settings merged over the defaults, field by field: a missing or non-numeric field
 * takes the default, a number out of range is clamped into it.
 */
export function mergeSchedulerSettings(stored: unknown): SchedulerSettings {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
    string,
    unknown
  >;
  const d = DEFAULT_SCHEDULER_SETTINGS;
  return {
    desiredRetention: isNumber(s.desiredRetention)
      ? clampNumber(s.desiredRetention, RETENTION_RANGE)
      : d.desiredRetention,
    maximumIntervalDays: isNumber(s.maximumIntervalDays)
      ? clampNumber(Math.round(s.maximumIntervalDays), MAXIMUM_INTERVAL_RANGE)
      : d.maximumIntervalDays,
    examDate: isNumber(s.examDate) ? s.examDate : d.examDate,
    leechThreshold: isNumber(s.leechThreshold)
      ? clampNumber(Math.round(s.leechThreshold), LEECH_THRESHOLD_RANGE)
      : d.leechThreshold
  };
}

/** A card never studied, due now. */
export function newCard(
  profileId: string,
  itemId: string,
  order: number,
  sibling: string,
  now: number
): CardRecord {
  return withIndexFields({
    profileId,
    itemId,
    sibling,
    order,
    phase: 'new',
    due: now,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    lastReview: null,
    suspended: false,
    leech: false
  });
}

// Listing every field (rather than spreading) keeps stray properties out of IndexedDB and logs.
function plainCard(card: PlainCard): PlainCard {
  return {
    profileId: card.profileId,
    itemId: card.itemId,
    sibling: card.sibling,
    order: card.order,
    phase: card.phase,
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsedDays,
    scheduledDays: card.scheduledDays,
    learningSteps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.lastReview,
    suspended: card.suspended,
    leech: card.leech
  };
}

/** The card with its index fields recomputed from its phase and suspension. */
export function withIndexFields(card: PlainCard): CardRecord {
  const next: CardRecord = plainCard(card);
  if (!card.suspended) {
    if (card.phase === 'new') next.newOrder = card.order;
    else next.queueDue = card.due;
    if (card.phase === 'learning' || card.phase === 'relearning') next.learnDue = card.due;
  }
  return next;
}

/** Suspends the card (out of every queue) or brings it back, its schedule untouched. */
export function suspend(card: CardRecord, on: boolean): CardRecord {
  return withIndexFields({ ...card, suspended: on });
}

/**
 * Forgets the card: new again, due now, counts cleared and no longer a leech. Keeps its place in
 * the article (`order`), its sibling group and whether it is suspended.
 */
export function resetCard(card: CardRecord, now: number): CardRecord {
  const fresh = newCard(card.profileId, card.itemId, card.order, card.sibling, now);
  return withIndexFields({ ...fresh, suspended: card.suspended });
}

const PHASE_TO_STATE: Record<CardPhase, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning
};

const STATE_TO_PHASE: Record<State, CardPhase> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning'
};

function toFsrs(card: CardRecord): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: PHASE_TO_STATE[card.phase],
    last_review: card.lastReview === null ? undefined : new Date(card.lastReview)
  };
}

export interface GradeResult {
  card: CardRecord;
  log: ReviewLogRecord;
}

export interface GradePreview extends GradeResult {
  /** From now until the card is due again, in whole minutes. */
  intervalMinutes: number;
}

export interface Scheduler {
  /** What each grade would do now: the next card, its log, and the interval in minutes (for the buttons). */
  preview(card: CardRecord, now: number): Record<Grade, GradePreview>;
  /**
   * Grades the card now. Marks it a leech once its lapses reach the threshold (and it stays one);
   * keeps it suspended if it was; recomputes the index fields. Same input, same result: ts-fsrs
   * seeds its fuzz from the card and the time.
   */
  grade(card: CardRecord, grade: Grade, now: number, source?: ReviewSource): GradeResult;
}

/** Whole days from `now` until the exam, at least 1; null without an exam date. */
export function examDaysLeft(examDate: number | null, now: number): number | null {
  if (examDate === null) return null;
  return Math.max(1, Math.floor((examDate - now) / DAY_MS));
}

/** A scheduler on FSRS-6's default parameters with fuzz, tuned by the settings. */
export function createScheduler(settings: SchedulerSettings): Scheduler {
  const engines = new Map<number, FSRS>();
  const engine = (maximumInterval: number): FSRS => {
    let f = engines.get(maximumInterval);
    if (!f) {
      f = fsrs(
        generatorParameters({
          request_retention: settings.desiredRetention,
          maximum_interval: maximumInterval,
          enable_fuzz: true
        })
      );
      engines.set(maximumInterval, f);
    }
    return f;
  };

  const capFor = (now: number): number => {
    const left = examDaysLeft(settings.examDate, now);
    return left === null
      ? settings.maximumIntervalDays
      : Math.min(settings.maximumIntervalDays, left);
  };

  const convert = (
    before: CardRecord,
    item: RecordLogItem,
    grade: Grade,
    now: number,
    cap: number,
    source: ReviewSource
  ): GradeResult => {
    const next = item.card;
    let due = next.due.getTime();
    let scheduledDays = next.scheduled_days;
    // ts-fsrs keeps Hard < Good < Easy by pushing Good and Easy past maximum_interval if it must;
    // the cap (an exam, most of all) wins over that ordering.
    if (scheduledDays > cap) {
      scheduledDays = cap;
      due = now + cap * DAY_MS;
    }
    const lapses = next.lapses;
    const previous = plainCard(before);
    const card = withIndexFields({
      ...previous,
      phase: STATE_TO_PHASE[next.state],
      due,
      stability: next.stability,
      difficulty: next.difficulty,
      elapsedDays: next.elapsed_days,
      scheduledDays,
      learningSteps: next.learning_steps,
      reps: next.reps,
      lapses,
      lastReview: next.last_review ? next.last_review.getTime() : now,
      leech: before.leech || lapses >= settings.leechThreshold
    });
    const log: ReviewLogRecord = {
      profileId: before.profileId,
      itemId: before.itemId,
      grade,
      phaseBefore: before.phase,
      source,
      review: now,
      dueBefore: before.due,
      stabilityBefore: before.stability,
      difficultyBefore: before.difficulty,
      elapsedDays: item.log.elapsed_days,
      lastElapsedDays: item.log.last_elapsed_days,
      scheduledDays: item.log.scheduled_days,
      learningStepsBefore: before.learningSteps,
      sibling: before.sibling,
      from: [before.reps, before.due]
    };
    return { card, log };
  };

  return {
    preview(card, now) {
      const cap = capFor(now);
      const all = engine(cap).repeat(toFsrs(card), new Date(now));
      const result = {} as Record<Grade, GradePreview>;
      for (const g of GRADES) {
        const r = convert(card, all[g], g, now, cap, 'study');
        result[g] = { ...r, intervalMinutes: Math.round((r.card.due - now) / MINUTE_MS) };
      }
      return result;
    },
    grade(card, grade, now, source = 'study') {
      const cap = capFor(now);
      const item = engine(cap).next(toFsrs(card), new Date(now), grade);
      return convert(card, item, grade, now, cap, source);
    }
  };
}
