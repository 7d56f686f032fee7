// Asserts the quiz session on a real IndexedDB implementation (fake-indexeddb) with a fixed clock:
// a finished quiz is stored with every answer and its times; each answer grades its card (wrong →
// Again, right → Good) unless the profile turned that off; a class quiz gives a result code; a
// closed database is reported, not ignored; a quiz in progress is saved after every answer and a new
// session (a reload) resumes it with its answers, checks and place; a finished class quiz keeps its
// result code until the student leaves it.
import 'fake-indexeddb/auto';
import { array, parse } from 'valibot';
import { describe, expect, it } from 'vitest';
import { ItemSchema, type Item } from '$lib/domain/bank';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/settings-schema';
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

/** Question `i`'s answer: the first right, every other one wrong. */
function answerFor(quiz: QuizSession, i: number): QuizAnswer {
  const item = quiz.items[i];
  if (item?.type !== 'truefalse') throw new Error('true/false only');
  return { kind: 'bool', value: i === 0 ? item.answer : !item.answer };
}

/** Answers every question from the one on screen: the first right, every other one wrong. */
async function answerAll(quiz: QuizSession) {
  for (let i = quiz.index; i < quiz.items.length; i++) {
    await quiz.answer(answerFor(quiz, i));
    await quiz.next();
  }
}

describe('QuizSession', () => {
  it('stores a finished quiz with every answer and grades each card from its answer', async () => {
    const { records, clock, make } = await setup();
    const quiz = make();
    expect(quiz.start({ ...DEFAULT_QUIZ_SETTINGS, length: 5 }, 7)).toBe(true);
    expect(quiz.startedAt).toBe(T0);
    await answerAll(quiz);
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
    await answerAll(quiz);
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
    await answerAll(a);
    await a.finish();
    expect(a.resultCode).toMatch(/\S{6,}/);
    expect(b.resultCode).toBeNull();
  });

  it('reports a closed database when the quiz cannot be stored', async () => {
    const { make } = await setup();
    const quiz = make(() => Promise.resolve(null));
    quiz.start({ ...DEFAULT_QUIZ_SETTINGS, length: 5 }, 7);
    await answerAll(quiz);
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
      saveAttempt: async (attempt, graded, kept) => {
        saves++;
        await gate;
        return records.saveAttempt(attempt, graded, kept);
      },
      saveQuizProgress: (progress) => records.saveQuizProgress(progress),
      clearQuizProgress: (profileId, kind) => records.clearQuizProgress(profileId, kind)
    };
    const quiz = make(() => Promise.resolve(store));
    quiz.start({ ...DEFAULT_QUIZ_SETTINGS, length: 5 }, 7);
    await answerAll(quiz);
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

describe('QuizSession progress', () => {
  const SETTINGS = { ...DEFAULT_QUIZ_SETTINGS, length: 5 } as const;

  it('saves the quiz after every answer, and a reload resumes it with the answers kept', async () => {
    const { records, clock, make } = await setup();
    const quiz = make();
    quiz.start(SETTINGS, 7);
    await quiz.answer(answerFor(quiz, 0));
    await quiz.next();
    await quiz.answer(answerFor(quiz, 1));
    const saved = await records.quizProgress(PROFILE, 'self');
    expect(saved).toMatchObject({ kind: 'self', startedAt: T0, index: 1, lang: 'en' });
    expect(saved!.answers).toEqual([answerFor(quiz, 0), answerFor(quiz, 1), null, null, null]);

    const reloaded = make();
    expect(reloaded.resume(saved!)).toBe(true);
    expect(reloaded.status).toBe('running');
    expect(reloaded.items.map((i) => i.id)).toEqual(quiz.items.map((i) => i.id));
    expect(reloaded.index).toBe(1);
    expect(reloaded.answers).toEqual(quiz.answers);
    await answerAll(reloaded);
    clock.now += 60_000;
    await reloaded.finish();
    const [attempt] = await records.attempts(PROFILE);
    expect(attempt).toMatchObject({ startedAt: T0, score: 1, total: 5 });
    expect(await records.quizProgress(PROFILE, 'self')).toBeNull();
  });

  it('keeps which questions were checked, and refuses a quiz whose item is gone', async () => {
    const { records, make } = await setup();
    const quiz = make();
    quiz.start({ ...SETTINGS, feedback: 'each' }, 7);
    await quiz.answer(answerFor(quiz, 0));
    quiz.check();
    await quiz.next();
    const saved = (await records.quizProgress(PROFILE, 'self'))!;
    expect(saved.checked).toEqual([true, false, false, false, false]);
    const reloaded = make();
    reloaded.resume(saved);
    expect(reloaded.checks[0]?.verdict).toBe('correct');
    expect(reloaded.checks[1]).toBeNull();

    const gone = { ...saved.plan.questions[0]!, itemId: 'no-such-item' };
    const broken = { ...saved, plan: { ...saved.plan, questions: [gone] } };
    expect(make().resume(broken)).toBe(false);
  });

  it('keeps a finished class quiz with its result code until the student leaves it', async () => {
    const { records, make } = await setup();
    const quiz = make();
    quiz.startClass('CODE', 'Layla', SETTINGS, 42);
    await quiz.answer(answerFor(quiz, 0));
    expect(await records.quizProgress(PROFILE, 'class')).toMatchObject({
      classCode: 'CODE',
      student: 'Layla'
    });
    expect(await records.quizProgress(PROFILE, 'self')).toBeNull();
    await answerAll(quiz);
    await quiz.finish();
    const saved = (await records.quizProgress(PROFILE, 'class'))!;
    expect(saved.resultCode).toBe(quiz.resultCode);

    const reloaded = make();
    expect(reloaded.resume(saved)).toBe(true);
    expect(reloaded.status).toBe('results');
    expect(reloaded.resultCode).toBe(quiz.resultCode);
    expect(reloaded.result?.score).toBe(quiz.result?.score);
    expect(reloaded.classInfo).toEqual({ code: 'CODE', student: 'Layla' });
    await reloaded.discard('class');
    expect(reloaded.status).toBe('setup');
    expect(await records.quizProgress(PROFILE, 'class')).toBeNull();
  });
});
