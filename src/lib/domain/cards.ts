import {
  type Card,
  type FSRS,
  fsrs,
  generatorParameters,
  type RecordLogItem,
  State
} from 'ts-fsrs';
import {
  GRADES,
  PLAIN_CARD_ENTRIES,
  type CardPhase,
  type CardRecord,
  type Grade,
  type PlainCard,
  type ReviewLogRecord,
  type ReviewSource
} from './records';
import { SETTINGS_RANGE, type SchedulerSettings } from './settings-schema';

export const RETENTION_RANGE = SETTINGS_RANGE.desiredRetention;
export const MAXIMUM_INTERVAL_RANGE = SETTINGS_RANGE.maximumIntervalDays;
export const LEECH_THRESHOLD_RANGE = SETTINGS_RANGE.leechThreshold;

export const DAY_MS = 24 * 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

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

const PLAIN_CARD_KEYS = Object.keys(PLAIN_CARD_ENTRIES) as (keyof PlainCard)[];

// Copying the schema's fields (rather than spreading) keeps stray properties out of IndexedDB.
function plainCard(card: PlainCard): PlainCard {
  const copy: Record<string, unknown> = {};
  for (const key of PLAIN_CARD_KEYS) copy[key] = card[key];
  return copy as PlainCard;
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
