import {
  array,
  boolean,
  custom,
  fallback,
  finite,
  gtValue,
  nullable,
  number,
  object,
  parse,
  pipe,
  transform,
  unknown,
  type InferOutput
} from 'valibot';
import { ITEM_TYPES } from './bank';
import { QUIZ_TIMER_CHOICES, QuizSettingsSchema, type QuizSettings } from './records';
import { DEFAULT_DEVICE_SETTINGS, DEVICE_SETTINGS_CHOICES } from './settings';

/**
 * Every settings object, described once: a schema whose fields each fall back to their default, so
 * that parsing what is stored (an older version's record, a hand-edited backup, nothing at all)
 * always gives a whole, valid object. A number out of range is clamped into it; anything else
 * invalid takes the default, field by field.
 */

type Range = { readonly min: number; readonly max: number };

/** The ranges of the profile's numeric settings: validation and the inputs both use these. */
export const SETTINGS_RANGE = Object.freeze({
  desiredRetention: { min: 0.7, max: 0.97 },
  maximumIntervalDays: { min: 1, max: 36500 },
  leechThreshold: { min: 1, max: 99 },
  /** Local hour at which a study day begins. */
  dayStartHour: { min: 0, max: 23 },
  newPerDay: { min: 0, max: 9999 },
  reviewsPerDay: { min: 0, max: 99999 }
} as const satisfies Record<string, Range>);

const clamp = (value: number, range: Range) => Math.min(range.max, Math.max(range.min, value));

/** A number clamped into the range (rounded first when `whole`); anything else gives `otherwise`. */
const ranged = (range: Range, otherwise: number, whole: boolean) =>
  fallback(
    pipe(
      number(),
      finite(),
      transform((n) => clamp(whole ? Math.round(n) : n, range))
    ),
    otherwise
  );

/** One of `allowed`, else `otherwise`. */
const oneOf = <const T>(allowed: readonly T[], otherwise: NoInfer<T>) =>
  fallback(
    custom<T>((value) => allowed.includes(value as T)),
    otherwise
  );

// ---------------------------------------------------------------------------------------------
// Device

const D = DEFAULT_DEVICE_SETTINGS;
const C = DEVICE_SETTINGS_CHOICES;

/** Preferences of this device, shared by every profile on it (choices in `settings.ts`). */
export const DeviceSettingsSchema = fallback(
  object({
    lang: oneOf(C.lang, D.lang),
    digits: oneOf(C.digits, D.digits),
    theme: oneOf(C.theme, D.theme),
    textSize: oneOf(C.textSize, D.textSize),
    persistRequested: oneOf(C.persistRequested, D.persistRequested)
  }),
  () => ({ ...DEFAULT_DEVICE_SETTINGS })
);
export type DeviceSettings = InferOutput<typeof DeviceSettingsSchema>;

// ---------------------------------------------------------------------------------------------
// Profile: the scheduler, the daily queue, and whether quizzes grade the flashcards

const R = SETTINGS_RANGE;

export const DEFAULT_SCHEDULER_SETTINGS = Object.freeze({
  desiredRetention: 0.9,
  maximumIntervalDays: 36500,
  examDate: null as number | null,
  leechThreshold: 4
});

export const SchedulerSettingsSchema = fallback(
  object({
    desiredRetention: ranged(
      R.desiredRetention,
      DEFAULT_SCHEDULER_SETTINGS.desiredRetention,
      false
    ),
    maximumIntervalDays: ranged(
      R.maximumIntervalDays,
      DEFAULT_SCHEDULER_SETTINGS.maximumIntervalDays,
      true
    ),
    /** Epoch ms; while set, every interval is capped at the whole days left until it (at least 1). */
    examDate: fallback(nullable(pipe(number(), finite())), DEFAULT_SCHEDULER_SETTINGS.examDate),
    /** Lapses at which a card is marked a leech. */
    leechThreshold: ranged(R.leechThreshold, DEFAULT_SCHEDULER_SETTINGS.leechThreshold, true)
  }),
  () => ({ ...DEFAULT_SCHEDULER_SETTINGS })
);
export type SchedulerSettings = InferOutput<typeof SchedulerSettingsSchema>;

export const DEFAULT_QUEUE_SETTINGS = Object.freeze({
  dayStartHour: 4,
  newPerDay: 20,
  reviewsPerDay: 200,
  shuffleNew: false
});

export const QueueSettingsSchema = fallback(
  object({
    dayStartHour: ranged(R.dayStartHour, DEFAULT_QUEUE_SETTINGS.dayStartHour, true),
    newPerDay: ranged(R.newPerDay, DEFAULT_QUEUE_SETTINGS.newPerDay, true),
    reviewsPerDay: ranged(R.reviewsPerDay, DEFAULT_QUEUE_SETTINGS.reviewsPerDay, true),
    /** Show the day's new cards in random order (they are still chosen in article order). */
    shuffleNew: fallback(boolean(), DEFAULT_QUEUE_SETTINGS.shuffleNew)
  }),
  () => ({ ...DEFAULT_QUEUE_SETTINGS })
);
export type QueueSettings = InferOutput<typeof QueueSettingsSchema>;

/** A profile's settings, stored under `profile:<id>` in the settings store. */
export const ProfileSettingsSchema = fallback(
  object({
    scheduler: SchedulerSettingsSchema,
    queue: QueueSettingsSchema,
    /** Whether quiz answers are graded into the flashcards (on by default). */
    quizFeeds: fallback(boolean(), true)
  }),
  () => ({
    scheduler: { ...DEFAULT_SCHEDULER_SETTINGS },
    queue: { ...DEFAULT_QUEUE_SETTINGS },
    quizFeeds: true
  })
);
export type ProfileSettings = InferOutput<typeof ProfileSettingsSchema>;

/** Stored scheduler settings over the defaults, field by field (out-of-range numbers clamped). */
export const mergeSchedulerSettings = (stored: unknown): SchedulerSettings =>
  parse(SchedulerSettingsSchema, stored);

/** Stored queue settings over the defaults, field by field (out-of-range numbers clamped). */
export const mergeQueueSettings = (stored: unknown): QueueSettings =>
  parse(QueueSettingsSchema, stored);

/** A profile's stored settings, whole: every part and field over its default. */
export const parseProfileSettings = (stored: unknown): ProfileSettings =>
  parse(ProfileSettingsSchema, stored);

// ---------------------------------------------------------------------------------------------
// Quiz settings, as the quiz screen remembers them (the record itself is in records.ts)

export const DEFAULT_QUIZ_SETTINGS: Readonly<QuizSettings> = Object.freeze({
  length: 10,
  topics: [],
  types: [],
  paragraphs: null,
  feedback: 'each',
  timerSeconds: null,
  contentLang: 'ui'
});

/** The nearest timer on offer (the smaller on a tie), so a class code can always carry it. */
function nearestTimer(value: number): number | null {
  let best = QUIZ_TIMER_CHOICES[0] ?? null;
  for (const choice of QUIZ_TIMER_CHOICES) {
    if (best === null || Math.abs(choice - value) < Math.abs(best - value)) best = choice;
  }
  return best;
}

const strict = QuizSettingsSchema.entries;
const Q = DEFAULT_QUIZ_SETTINGS;

const QuizSettingsOverDefaults = fallback(
  object({
    length: fallback(strict.length, Q.length),
    topics: fallback(
      pipe(
        array(unknown()),
        transform((all) => [
          ...new Set(all.filter((t): t is string => typeof t === 'string' && t !== ''))
        ])
      ),
      () => []
    ),
    types: fallback(
      pipe(
        array(unknown()),
        transform((all) => ITEM_TYPES.filter((t) => all.includes(t)))
      ),
      () => []
    ),
    paragraphs: fallback(
      pipe(
        strict.paragraphs,
        transform((p) => p && { from: Math.min(p.from, p.to), to: Math.max(p.from, p.to) })
      ),
      null
    ),
    feedback: fallback(strict.feedback, Q.feedback),
    timerSeconds: fallback(
      pipe(number(), finite(), gtValue(0), transform(nearestTimer)),
      Q.timerSeconds
    ),
    contentLang: fallback(strict.contentLang, Q.contentLang)
  }),
  () => ({ ...DEFAULT_QUIZ_SETTINGS, topics: [], types: [] })
);

/**
 * Stored quiz settings merged over the defaults, field by field: a missing or invalid field takes
 * the default; unknown types and non-string topics are dropped (and duplicates); a reversed
 * paragraph range is put the right way round; a timer snaps to the nearest of
 * {@link QUIZ_TIMER_CHOICES}. Topic ids are not checked against a bank: an unknown one selects
 * nothing.
 */
export const mergeQuizSettings = (stored: unknown): QuizSettings =>
  parse(QuizSettingsOverDefaults, stored);
