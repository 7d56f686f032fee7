// Asserts that the card tallies give the statistics' numbers exactly: due counts over any spans
// of whole quarter hours equal counting the cards (overdue ones in the first), mastery from the
// place counts equals `masteryByTopic` on every card, and tallies kept write by write equal
// tallies counted from scratch. Random cards from a seeded source.
import { describe, expect, it } from 'vitest';
import { CARD_PHASES, type CardPhase, type CardRecord } from './records';
import { SLOT_MS } from './daily';
import { masteryByTopic } from './mastery';
import { randomInt, seededRandom, type Random } from './random';
import {
  boundaryDays,
  countTallies,
  dueCountsFromTallies,
  masteryFromPlaces,
  onQuarters,
  placeCounts,
  tallyChanges,
  type Place,
  type TallyRecord
} from './tally';

const T0 = Date.UTC(2026, 11, 2, 9, 37, 12);
const DAY = 86_400_000;
const COURSES = ['built-in', 'mine', 'other'];
const TOPICS = ['t0', 't1', 't2', 't3'];

type TallyCard = Pick<CardRecord, 'profileId' | 'itemId' | 'phase' | 'queueDue'>;

function randomCard(random: Random, profileId: string, itemId: string): TallyCard {
  const phase = CARD_PHASES[randomInt(random, CARD_PHASES.length)] as CardPhase;
  const scheduled = phase !== 'new' && random() < 0.85;
  // Due times from far overdue to far ahead, to the millisecond.
  const due = T0 + Math.floor((random() - 0.6) * 400 * DAY);
  return scheduled ? { profileId, itemId, phase, queueDue: due } : { profileId, itemId, phase };
}

/** Items spread over courses and topics (a topic id shared by two courses), a few without one. */
function placesFor(random: Random, count: number): Map<string, Place> {
  const places = new Map<string, Place>();
  for (let i = 0; i < count; i++) {
    if (random() < 0.1) continue;
    places.set(`i-${i}`, {
      course: COURSES[randomInt(random, COURSES.length)]!,
      topic: TOPICS[randomInt(random, TOPICS.length)]!
    });
  }
  return places;
}

/** Sorted span ends on quarter hours, from weeks back to weeks ahead. */
function randomEnds(random: Random): number[] {
  const start = Math.floor((T0 - randomInt(random, 20) * DAY) / SLOT_MS) + randomInt(random, 96);
  const ends = [];
  let at = start;
  for (let i = 0; i < 1 + randomInt(random, 30); i++) {
    at += 1 + randomInt(random, 200);
    ends.push(at * SLOT_MS);
  }
  return ends;
}

/** What counting the due index over the spans gives: each card in the span its due time is in. */
function countedDue(cards: readonly TallyCard[], ends: readonly number[]): number[] {
  return ends.map((end, i) => {
    const from = ends[i - 1] ?? -Infinity;
    return cards.filter((c) => c.queueDue !== undefined && c.queueDue >= from && c.queueDue < end)
      .length;
  });
}

const ofKind = (records: readonly TallyRecord[], kind: TallyRecord['kind']) =>
  records.filter((r) => r.kind === kind);

describe('card tallies', () => {
  it('count due cards over spans of quarter hours as counting every card does', () => {
    for (let run = 0; run < 200; run++) {
      const random = seededRandom(run + 1);
      const cards = Array.from({ length: randomInt(random, 300) }, (_, i) =>
        randomCard(random, 'p', `i-${i}`)
      );
      const ends = randomEnds(random);
      // A card due exactly on a boundary falls in the span that begins there.
      if (cards[0] && ends[1] !== undefined) cards[0] = { ...cards[0], queueDue: ends[1] };
      const tallies = countTallies(cards, () => undefined);
      const days = new Set(boundaryDays(ends));
      const quarters = ofKind(tallies, 'q').filter((r) =>
        days.has(Math.floor((r.at as number) / 96))
      );
      expect(onQuarters(ends)).toBe(true);
      expect(dueCountsFromTallies(ofKind(tallies, 'd'), quarters, ends)).toEqual(
        countedDue(cards, ends)
      );
    }
  });

  it('give mastery per topic as reading every card does, for every course and for one', () => {
    for (let run = 0; run < 200; run++) {
      const random = seededRandom(1000 + run);
      const places = placesFor(random, 60);
      const cards = Array.from({ length: randomInt(random, 200) }, () =>
        randomCard(random, 'p', `i-${randomInt(random, 60)}`)
      );
      const counts = placeCounts(countTallies(cards, (id) => places.get(id)));
      for (const course of [undefined, ...COURSES]) {
        const inScope = (c: string) => course === undefined || c === course;
        const topicOf = (id: string) => {
          const place = places.get(id);
          return place && inScope(place.course) ? place.topic : undefined;
        };
        expect(masteryFromPlaces(counts, inScope, TOPICS)).toEqual(
          masteryByTopic(cards, topicOf, TOPICS)
        );
      }
    }
  });

  it('kept write by write, equal the tallies counted from scratch', () => {
    for (let run = 0; run < 100; run++) {
      const random = seededRandom(5000 + run);
      const places = placesFor(random, 30);
      const placeOf = (id: string) => places.get(id);
      const cards = new Map<string, TallyCard>();
      const kept = new Map<string, TallyRecord>();
      for (let step = 0; step < 150; step++) {
        const itemId = `i-${randomInt(random, 30)}`;
        const profileId = random() < 0.5 ? 'p' : 'q';
        const id = `${profileId}/${itemId}`;
        const before = cards.get(id);
        const after = random() < 0.1 ? undefined : randomCard(random, profileId, itemId);
        if (after) cards.set(id, after);
        else cards.delete(id);
        for (const { key, delta } of tallyChanges(before, after, placeOf, itemId)) {
          const k = JSON.stringify(key);
          const [p, kind, at] = key;
          const n = (kept.get(k)?.n ?? 0) + delta;
          if (n > 0) kept.set(k, { profileId: p, kind, at, n });
          else kept.delete(k);
        }
      }
      const sort = (records: Iterable<TallyRecord>) =>
        [...records].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
      expect(sort(kept.values())).toEqual(sort(countTallies(cards.values(), placeOf)));
    }
  });

  it('say when a span end is not on a quarter hour', () => {
    expect(onQuarters([T0])).toBe(false);
    expect(onQuarters([Math.floor(T0 / SLOT_MS) * SLOT_MS])).toBe(true);
  });
});
