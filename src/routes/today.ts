import { i18n } from '$lib/i18n/i18n.svelte';
import { bank } from '$lib/state/bank.svelte';
import { deck } from '$lib/state/deck.svelte';

// Today's figures and course filter, loaded once the page has painted: none of this (the bank, the
// scheduler, the filter) is part of the first screen's code.

/** Today's figures over every course, or over one. */
export async function todayFigures(course?: string) {
  const counts = (await deck.queue(Date.now(), Math.random, course))?.counts ?? null;
  return {
    counts,
    mastery: await deck.mastery(course),
    topicName: (id: string) => bank.topicName(id, i18n.lang)
  };
}

/** The course filter, its code and strings loaded; null when there is only one course. */
export async function courseFilter() {
  if (bank.courses.length < 2) return null;
  const [{ default: Filter }] = await Promise.all([import('./TodayCourse.svelte'), i18n.loadAll()]);
  return { Filter, courses: bank.courses };
}
