import type { QuizAttempt } from '$lib/domain/attempts';
import { app } from '$lib/state/app.svelte';
import { readOr } from './result';

/** The active profile's finished quizzes, newest first. */
export function quizAttempts(limit?: number): Promise<QuizAttempt[]> {
  return readOr([], (records) => records.attempts(app.profileId, limit));
}
