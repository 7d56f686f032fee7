import { recordsOf, type Records } from '$lib/storage/records';
import { app } from './app.svelte';

/** The open database's records (cards, reviews, quizzes, class quizzes); null while none is open. */
export function records(): Records | null {
  return app.store ? recordsOf(app.store) : null;
}
