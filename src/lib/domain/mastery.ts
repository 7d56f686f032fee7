import type { CardRecord } from './records';

export interface TopicMastery {
  topic: string;
  total: number;
  /** Cards that reached review: the scheduler believes they are known. */
  known: number;
  /** Cards met at least once. */
  seen: number;
}

/** Mastery per topic: how many of each topic's cards are known, in the topics' order. */
export function masteryByTopic(
  cards: readonly Pick<CardRecord, 'itemId' | 'phase'>[],
  topicOf: (itemId: string) => string | undefined,
  topics: readonly string[]
): TopicMastery[] {
  const rows = new Map(topics.map((topic) => [topic, { topic, total: 0, known: 0, seen: 0 }]));
  for (const card of cards) {
    const row = rows.get(topicOf(card.itemId) ?? '');
    if (!row) continue;
    row.total++;
    if (card.phase !== 'new') row.seen++;
    if (card.phase === 'review') row.known++;
  }
  return [...rows.values()].filter((row) => row.total > 0);
}
