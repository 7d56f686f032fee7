import type { Component } from 'svelte';
import type { TopicMastery } from '$lib/domain/mastery';
import type { QueueCounts } from '$lib/domain/queue';
import { i18n } from '$lib/i18n/i18n.svelte';
import { bank } from '$lib/state/bank.svelte';
import { deck } from '$lib/state/deck.svelte';

/**
 * Today's figures over every course or one, and the course filter (only when there is more than
 * one course). Loaded once the page has painted: none of this (the bank, the scheduler, the filter)
 * is part of the first screen's code.
 */
class Today {
  counts = $state.raw<QueueCounts | null>(null);
  mastery = $state.raw<TopicMastery[] | null>(null);
  /** One course's id, or '' for every course. */
  course = $state('');
  Filter = $state.raw<Component | null>(null);

  /** `?course=<id>` for the Study and Quiz links, or nothing. */
  get scope(): string {
    return this.course && `?course=${this.course}`;
  }

  topicName(id: string): string {
    return bank.topicName(id, i18n.lang);
  }

  async load(): Promise<void> {
    const course = this.course || undefined;
    const counts = (await deck.queue(Date.now(), Math.random, course))?.counts ?? null;
    this.mastery = await deck.mastery(course);
    this.counts = counts;
    if (bank.courses.length > 1 && !this.Filter) {
      const [filter] = await Promise.all([import('./TodayCourse.svelte'), i18n.loadAll()]);
      this.Filter = filter.default;
    }
  }

  pick(course: string): void {
    this.course = course;
    void this.load();
  }
}

export const today = new Today();
