import {
  array,
  boolean,
  finite,
  integer,
  literal,
  maxLength,
  maxValue,
  minLength,
  minValue,
  nullable,
  number,
  object,
  optional,
  picklist,
  pipe,
  string,
  tuple,
  variant,
  type GenericSchema,
  type InferOutput
} from 'valibot';
import { ITEM_TYPES } from './bank';

/**
 * Every record the app stores, described once: a valibot schema per record, its TypeScript type
 * inferred from it. The storage module stores these shapes; the backup checks a file against the
 * same schemas. Settings objects (read leniently, over their defaults) are in `settings-schema.ts`.
 */

/** The caps a record must stay within; far above real use, low enough to refuse a hostile file. */
export const RECORD_LIMITS = Object.freeze({
  idLength: 200,
  nameLength: 100,
  textLength: 10_000,
  /** Questions of one quiz, results of one class quiz, and any other list inside a record. */
  listLength: 10_000
});

const L = RECORD_LIMITS;
export const Id = pipe(string(), minLength(1), maxLength(L.idLength));
export const Name = pipe(string(), maxLength(L.nameLength));
export const Text = pipe(string(), maxLength(L.textLength));
/** Epoch milliseconds, or any other finite number (a seed). */
export const Time = pipe(number(), finite());
export const NonNegative = pipe(number(), finite(), minValue(0));
export const Count = pipe(number(), integer(), minValue(0));
/** A key IndexedDB's auto-increment gave, or a 1-based number. */
export const Key = pipe(number(), integer(), minValue(1));
export const list = <T extends GenericSchema>(item: T, max: number = L.listLength) =>
  pipe(array(item), maxLength(max));

// ---------------------------------------------------------------------------------------------
// Profiles

export const ProfileSchema = object({
  id: Id,
  /** Empty for the profile made on first start; the interface shows it as "Me". */
  name: Name,
  createdAt: Time
});
export type Profile = InferOutput<typeof ProfileSchema>;

// ---------------------------------------------------------------------------------------------
// Cards and the review log

/** 1 Again, 2 Hard, 3 Good, 4 Easy. */
export const GRADES = [1, 2, 3, 4] as const;
export const CARD_PHASES = ['new', 'learning', 'review', 'relearning'] as const;
export const REVIEW_SOURCES = ['study', 'quiz'] as const;
export type Grade = (typeof GRADES)[number];
export type CardPhase = (typeof CARD_PHASES)[number];
export type ReviewSource = (typeof REVIEW_SOURCES)[number];

const Phase = picklist(CARD_PHASES);

/** A card's fields apart from its queue-index fields. */
export const PLAIN_CARD_ENTRIES = {
  profileId: Id,
  itemId: Id,
  /** Items that test the same fact share it; only one of them is shown a day. */
  sibling: Id,
  /** Article order, the order new cards are introduced in. */
  order: Count,
  phase: Phase,
  due: Time,
  stability: NonNegative,
  difficulty: NonNegative,
  elapsedDays: NonNegative,
  scheduledDays: NonNegative,
  learningSteps: Count,
  reps: Count,
  lapses: Count,
  lastReview: nullable(Time),
  suspended: boolean(),
  leech: boolean()
};
export const PlainCardSchema = object(PLAIN_CARD_ENTRIES);
/** A card without its index fields. */
export type PlainCard = InferOutput<typeof PlainCardSchema>;

/**
 * The scheduling state of one item for one profile, stored in IndexedDB as is: plain data, times
 * as epoch milliseconds. The sparse index fields are present only while the card is in that
 * queue, so IndexedDB indexes skip the rest: `queueDue` (=== due) iff scheduled and not
 * suspended; `newOrder` (=== order) iff new and not suspended; `learnDue` (=== due) iff learning
 * or relearning and not suspended. `withIndexFields` (cards.ts) keeps them right.
 */
export const CardRecordSchema = object({
  ...PLAIN_CARD_ENTRIES,
  queueDue: optional(Time),
  newOrder: optional(Time),
  learnDue: optional(Time)
});
export type CardRecord = InferOutput<typeof CardRecordSchema>;

/**
 * One grade, append-only; `id` is assigned by IndexedDB (and differs between devices; `uid` does not). The `…Before` fields, `elapsedDays`,
 * `lastElapsedDays` and `scheduledDays` follow ts-fsrs' ReviewLog: they describe the card as it was
 * when graded (`scheduledDays` is the interval it had been given, not the new one).
 */
export const ReviewLogSchema = object({
  id: optional(Key),
  /**
   * The review's identity on every device (see review-uid.ts), so a merge keeps it once. Every
   * stored log has one from database version 8 on; a log in an older backup gets one as it is read.
   */
  uid: optional(Id),
  profileId: Id,
  itemId: Id,
  grade: picklist(GRADES),
  phaseBefore: Phase,
  source: picklist(REVIEW_SOURCES),
  review: Time,
  dueBefore: Time,
  stabilityBefore: NonNegative,
  difficultyBefore: NonNegative,
  elapsedDays: NonNegative,
  lastElapsedDays: NonNegative,
  scheduledDays: NonNegative,
  learningStepsBefore: Count,
  /** The card's sibling group, so a queue can keep its siblings out for the rest of the day. */
  sibling: Id,
  /**
   * `[reps, due]` of the card as it was graded: under a unique index, so one state of a card is
   * graded once, even from two tabs (each grade raises `reps`; a reset sets `due` to its moment).
   * Absent from logs written before database version 6.
   */
  from: optional(tuple([Count, Time]))
});
export type ReviewLogRecord = InferOutput<typeof ReviewLogSchema>;

/** What a daily record counts, per quarter hour: one array of each, parallel to `slots`. */
export const DAILY_COUNTS = [
  // The card's phase before the grade.
  'new',
  'learning',
  'relearning',
  'review',
  // The grade.
  'again',
  'hard',
  'good',
  'easy',
  // True retention's inputs: review-phase grades, young and mature (an interval of 21 days or
  // more before the grade), and of those the ones passed (Hard or better).
  'youngTotal',
  'youngPassed',
  'matureTotal',
  'maturePassed'
] as const;
export type DailyCount = (typeof DAILY_COUNTS)[number];

const Counts = list(Count, 96);

/**
 * One UTC day of a profile's review log, counted by quarter hour (derived data: the statistics
 * read it instead of the log, and it can always be rebuilt from the log; backups leave it out).
 * `slots` are the day's quarter hours that hold a review (0–95, ascending); each count is an array
 * parallel to them.
 */
export const DailyRecordSchema = object({
  profileId: Id,
  /** Days since the epoch, in UTC: `Math.floor(review / DAY_MS)`. */
  day: pipe(number(), integer()),
  slots: list(pipe(number(), integer(), minValue(0), maxValue(95)), 96),
  new: Counts,
  learning: Counts,
  relearning: Counts,
  review: Counts,
  again: Counts,
  hard: Counts,
  good: Counts,
  easy: Counts,
  youngTotal: Counts,
  youngPassed: Counts,
  matureTotal: Counts,
  maturePassed: Counts
});
export type DailyRecord = InferOutput<typeof DailyRecordSchema>;

// ---------------------------------------------------------------------------------------------
// Quizzes

export const QUIZ_LENGTHS = [5, 10, 20, 'all'] as const;
export const QUIZ_FEEDBACK = ['each', 'end'] as const;
export const QUIZ_CONTENT_LANGS = ['ui', 'ar', 'en'] as const;
/** The timers on offer (seconds per question); a class code can carry only these. */
export const QUIZ_TIMER_CHOICES: readonly number[] = [10, 20, 30, 45, 60, 90, 120];
export type QuizLength = (typeof QUIZ_LENGTHS)[number];

/** Ranges of the quiz settings' numbers (the inputs use them too). */
export const QUIZ_SETTINGS_RANGE = Object.freeze({
  /** 1-based paragraph numbers; the article decides the top. */
  paragraph: { min: 1 },
  timerSeconds: { min: 1 }
});

/** A quiz as the student (or the teacher, for a class quiz) sets it up. */
export const QuizSettingsSchema = object({
  length: picklist(QUIZ_LENGTHS),
  /** Topic ids to draw from; empty = every topic. */
  topics: list(Id),
  /** Item types to draw from; empty = every type. */
  types: list(picklist(ITEM_TYPES)),
  /** The course to draw from (its id); absent = every course. */
  course: optional(Id),
  /** Paragraphs (1-based, inclusive) of an item's first evidence; null = the whole article. */
  paragraphs: nullable(
    object({
      from: pipe(number(), integer(), minValue(QUIZ_SETTINGS_RANGE.paragraph.min)),
      to: pipe(number(), integer(), minValue(QUIZ_SETTINGS_RANGE.paragraph.min))
    })
  ),
  /** Show right or wrong after each question, or only at the end. */
  feedback: picklist(QUIZ_FEEDBACK),
  /** Seconds allowed for each question, one of {@link QUIZ_TIMER_CHOICES}; null = untimed. */
  timerSeconds: nullable(pipe(number(), finite(), minValue(QUIZ_SETTINGS_RANGE.timerSeconds.min))),
  /** The language the questions are shown in: the interface's, or always Arabic or English. */
  contentLang: picklist(QUIZ_CONTENT_LANGS)
});
export type QuizSettings = InferOutput<typeof QuizSettingsSchema>;

const Indexes = list(Count);

/** One question of a plan: which item, and the display orders drawn for it. */
export const QuizQuestionSchema = object({
  itemId: Id,
  /** mcq: stored option indexes in the order they are shown. */
  choiceOrder: optional(Indexes),
  /** matching: stored pair indexes in the order the right-hand side is shown (never in line). */
  rightOrder: optional(Indexes),
  /** ordering: stored indexes in the order first shown (never already sorted). */
  startOrder: optional(Indexes)
});
export type QuizQuestion = InferOutput<typeof QuizQuestionSchema>;

/** A quiz ready to take: the same items, settings and seed give the same plan on every device. */
export const QuizPlanSchema = object({
  seed: Time,
  settings: QuizSettingsSchema,
  questions: list(QuizQuestionSchema)
});
export type QuizPlan = InferOutput<typeof QuizPlanSchema>;

export const QuizAnswerSchema = variant('kind', [
  object({ kind: literal('choice'), index: Count }),
  object({ kind: literal('bool'), value: boolean() }),
  object({ kind: literal('text'), value: Text }),
  // `rightFor[leftIndex]` = the stored index of the right-hand item chosen for it; -1: not yet.
  object({ kind: literal('pairs'), rightFor: list(pipe(number(), integer(), minValue(-1))) }),
  // Stored indexes in the order the student put them.
  object({ kind: literal('order'), order: Indexes }),
  object({ kind: literal('skip') })
]);
export type QuizAnswer = InferOutput<typeof QuizAnswerSchema>;

/** What a finished quiz and one in progress both keep: whose, when, the plan and the answers. */
const QUIZ_TAKEN = {
  profileId: Id,
  startedAt: Time,
  plan: QuizPlanSchema,
  /** One per question of the plan; null where the student gave none (yet). */
  answers: list(nullable(QuizAnswerSchema)),
  /** The language the answers are checked in. */
  lang: picklist(['ar', 'en']),
  /** Set for a class quiz: its code, and the name the student gave. */
  classCode: optional(Id),
  student: optional(Name)
};

/** A finished (or abandoned) quiz, stored with every answer. */
export const QuizAttemptSchema = object({
  ...QUIZ_TAKEN,
  id: optional(Key),
  finishedAt: Time,
  score: NonNegative,
  total: Count
});
export type QuizAttempt = InferOutput<typeof QuizAttemptSchema>;

export const QUIZ_KINDS = ['self', 'class'] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];

/**
 * A quiz being taken, saved after every answer so that a reload, a closed tab or a crash can resume
 * it (one per profile and kind). A finished class quiz stays here with its result code until the
 * student leaves it, so a reload still shows the code to hand back.
 */
export const QuizProgressSchema = object({
  ...QUIZ_TAKEN,
  kind: picklist(QUIZ_KINDS),
  /** Per question: already checked (feedback after each question). */
  checked: list(boolean()),
  /** The question on screen (0-based). */
  index: Count,
  /** Set once a class quiz is finished: the code the student hands back. */
  resultCode: optional(Text)
});
export type QuizProgress = InferOutput<typeof QuizProgressSchema>;

export const ClassResultSchema = object({
  key: Id,
  name: Name,
  answers: list(boolean()),
  score: optional(NonNegative),
  addedAt: Time
});

/** A class quiz a teacher created on this device, with the results collected so far. */
export const ClassQuizSchema = object({
  /** The quiz code's bare symbols (no dashes). */
  code: Id,
  profileId: Id,
  createdAt: Time,
  seed: Time,
  settings: QuizSettingsSchema,
  questions: Count,
  results: list(ClassResultSchema)
});
export type ClassQuiz = InferOutput<typeof ClassQuizSchema>;
