// Asserts the quiz session on a real IndexedDB implementation (fake-indexeddb) with a fixed clock:
// a finished quiz is stored with every answer and its times; each answer grades its card (wrong →
// Again, right → Good) unless the profile turned that off; a class quiz gives a result code; a
// closed database is reported, not ignored.
import 'fake-indexeddb/auto';
import { array, parse } from 'valibot';
import { describe, expect, it } from 'vitest';
import { ItemSchema, type Item } from '$lib/domain/bank';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/cards';
import { DEFAULT_QUIZ_SETTINGS, type QuizAnswer } from '$lib/domain/quiz';
import raw from '$lib/domain/fixtures/quiz-items.json';
import { recordsWithCards, T0 } from './session-fixtures';
import { QuizSession, type QuizStore } from './quiz.svelte';

const ITEMS: Item[] = parse(array(ItemSchema), raw);
const TF = ITEMS.filter((item) => item.type === 'truefalse');
const PROFILE = 'p-quiz';

async function setup(quizFeeds = true) {
  const records = await recordsWithCards(PROFILE, ITEMS);
  const clock = { now: T0 };
  const make = (store: () => Promise<QuizStore | null> = () => Promise.resolve(records)) =>
    new QuizSession({
      now: () => clock.now,
      items: () => TF,
      item: (id) => ITEMS.find((item) => item.id === id),
      store,
      profile: () => ({ id: PROFILE, scheduler: DEFAULT_SCHEDULER_SETTINGS, quizFeeds }),
      uiLang: () => 'en',
      beginSession: () => () => {}
    });
  return { records, clock, make };
}

/** Answers every question: the first right, every other one wrong. */
function answerAll(quiz: QuizSession) {
  for (const [i, item] of quiz.items.entries()) {
    if (item.type !== 'truefalse') throw new Error('true/false only');
    const answer: QuizAnswer = { kind: 'bool', value: i === 0 ? item.answer : !item.answer };
    quiz.answer(answer);
    quiz.next();
  }
}

describe('QuizSession', () => {
  it('stores a finished quiz with every answer and grades each card from its answer', async () => {
    const { records, clock, make } = await setup();
    const quiz = make();
    expect(quiz.start({ ...DEFAULT_QUIZ_SETTINGS, length: 5 }, 7)).toBe(true);
    expect(quiz.startedAt).toBe(T0);
    answerAll(quiz);
    clock.now += 60_000;
    await quiz.finish();
    expect(quiz.status).toBe('results');
    expect(quiz.result!.score).toBe(1);
    const [attempt] = await records.attempts(PROFILE);
    expect(attempt).toMatchObject({ startedAt: T0, finishedAt: T0 + 60_000, score: 1, total: 5 });
    expect(attempt!.answers).toHaveLength(5);
    const logs = await records.reviewsSince(PROFILE, 0);
    expect(logs.map((l) => [l.itemId, l.grade, l.source])).toEqual(
      quiz.items.map((item, i) => [item.id, i === 0 ? 3 : 1, 'quiz'])
    );
  });

  it('leaves the cards alone when the profile does not feed quizzes to them', async () => {
    const { records, make } = await setup(false);
    const quiz = make();
    quiz.start({ ...DEFAULT_QUIZ_SETTINGS, length: 5 }, 7);
    answerAll(quiz);
    await quiz.finish();
    expect(await records.attempts(PROFILE)).toHaveLength(1);
    expect(await records.reviewsSince(PROFILE, 0)).toHaveLength(0);
  });

  it('is the same quiz for the same seed, and a class quiz ends with a result code', async () => {
    const { make } = await setup();
    const a = make();
    const b = make();
    a.startClass('CODE', 'Layla', { ...DEFAULT_QUIZ_SETTINGS, length: 5 }, 42);
    b.start({ ...DEFAULT_QUIZ_SETTINGS, length: 5 }, 42);
    expect(a.items.map((i) => i.id)).toEqual(b.items.map((i) => i.id));
    answerAll(a);
    await a.finish();
    expect(a.resultCode).toMatch(/\S{6,}/);
    expect(b.resultCode).toBeNull();
  });

  it('reports a closed database when the quiz cannot be stored', async () => {
    const { make } = await setup();
    const quiz = make(() => Promise.resolve(null));
    quiz.start({ ...DEFAULT_QUIZ_SETTINGS, length: 5 }, 7);
    answerAll(quiz);
    await quiz.finish();
    expect(quiz.status).toBe('results');
    expect(quiz.error?.reason).toBe('closed');
  });
});

describe('QuizSession.finish', () => {
  it('shows the results only once the quiz and its grades are stored, and saves once', async () => {
    const { records, make } = await setup();
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let saves = 0;
    const store: QuizStore = {
      card: (p, i) => records.card(p, i),
      saveAttempt: async (attempt, graded) => {
        saves++;
        await gate;
        return records.saveAttempt(attempt, graded);
      }
    };
    const quiz = make(() => Promise.resolve(store));
    quiz.start({ ...DEFAULT_QUIZ_SETTINGS, length: 5 }, 7);
    answerAll(quiz);
    const finishing = quiz.finish();
    const again = quiz.finish();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(quiz.status).toBe('running');
    expect(quiz.result).toBeNull();
    release();
    await Promise.all([finishing, again]);
    expect(quiz.status).toBe('results');
    expect(saves).toBe(1);
    expect(await records.reviewsSince(PROFILE, 0)).toHaveLength(5);
  });
});
