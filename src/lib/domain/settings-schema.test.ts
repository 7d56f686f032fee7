// What these tests assert: reading any stored settings is a parse that never throws and gives a
// whole object; each field falls back to its default on its own (numbers clamped into
// SETTINGS_RANGE); the first screen's valibot-free device merge agrees with the schema; and what a
// lenient read gives always passes the strict record schema.
import fc from 'fast-check';
import { is, parse } from 'valibot';
import { describe, expect, it } from 'vitest';
import { LEECH_THRESHOLD_RANGE, MAXIMUM_INTERVAL_RANGE, RETENTION_RANGE } from './cards';
import { DAY_START_HOUR_RANGE, NEW_PER_DAY_RANGE, REVIEWS_PER_DAY_RANGE } from './queue';
import { QuizSettingsSchema } from './records';
import {
  DEFAULT_QUEUE_SETTINGS,
  DEFAULT_QUIZ_SETTINGS,
  DEFAULT_SCHEDULER_SETTINGS,
  DeviceSettingsSchema,
  mergeQuizSettings,
  parseProfileSettings,
  ProfileSettingsSchema,
  QueueSettingsSchema,
  SchedulerSettingsSchema,
  SETTINGS_RANGE
} from './settings-schema';
import { DEFAULT_DEVICE_SETTINGS, DEVICE_SETTINGS_CHOICES, mergeDeviceSettings } from './settings';

const DEFAULT_PROFILE_SETTINGS = {
  scheduler: DEFAULT_SCHEDULER_SETTINGS,
  queue: DEFAULT_QUEUE_SETTINGS,
  quizFeeds: true
};

/** Any JSON-like value, with the settings' own keys and values mixed in to reach every branch. */
const storedLike = (keys: readonly string[], values: readonly unknown[]) =>
  fc.oneof(
    fc.anything(),
    fc.dictionary(
      fc.constantFrom(...keys),
      fc.oneof(fc.constantFrom(...values), fc.anything(), fc.double())
    )
  );

describe('device settings', () => {
  const keys = Object.keys(DEVICE_SETTINGS_CHOICES);
  const values = Object.values(DEVICE_SETTINGS_CHOICES).flat();

  it('the first screen’s merge gives what parsing with the schema gives, for any input', () => {
    fc.assert(
      fc.property(storedLike(keys, values), (stored) => {
        expect(mergeDeviceSettings(stored)).toEqual(parse(DeviceSettingsSchema, stored));
      }),
      { numRuns: 500 }
    );
  });

  it('parses nothing stored to the defaults, and keeps each valid field on its own', () => {
    expect(parse(DeviceSettingsSchema, undefined)).toEqual(DEFAULT_DEVICE_SETTINGS);
    expect(parse(DeviceSettingsSchema, { theme: 'dark', textSize: 'huge' })).toEqual({
      ...DEFAULT_DEVICE_SETTINGS,
      theme: 'dark'
    });
  });
});

describe('profile settings', () => {
  it('parse nothing, or something that is not an object, to the defaults', () => {
    for (const stored of [undefined, null, 7, 'x', []]) {
      expect(parseProfileSettings(stored)).toEqual(DEFAULT_PROFILE_SETTINGS);
    }
  });

  it('fall back field by field: a wrong field takes its default, the others are kept', () => {
    expect(
      parseProfileSettings({
        scheduler: { desiredRetention: 0.85, maximumIntervalDays: 'long', leechThreshold: 6 },
        queue: 'none',
        quizFeeds: false
      })
    ).toEqual({
      scheduler: { ...DEFAULT_SCHEDULER_SETTINGS, desiredRetention: 0.85, leechThreshold: 6 },
      queue: DEFAULT_QUEUE_SETTINGS,
      quizFeeds: false
    });
    expect(parseProfileSettings({ quizFeeds: 'no' }).quizFeeds).toBe(true);
  });

  it('clamp numbers into SETTINGS_RANGE, whole numbers rounded', () => {
    const queue = parse(QueueSettingsSchema, {
      dayStartHour: 24,
      newPerDay: 10_000,
      reviewsPerDay: -3,
      shuffleNew: true
    });
    expect(queue).toEqual({
      dayStartHour: SETTINGS_RANGE.dayStartHour.max,
      newPerDay: SETTINGS_RANGE.newPerDay.max,
      reviewsPerDay: SETTINGS_RANGE.reviewsPerDay.min,
      shuffleNew: true
    });
    expect(parse(SchedulerSettingsSchema, { desiredRetention: 0.955 }).desiredRetention).toBe(
      0.955
    );
  });

  it('always give every number inside its range, and read their own output unchanged', () => {
    const keys = [...Object.keys(SETTINGS_RANGE), 'examDate', 'shuffleNew'];
    const part = storedLike(keys, [0, 1, -1, 1e9, 0.5, true, null]);
    const stored = fc.oneof(
      fc.anything(),
      fc.record({ scheduler: part, queue: part, quizFeeds: fc.anything() }, { requiredKeys: [] })
    );
    fc.assert(
      fc.property(stored, (s) => {
        const read = parseProfileSettings(s);
        const numbers = { ...read.scheduler, ...read.queue } as Record<string, unknown>;
        for (const [key, range] of Object.entries(SETTINGS_RANGE)) {
          const n = numbers[key] as number;
          expect(n >= range.min && n <= range.max, key).toBe(true);
        }
        expect(parseProfileSettings(read)).toEqual(read);
        expect(is(ProfileSettingsSchema, read)).toBe(true);
      }),
      { numRuns: 500 }
    );
  });

  it('keep the old range names as the same ranges the inputs use', () => {
    expect(RETENTION_RANGE).toBe(SETTINGS_RANGE.desiredRetention);
    expect(MAXIMUM_INTERVAL_RANGE).toBe(SETTINGS_RANGE.maximumIntervalDays);
    expect(LEECH_THRESHOLD_RANGE).toBe(SETTINGS_RANGE.leechThreshold);
    expect(DAY_START_HOUR_RANGE).toBe(SETTINGS_RANGE.dayStartHour);
    expect(NEW_PER_DAY_RANGE).toBe(SETTINGS_RANGE.newPerDay);
    expect(REVIEWS_PER_DAY_RANGE).toBe(SETTINGS_RANGE.reviewsPerDay);
  });
});

describe('quiz settings', () => {
  it('read leniently, always pass the strict schema of the stored quiz records', () => {
    const keys = Object.keys(DEFAULT_QUIZ_SETTINGS);
    const values = [5, 'all', 'end', 'en', 30, 0, ['mcq', 3], ['t-1', ''], { from: 3, to: 1 }];
    fc.assert(
      fc.property(storedLike(keys, values), (stored) => {
        const read = mergeQuizSettings(stored);
        expect(parse(QuizSettingsSchema, read)).toEqual(read);
      }),
      { numRuns: 500 }
    );
  });

  it('give a fresh copy of the defaults each time, never the shared frozen lists', () => {
    const a = mergeQuizSettings(undefined);
    a.topics.push('t-1');
    expect(mergeQuizSettings(undefined).topics).toEqual([]);
    expect(DEFAULT_QUIZ_SETTINGS.topics).toEqual([]);
  });
});
