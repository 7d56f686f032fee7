import type { Component } from 'svelte';
import type { TopicMastery } from '$lib/domain/mastery';
import type { QueueCounts } from '$lib/domain/queue';
import { i18n } from '$lib/i18n/i18n.svelte';
import { app } from '$lib/state/app.svelte';
import { bank } from '$lib/state/bank.svelte';
import { deck } from '$lib/state/deck.svelte';

/**
 * Today's figures over every course or one, and what is being studied: the course (with a filter
 * when there is more than one) and, on a first visit, the advice to read it first. Loaded once the
 * page has painted: none of this (the bank, the scheduler, the course block) is part of the first
 * screen's code.
 */
class Today {
  counts = $state.raw<QueueCounts | null>(null);
  mastery = $state.raw<TopicMastery[] | null>(null);
  /** One course's id, or '' for every course. */
  course = $state('');
  /** Whether the profile has studied anything yet; null until known. */
  hasReviews = $state<boolean | null>(null);
  /** The course block (`TodayCourse.svelte`), loaded with the figures. */
  Course = $state.raw<Component | null>(null);

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
    this.hasReviews = await deck.hasReviews();
    app.studied = this.hasReviews;
    this.counts = counts;
    if (bank.courses.length > 0 && !this.Course) {
      const [block] = await Promise.all([import('./TodayCourse.svelte'), i18n.loadAll()]);
      this.Course = block.default;
    }
  }

  pick(course: string): void {
    this.course = course;
    void this.load();
  }
}

export const today = new Today();
