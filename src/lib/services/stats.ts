import type { QuizAttempt } from '$lib/domain/attempts';
import type { CardRecord, ReviewLogRecord } from '$lib/domain/cards';
import { app } from '$lib/state/app.svelte';
import { deck } from '$lib/state/deck.svelte';

export interface StatsData {
  logs: ReviewLogRecord[];
  cards: CardRecord[];
  attempts: QuizAttempt[];
}

/** The active profile's whole review log, cards and latest quizzes; null while no database is open. */
export async function statsData(): Promise<StatsData | null> {
  const records = await deck.sync();
  if (!records) return null;
  const [logs, cards, attempts] = await Promise.all([
    records.reviewsSince(app.profileId, 0),
    records.cards(app.profileId),
    records.attempts(app.profileId, 1000)
  ]);
  return { logs, cards, attempts };
}
