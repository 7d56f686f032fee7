import { describe, expect, it } from 'vitest';
import { newCard } from './cards';
import { type CardRecord } from './records';
import { masteryByTopic } from './mastery';

const card = (id: string, phase: CardRecord['phase']): CardRecord => ({
  ...newCard('p', id, 0, id, 0),
  phase
});

describe('masteryByTopic', () => {
  it('counts known and seen cards per topic, in the given topic order, skipping empty topics', () => {
    const topics: Record<string, string> = { a: 'nuclear', b: 'nuclear', c: 'syria', d: 'syria' };
    const rows = masteryByTopic(
      [card('a', 'review'), card('b', 'new'), card('c', 'learning'), card('d', 'review')],
      (id) => topics[id],
      ['syria', 'drones', 'nuclear']
    );
    expect(rows).toEqual([
      { topic: 'syria', total: 2, known: 1, seen: 2 },
      { topic: 'nuclear', total: 2, known: 1, seen: 1 }
    ]);
  });
});
