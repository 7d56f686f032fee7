import type { Item, Lang } from '$lib/domain/bank';
import type { QuizAttempt } from '$lib/domain/attempts';
import { createScheduler } from '$lib/domain/cards';
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
import { toStorageError, type StorageError } from '$lib/storage/db';
import { i18n } from '$lib/i18n/i18n.svelte';
import { app } from './app.svelte';
import { bank } from './bank.svelte';
import { deck } from './deck.svelte';
import { records } from './records';

/**
 * One quiz being taken: its plan, the answers so far, per-question checks when feedback comes after
 * each question, and the result once finished (stored with every answer, and fed to the scheduler
 * unless the profile turned that off).
 */
class QuizSession {
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

  /** The language questions are shown in. */
  get lang(): Lang {
    const wanted = this.plan?.settings.contentLang ?? 'ui';
    return wanted === 'ui' ? i18n.lang : wanted;
  }

  get current(): Item | undefined {
    return this.items[this.index];
  }

  /** Starts a class quiz: the same plan as on every other device that entered the code. */
  startClass(code: string, student: string, settings: QuizSettings, seed: number): boolean {
    const ok = this.start(settings, seed);
    if (ok) this.classInfo = { code, student };
    return ok;
  }

  start(settings: QuizSettings, seed: number, only?: readonly string[]): boolean {
    const pool = only ? bank.items.filter((item) => only.includes(item.id)) : bank.items;
    const plan = buildQuiz(pool, only ? { ...settings, length: 'all' } : settings, seed);
    const items = plan.questions
      .map((q) => bank.item(q.itemId))
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
    this.startedAt = Date.now();
    this.status = 'running';
    this.#end?.();
    this.#end = app.beginSession();
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

  async finish(): Promise<void> {
    const plan = this.plan;
    if (!plan || this.status !== 'running') return;
    this.finishedAt = Date.now();
    const byId = new Map(this.items.map((item) => [item.id, item]));
    const result = scoreQuiz(
      plan,
      byId,
      this.answers.map((a) => a ?? undefined),
      this.lang
    );
    this.result = result;
    if (this.classInfo) {
      this.resultCode = encodeResultCode({
        quizCode: this.classInfo.code,
        name: this.classInfo.student,
        answers: result.checks.map((c) => c !== null && c.verdict !== 'wrong'),
        score: Math.round(result.score * 60) / 60
      });
    }
    this.status = 'results';
    this.#end?.();
    this.#end = null;
    const store = await deck.sync();
    if (!store) return;
    const attempt: QuizAttempt = {
      profileId: app.profileId,
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
      const graded = deck.quizFeeds ? await this.#grades(result) : [];
      await store.saveAttempt(attempt, graded);
      this.savedAt = Date.now();
    } catch (e) {
      this.error = toStorageError(e);
    }
  }

  async #grades(result: QuizResult) {
    const scheduler = createScheduler(deck.scheduler);
    const now = this.finishedAt;
    const out = [];
    for (const [i, check] of result.checks.entries()) {
      const itemId = this.plan?.questions[i]?.itemId;
      const card = check && itemId ? await records()?.card(app.profileId, itemId) : undefined;
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

export const quiz = new QuizSession();
