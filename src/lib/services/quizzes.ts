import type { QuizAttempt } from '$lib/domain/attempts';
import type { QuizKind, QuizProgress } from '$lib/domain/records';
import { app } from '$lib/state/app.svelte';
import { readOr } from './result';

/** The active profile's finished quizzes, newest first. */
export function quizAttempts(limit?: number): Promise<QuizAttempt[]> {
  return readOr([], (records) => records.attempts(app.profileId, limit));
}

/** The active profile's quiz of this kind saved in progress (or a class result not yet left), if any. */
export function savedQuiz(kind: QuizKind): Promise<QuizProgress | null> {
  return readOr(null, (records) => records.quizProgress(app.profileId, kind));
}
