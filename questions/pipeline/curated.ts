import type { Item, Text } from '../../src/lib/domain/bank';
import { shuffled } from '../../src/lib/domain/random';
import { DEFAULT_TOPIC, type CuratedItem, type Topic } from '../content';
import type { Candidate } from '../types';
import { byCodePoint, seededRandom, shortHash, textOf } from '../util';

/** A curated item's answer, for near-duplicates (undefined when it has none). */
export function curatedAnswer(c: CuratedItem): string | undefined {
  if (c.type === 'mcq') {
    return c.options?.[0]?.ar;
  }
  if ((c.type === 'cloze' || c.type === 'short') && typeof c.answer === 'object') {
    return c.answer.ar;
  }
  return undefined;
}

/** The curated items as candidates, with their keys for the report. */
export function curatedCandidates(slug: string, items: readonly CuratedItem[]): Candidate[] {
  return items.map((c) => ({ item: curatedToItem(slug, c), meta: { key: c.key } }));
}

/**
 * A curated item as it is stored: id from the slug and key; mcq options shuffled with a seed
 * from the id. Missing type-specific fields become schema offences in `validateItems`.
 */
export function curatedToItem(slug: string, c: CuratedItem): Item {
  const id = `c-${shortHash(`${slug}|${c.key}`)}`;
  const base = {
    id,
    article: slug,
    source: 'curated' as const,
    topic: c.topic,
    difficulty: c.difficulty,
    evidence: c.evidence.map((e) => ({ paragraph: e.paragraph, quote: e.quote })),
    prompt: textOf(c.prompt),
    explanation: textOf(c.explanation),
    // Its own group until `pipeline/siblings.ts` gives every item its sentence's.
    sibling: id
  };
  return { ...base, ...typedFields(c, id) };
}

/** The fields of a curated item's type, in the order they are written. */
function typedFields(c: CuratedItem, id: string) {
  switch (c.type) {
    case 'mcq': {
      const options = (c.options ?? []).map(textOf);
      const right = options[0];
      const order = shuffled(options, seededRandom(id));
      return {
        type: 'mcq' as const,
        options: order,
        answer: right === undefined ? -1 : order.indexOf(right)
      };
    }
    case 'truefalse':
      return { type: 'truefalse' as const, answer: c.answer as boolean };
    case 'cloze':
    case 'short':
      return {
        type: c.type,
        answer: (typeof c.answer === 'object' ? textOf(c.answer) : c.answer) as Text,
        accept: { ar: c.accept?.ar ?? [], en: c.accept?.en ?? [] }
      };
    case 'matching':
      return {
        type: 'matching' as const,
        pairs: (c.pairs ?? []).map((p) => ({ left: textOf(p.left), right: textOf(p.right) }))
      };
    case 'ordering':
      return {
        type: 'ordering' as const,
        sequence: (c.sequence ?? []).map((s) => ({
          ...textOf(s),
          ...(s.date === undefined ? {} : { date: s.date })
        }))
      };
  }
}

/**
 * Topic of generated items on a paragraph: the most common topic of the curated items citing it;
 * else that of the nearest paragraph with curated items (earlier first on a tie); else the first
 * topic of the course.
 */
export function topicChooser(
  curated: readonly CuratedItem[],
  paragraphs: readonly string[],
  topics: readonly Topic[]
): (p: string) => string {
  const counts = new Map<string, Map<string, number>>();
  for (const c of curated) {
    for (const p of new Set(c.evidence.map((e) => e.paragraph))) {
      const m = counts.get(p) ?? new Map<string, number>();
      m.set(c.topic, (m.get(c.topic) ?? 0) + 1);
      counts.set(p, m);
    }
  }
  const known = new Set(topics.map((t) => t.id));
  const best = (p: string): string | undefined => {
    const m = counts.get(p);
    if (!m) {
      return undefined;
    }
    return [...m]
      .filter(([t]) => known.has(t))
      .sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]))[0]?.[0];
  };
  const fallback = topics[0]?.id ?? DEFAULT_TOPIC.id;
  return (p) => {
    const i = paragraphs.indexOf(p);
    for (let d = 0; d < paragraphs.length; d++) {
      for (const j of [i - d, i + d]) {
        const id = paragraphs[j];
        const t = id === undefined ? undefined : best(id);
        if (t !== undefined) {
          return t;
        }
      }
    }
    return fallback;
  };
}
