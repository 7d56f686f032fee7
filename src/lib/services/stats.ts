import type { QuizAttempt } from '$lib/domain/attempts';
import type { DailyRecord } from '$lib/domain/daily';
import { type DayCount, forecastDays, forecastFromCounts } from '$lib/domain/stats';
import { app } from '$lib/state/app.svelte';
import { deck } from '$lib/state/deck.svelte';

export interface StatsData {
  /** The active profile's review log counted by day: every chart of reviews reads it. */
  daily: DailyRecord[];
  /** Cards due on each of the next 30 study days (overdue ones on the first). */
  forecast: DayCount[];
  attempts: QuizAttempt[];
}

/**
 * What the statistics page shows of the active profile, without reading its review log or its
 * cards: the log's daily counts, the cards' tallies by due time, the latest quizzes. Null while no
 * database is open.
 */
export async function statsData(now: number): Promise<StatsData | null> {
  const records = await deck.sync();
  if (!records) return null;
  const { keys, ends } = forecastDays({
    now,
    days: 30,
    dayStartHour: deck.queueSettings.dayStartHour
  });
  const [daily, dueIn, attempts] = await Promise.all([
    records.daily(app.profileId),
    records.dueCounts(app.profileId, ends),
    records.attempts(app.profileId, 1000)
  ]);
  return { daily, forecast: forecastFromCounts(keys, dueIn), attempts };
}
