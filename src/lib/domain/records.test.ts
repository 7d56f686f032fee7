// What these tests assert: the records the app itself makes (cards, review logs, quiz plans and
// attempts) pass the schemas their types come from, and a card copied for storage keeps exactly
// the schema's fields.
import { array, parse, safeParse } from 'valibot';
import { describe, expect, it } from 'vitest';
import { ItemSchema, type Item } from './bank';
import { createScheduler, newCard, withIndexFields } from './cards';
import { DEFAULT_SCHEDULER_SETTINGS } from './settings-schema';
import raw from './fixtures/quiz-items.json';
import { buildQuiz, DEFAULT_QUIZ_SETTINGS } from './quiz';
import {
  CardRecordSchema,
  PLAIN_CARD_ENTRIES,
  QuizAttemptSchema,
  QuizPlanSchema,
  ReviewLogSchema
} from './records';

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);
const ITEMS: Item[] = parse(array(ItemSchema), raw);

describe('records the app makes pass their own schemas', () => {
  it('a new card, and a card and its log after each grade', () => {
    let card = newCard('default', 'i-1', 3, 's-1', T0);
    expect(parse(CardRecordSchema, card)).toEqual(card);
    const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
    for (const [i, grade] of ([3, 1, 3, 4] as const).entries()) {
      const result = scheduler.grade(card, grade, T0 + i * 86_400_000);
      expect(parse(CardRecordSchema, result.card)).toEqual(result.card);
      expect(parse(ReviewLogSchema, result.log)).toEqual(result.log);
      card = result.card;
    }
  });

  it('a quiz plan and the attempt stored with it', () => {
    const plan = buildQuiz(ITEMS, { ...DEFAULT_QUIZ_SETTINGS, length: 'all' }, 42);
    expect(parse(QuizPlanSchema, plan)).toEqual(plan);
    const attempt = {
      profileId: 'default',
      startedAt: T0,
      finishedAt: T0 + 60_000,
      plan,
      answers: plan.questions.map(() => ({ kind: 'skip' as const })),
      lang: 'ar' as const,
      score: 0,
      total: plan.questions.length
    };
    expect(parse(QuizAttemptSchema, attempt)).toEqual(attempt);
  });

  it('refuses a card with a field of the wrong kind', () => {
    const card = newCard('default', 'i-1', 3, 's-1', T0);
    expect(safeParse(CardRecordSchema, { ...card, phase: 'done' }).success).toBe(false);
    expect(safeParse(CardRecordSchema, { ...card, reps: -1 }).success).toBe(false);
  });
});

describe('a card copied for storage', () => {
  it('keeps the schema’s fields and drops anything else', () => {
    const stray = { ...newCard('default', 'i-1', 3, 's-1', T0), note: 'x', queueDue: 5 };
    const copy = withIndexFields(stray);
    expect(Object.keys(copy).sort()).toEqual(
      [...Object.keys(PLAIN_CARD_ENTRIES), 'newOrder'].sort()
    );
  });
});
