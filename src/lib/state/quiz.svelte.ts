import type { Item, Lang } from '$lib/domain/bank';
import type { QuizAttempt } from '$lib/domain/attempts';
import type { QuizKind, QuizProgress } from '$lib/domain/records';
import { createScheduler } from '$lib/domain/cards';
import { type SchedulerSettings } from '$lib/domain/settings-schema';
import {
  buildQuiz,
  checkAnswer,
  schedulerGrade,
  scoreQuiz,
  type AnswerCheck,
  type QuizAnswer,
  type QuizPlan,
  type QuizResult,
  type QuizSettings
} from '$lib/domain/quiz';
import { encodeResultCode } from '$lib/domain/class-code';
import { StorageError, toStorageError } from '$lib/storage/db';
import type { Records } from '$lib/storage/records';
import { i18n } from '$lib/i18n/i18n.svelte';
import { app } from './app.svelte';
import { bank } from './bank.svelte';
import { deck } from './deck.svelte';

/** The storage a quiz writes to. */
export type QuizStore = Pick<
  Records,
  'card' | 'saveAttempt' | 'saveQuizProgress' | 'clearQuizProgress'
>;

/** What a quiz needs from outside; the app passes the real ones, unit tests their own. */
export interface QuizDeps {
  now: () => number;
  /** Every item a quiz may ask, and one by id. */
  items: () => readonly Item[];
  /** The items a class quiz over the built-in courses draws from (default: `items`). */
  classItems?: () => readonly Item[];
  item: (id: string) => Item | undefined;
  /** The store once the profile's cards exist (null when the database or bank is not there). */
  store: () => Promise<QuizStore | null>;
  /** The profile's scheduler settings and whether quiz answers grade its cards. */
  profile: () => { id: string; scheduler: SchedulerSettings; quizFeeds: boolean };
  uiLang: () => Lang;
  beginSession: () => () => void;
}

/**
 * One quiz being taken: its plan, the answers so far, per-question checks when feedback comes after
 * each question, and the result once finished (stored with every answer, and fed to the scheduler
 * unless the profile turned that off).
 */
export class QuizSession {
  status = $state<'setup' | 'running' | 'results'>('setup');
  plan = $state.raw<QuizPlan | null>(null);
  items = $state.raw<Item[]>([]);
  index = $state(0);
  answers = $state.raw<(QuizAnswer | null)[]>([]);
  checks = $state.raw<(AnswerCheck | null)[]>([]);
  result = $state.raw<QuizResult | null>(null);
  startedAt = $state(0);
  finishedAt = $state(0);
  error = $state<StorageError | null>(null);
  /** Set while taking a class quiz: its code and the name the student gave. */
  classInfo = $state.raw<{ code: string; student: string } | null>(null);
  /** The result code to hand back to the teacher, once a class quiz is finished. */
  resultCode = $state<string | null>(null);
  /** When the last attempt was written, so lists of attempts know to reload. */
  savedAt = $state(0);
  #end: (() => void) | null = null;
  #deps: QuizDeps;
  #finishing = false;
  /** The last progress save: each waits for the one before, so the latest state is the one kept. */
  #saving: Promise<void> = Promise.resolve();

  constructor(deps: QuizDeps) {
    this.#deps = deps;
  }

  /** The language questions are shown in. */
  get lang(): Lang {
    const wanted = this.plan?.settings.contentLang ?? 'ui';
    return wanted === 'ui' ? this.#deps.uiLang() : wanted;
  }

  get current(): Item | undefined {
    return this.items[this.index];
  }

  /** Which saved quiz this one is: a class quiz and a quiz of one's own are kept apart. */
  get kind(): QuizKind {
    return this.classInfo ? 'class' : 'self';
  }

  /**
   * Starts a class quiz: the same plan as on every other device that entered the code. A code that
   * names a course draws from it (`settings.course`); one that does not, from the built-in courses.
   */
  startClass(code: string, student: string, settings: QuizSettings, seed: number): boolean {
    const builtIn = settings.course === undefined ? this.#deps.classItems?.() : undefined;
    const ok = this.#begin(settings, seed, undefined, builtIn ?? this.#deps.items());
    if (ok) {
      this.classInfo = { code, student };
      void this.#persist();
    }
    return ok;
  }

  /** Starts a quiz of one's own (only `only`'s items: a retry of the mistakes), saved at once. */
  start(settings: QuizSettings, seed: number, only?: readonly string[]): boolean {
    const ok = this.#begin(settings, seed, only, this.#deps.items());
    if (ok) void this.#persist();
    return ok;
  }

  #begin(
    settings: QuizSettings,
    seed: number,
    only: readonly string[] | undefined,
    all: readonly Item[]
  ): boolean {
    const pool = only ? all.filter((item) => only.includes(item.id)) : all;
    const plan = buildQuiz(pool, only ? { ...settings, length: 'all' } : settings, seed);
    const items = plan.questions
      .map((q) => this.#deps.item(q.itemId))
      .filter((item): item is Item => item !== undefined);
    if (!items.length) return false;
    this.plan = plan;
    this.items = items;
    this.index = 0;
    this.answers = items.map(() => null);
    this.checks = items.map(() => null);
    this.result = null;
    this.error = null;
    this.classInfo = null;
    this.resultCode = null;
    this.startedAt = this.#deps.now();
    this.#run();
    return true;
  }

  #run(): void {
    this.status = 'running';
    this.#end?.();
    this.#end = this.#deps.beginSession();
  }

  /**
   * Takes up a saved quiz where it was left, answers and checks kept; a finished class quiz comes
   * back as its result. False when an item of it is no longer in any course.
   */
  resume(saved: QuizProgress): boolean {
    const items = saved.plan.questions.map((q) => this.#deps.item(q.itemId));
    if (!items.every((item) => item !== undefined)) return false;
    this.plan = saved.plan;
    this.items = items;
    this.index = Math.min(saved.index, items.length - 1);
    this.answers = items.map((_, i) => saved.answers[i] ?? null);
    this.checks = items.map((item, i) =>
      saved.checked[i] ? checkAnswer(item, this.answers[i] ?? { kind: 'skip' }, saved.lang) : null
    );
    this.startedAt = saved.startedAt;
    this.error = null;
    this.classInfo =
      saved.classCode === undefined
        ? null
        : { code: saved.classCode, student: saved.student ?? '' };
    if (saved.resultCode === undefined) {
      this.result = null;
      this.resultCode = null;
      this.#run();
      return true;
    }
    const answers = this.answers.map((a) => a ?? undefined);
    this.result = scoreQuiz(saved.plan, byItemId(items), answers, saved.lang);
    this.resultCode = saved.resultCode;
    this.status = 'results';
    return true;
  }

  /** Records an answer to the question on screen; saved before the returned promise settles. */
  answer(value: QuizAnswer | null): Promise<void> {
    if (this.checks[this.index]) return this.#saving;
    this.answers = this.answers.with(this.index, value);
    return this.#persist();
  }

  /** Checks the current answer (feedback after each question). */
  check(): AnswerCheck | null {
    const item = this.current;
    if (!item || this.checks[this.index]) return this.checks[this.index] ?? null;
    const result = checkAnswer(item, this.answers[this.index] ?? { kind: 'skip' }, this.lang);
    this.checks = this.checks.with(this.index, result);
    void this.#persist();
    return result;
  }

  /** The next question; saved (the place in the quiz) before the returned promise settles. */
  next(): Promise<void> {
    if (this.index >= this.items.length - 1) return this.#saving;
    this.index++;
    return this.#persist();
  }

  /** The quiz as it stands, for a reload to resume; `resultCode` once a class quiz is finished. */
  #progress(resultCode?: string): QuizProgress | null {
    if (!this.plan) return null;
    return {
      profileId: this.#deps.profile().id,
      kind: this.kind,
      startedAt: this.startedAt,
      plan: this.plan,
      answers: this.answers,
      checked: this.checks.map((c) => c !== null),
      index: this.index,
      lang: this.lang,
      ...(this.classInfo
        ? { classCode: this.classInfo.code, student: this.classInfo.student }
        : {}),
      ...(resultCode === undefined ? {} : { resultCode })
    };
  }

  /** Saves the quiz as it stands after the saves before it; a refused save is reported. */
  #persist(): Promise<void> {
    const progress = this.#progress();
    if (!progress || this.status !== 'running' || this.#finishing) return this.#saving;
    this.#saving = this.#saving.then(async () => {
      const store = await this.#deps.store();
      try {
        if (!store) throw new StorageError('closed');
        await store.saveQuizProgress(progress);
        this.error = null;
      } catch (e) {
        this.error = toStorageError(e);
      }
    });
    return this.#saving;
  }

  /**
   * Drops the saved quiz of this kind (the one offered for resuming, or a class result already
   * handed in) and, when it is the one on screen, goes back to the start.
   */
  async discard(kind: QuizKind): Promise<void> {
    if (this.kind === kind) this.reset();
    await this.#saving;
    const store = await this.#deps.store();
    try {
      if (!store) throw new StorageError('closed');
      await store.clearQuizProgress(this.#deps.profile().id, kind);
    } catch (e) {
      this.error = toStorageError(e);
    }
  }

  /**
   * Scores the quiz and stores it with its grades before the results show, so what the results
   * offer ("Study these", the history) acts on saved cards. A refused save still shows the results.
   */
  async finish(): Promise<void> {
    const plan = this.plan;
    if (!plan || this.status !== 'running' || this.#finishing) return;
    this.#finishing = true;
    await this.#saving;
    this.finishedAt = this.#deps.now();
    const answers = this.answers.map((a) => a ?? undefined);
    const result = scoreQuiz(plan, byItemId(this.items), answers, this.lang);
    const resultCode = this.classInfo ? classResultCode(this.classInfo, result) : null;
    this.error = await this.#save(plan, result, resultCode);
    this.result = result;
    this.resultCode = resultCode;
    this.status = 'results';
    this.#finishing = false;
    this.#end?.();
    this.#end = null;
  }

  /**
   * Writes the attempt and, unless the profile turned it off, each answer's grade, in one
   * transaction that ends the saved quiz (a class quiz's stays, with its result code).
   */
  async #save(
    plan: QuizPlan,
    result: QuizResult,
    resultCode: string | null
  ): Promise<StorageError | null> {
    const store = await this.#deps.store();
    if (!store) return new StorageError('closed');
    const profile = this.#deps.profile();
    const attempt: QuizAttempt = {
      profileId: profile.id,
      startedAt: this.startedAt,
      finishedAt: this.finishedAt,
      plan,
      answers: this.answers,
      lang: this.lang,
      score: result.score,
      total: result.total,
      ...(this.classInfo ? { classCode: this.classInfo.code, student: this.classInfo.student } : {})
    };
    try {
      const graded = profile.quizFeeds ? await this.#grades(store, result) : [];
      const kept = resultCode === null ? null : this.#progress(resultCode);
      await store.saveAttempt(attempt, graded, kept);
      if (graded.length > 0) app.studied = true;
      this.savedAt = this.#deps.now();
      return null;
    } catch (e) {
      return toStorageError(e);
    }
  }

  /** Each answer's grade for its card: wrong → Again, typo → Hard, right → Good. */
  async #grades(store: QuizStore, result: QuizResult) {
    const profile = this.#deps.profile();
    const scheduler = createScheduler(profile.scheduler);
    const now = this.finishedAt;
    const out = [];
    for (const [i, check] of result.checks.entries()) {
      const itemId = this.plan?.questions[i]?.itemId;
      const card = check && itemId ? await store.card(profile.id, itemId) : undefined;
      if (!card || !check || card.suspended) continue;
      out.push(scheduler.grade(card, schedulerGrade(check.verdict), now + i, 'quiz'));
    }
    return out;
  }

  /** Back to the builder. */
  reset(): void {
    this.#end?.();
    this.#end = null;
    this.classInfo = null;
    this.resultCode = null;
    this.status = 'setup';
  }
}

/** The code a student hands back to the teacher: the quiz, the name, right or wrong per question. */
function classResultCode(info: { code: string; student: string }, result: QuizResult): string {
  return encodeResultCode({
    quizCode: info.code,
    name: info.student,
    answers: result.checks.map((c) => c !== null && c.verdict !== 'wrong'),
    score: Math.round(result.score * 60) / 60
  });
}

function byItemId(items: readonly Item[]): ReadonlyMap<string, Item> {
  return new Map(items.map((item) => [item.id, item]));
}

export const quiz = new QuizSession({
  now: () => Date.now(),
  items: () => bank.items,
  classItems: () => bank.builtIn.flatMap((c) => c.items),
  item: (id) => bank.item(id),
  store: () => deck.sync(),
  profile: () => ({ id: app.profileId, scheduler: deck.scheduler, quizFeeds: deck.quizFeeds }),
  uiLang: () => i18n.lang,
  beginSession: () => app.beginSession()
});
