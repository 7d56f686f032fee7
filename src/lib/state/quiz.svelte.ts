import type { Item, Lang } from '$lib/domain/bank';
import type { QuizAttempt } from '$lib/domain/attempts';
import { createScheduler, type SchedulerSettings } from '$lib/domain/cards';
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
export type QuizStore = Pick<Records, 'card' | 'saveAttempt'>;

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

  /**
   * Starts a class quiz: the same plan as on every other device that entered the code. A code that
   * names a course draws from it (`settings.course`); one that does not, from the built-in courses.
   */
  startClass(code: string, student: string, settings: QuizSettings, seed: number): boolean {
    const pool = settings.course === undefined ? this.#deps.classItems?.() : undefined;
    const ok = this.start(settings, seed, undefined, pool);
    if (ok) this.classInfo = { code, student };
    return ok;
  }

  start(
    settings: QuizSettings,
    seed: number,
    only?: readonly string[],
    all: readonly Item[] = this.#deps.items()
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
    this.status = 'running';
    this.#end?.();
    this.#end = this.#deps.beginSession();
    return true;
  }

  answer(value: QuizAnswer | null): void {
    if (this.checks[this.index]) return;
    this.answers = this.answers.with(this.index, value);
  }

  /** Checks the current answer (feedback after each question). */
  check(): AnswerCheck | null {
    const item = this.current;
    if (!item || this.checks[this.index]) return this.checks[this.index] ?? null;
    const result = checkAnswer(item, this.answers[this.index] ?? { kind: 'skip' }, this.lang);
    this.checks = this.checks.with(this.index, result);
    return result;
  }

  next(): void {
    if (this.index < this.items.length - 1) this.index++;
  }

  /**
   * Scores the quiz and stores it with its grades before the results show, so what the results
   * offer ("Study these", the history) acts on saved cards. A refused save still shows the results.
   */
  async finish(): Promise<void> {
    const plan = this.plan;
    if (!plan || this.status !== 'running' || this.#finishing) return;
    this.#finishing = true;
    this.finishedAt = this.#deps.now();
    const answers = this.answers.map((a) => a ?? undefined);
    const result = scoreQuiz(plan, byItemId(this.items), answers, this.lang);
    this.error = await this.#save(plan, result);
    this.result = result;
    this.resultCode = this.classInfo ? classResultCode(this.classInfo, result) : null;
    this.status = 'results';
    this.#finishing = false;
    this.#end?.();
    this.#end = null;
  }

  /** Writes the attempt and, unless the profile turned it off, each answer's grade: one transaction. */
  async #save(plan: QuizPlan, result: QuizResult): Promise<StorageError | null> {
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
      await store.saveAttempt(attempt, graded);
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
