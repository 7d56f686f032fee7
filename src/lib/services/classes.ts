import type { ClassQuiz } from '$lib/domain/attempts';
import { app } from '$lib/state/app.svelte';
import { attempt, openRecords, readOr, type Saved } from './result';

/** The active profile's class quizzes, newest first. */
export function classQuizzes(): Promise<ClassQuiz[]> {
  return readOr([], (records) => records.classes(app.profileId));
}

export function saveClassQuiz(quiz: ClassQuiz): Promise<Saved> {
  return attempt(async () => (await openRecords()).saveClass(quiz));
}

/** Adds a student's result to a class quiz; `false` when that result was already there. */
export function addClassResult(
  code: string,
  result: ClassQuiz['results'][number]
): Promise<Saved<boolean>> {
  return attempt(async () => (await openRecords()).addClassResult(code, result));
}
