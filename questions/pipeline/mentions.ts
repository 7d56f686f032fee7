import { normalizeAnswer } from '../../src/lib/domain/answers';
import { EnglishArticles } from '../agreement';
import { containsWords } from '../arabic';
import type { Pools } from '../distractors';
import {
  entityMatchers,
  findMentions,
  type Entity,
  type FormMatcher,
  type Mention
} from '../entities';
import { mentionKind, NAMED } from '../kinds';
import { recogniseEntities } from '../names';
import { splitSentences, type Sentence } from '../sentences';
import { byCodePoint } from '../util';

/** What the candidates step needs of an article. */
export interface GenerateInput {
  slug: string;
  paragraphs: readonly { id: string; ar: string; en?: string }[];
  entities: readonly Entity[];
  /** Topic id for a generated item on this paragraph. */
  topicFor: (paragraphId: string) => string;
  /** The article has a translation: a candidate without an English version is rejected. */
  bilingual: boolean;
  /** The article's Arabic title: the actors it names are what the whole article is about. */
  title?: string;
  /** The place part of the picture's caption («الأردن، 28 شباط 2024»): the article's country. */
  dateline?: string;
  /** What the picture's caption shows («مقر البنك المركزي المصري في وسط القاهرة»). */
  caption?: string;
}

/** A sentence of the article with the mentions found in it. */
export interface Located {
  paragraph: string;
  index: number;
  sentence: Sentence;
  mentions: Mention[];
  /** Where the sentence sits in its paragraph (0–1), to align it with the translation. */
  position: number;
  from: number;
  to: number;
  count: number;
}

/** Every mention of the article, and what questions on them draw on. */
export interface MentionIndex {
  located: Located[];
  byId: ReadonlyMap<string, Entity>;
  /** Mentions per entity id in the whole article. */
  frequency: ReadonlyMap<string, number>;
  pools: Pools;
  /** The translation of each paragraph, split into sentences. */
  enSentences: ReadonlyMap<string, Sentence[]>;
  articleNormalized: string;
  articles: EnglishArticles;
}

/** Splits the article into sentences, finds every mention, and gathers the distractor pools. */
export function indexMentions(input: GenerateInput): MentionIndex {
  const texts = input.paragraphs.map((p) => p.ar);
  // The gazetteer first; names it does not give are recognised in the text.
  const entities = [...input.entities, ...recogniseEntities(texts, input.entities)];
  // Events are long descriptions asked about by hand; letting them match would hide the names inside.
  const matchers = entityMatchers(entities.filter((e) => e.type !== 'event'));
  const byId = new Map(entities.map((e) => [e.id, e]));
  const located = input.paragraphs.flatMap((p) => locate(p, matchers));
  const enSentences = new Map<string, Sentence[]>();
  for (const p of input.paragraphs) {
    if (p.en !== undefined) {
      enSentences.set(p.id, splitSentences(p.en, 'en'));
    }
  }
  const articleText = input.paragraphs.map((p) => p.ar).join('\n');
  const { frequency, pools } = gather(located, byId, entities, articleText);
  // «الدقم، 2 فبراير 2025»: the dateline's year.
  const year = Number(/(?:^|\D)((?:19|20)\d\d)(?!\d)[^\d]*$/u.exec(input.dateline ?? '')?.[1]);
  const articles = new EnglishArticles(
    input.paragraphs.map((p) => p.en).filter((x): x is string => x !== undefined),
    entities
      .filter((e) => NAMED.has(e.type))
      .map((e) => [e.en, ...e.aliases.en].filter((x): x is string => x !== undefined))
  );
  return {
    located,
    byId,
    frequency,
    pools: Number.isFinite(year) && year > 0 ? { ...pools, year } : pools,
    enSentences,
    articleNormalized: normalizeAnswer(articleText),
    articles
  };
}

function locate(p: { id: string; ar: string }, matchers: readonly FormMatcher[]): Located[] {
  const sentences = splitSentences(p.ar, 'ar');
  return sentences.map((sentence, index) => ({
    paragraph: p.id,
    index,
    sentence,
    mentions: findMentions(sentence.text, matchers),
    position: (index + 0.5) / sentences.length,
    from: sentence.start / p.ar.length,
    to: sentence.end / p.ar.length,
    count: sentences.length
  }));
}

/** How often each entity is mentioned, and the years, numbers and dates the article writes. */
function gather(
  located: readonly Located[],
  byId: ReadonlyMap<string, Entity>,
  entities: readonly Entity[],
  articleText: string
): { frequency: Map<string, number>; pools: Pools } {
  const frequency = new Map<string, number>();
  const years = new Set<number>();
  const numbers = new Set<number>();
  const dates = new Map<string, string>();
  for (const m of located.flatMap((l) => l.mentions)) {
    if (m.entityId !== undefined) {
      frequency.set(m.entityId, (frequency.get(m.entityId) ?? 0) + 1);
    }
    const entity = m.entityId === undefined ? undefined : byId.get(m.entityId);
    const kind = mentionKind(m, entity);
    if (kind === 'year' && m.value !== undefined) {
      years.add(m.value);
    } else if (kind === 'number' && m.value !== undefined) {
      numbers.add(m.value);
    } else if (kind.startsWith('date:') && m.iso !== undefined) {
      dates.set(m.iso, m.text);
    }
  }
  const pools: Pools = {
    entities,
    byId,
    years: [...years].sort((a, b) => a - b),
    numbers: [...numbers].sort((a, b) => a - b),
    dates: [...dates]
      .map(([iso, text]) => ({ iso, text }))
      .sort((a, b) => byCodePoint(a.iso, b.iso)),
    occurs: occursIn(articleText),
    numbersByUnit: numbersByUnit(entities)
  };
  return { frequency, pools };
}

/** Whether the article writes a form (as whole words), remembered per form. */
function occursIn(articleText: string): (form: string) => boolean {
  const occurrences = new Map<string, boolean>();
  return (form) => {
    const known = occurrences.get(form);
    if (known !== undefined) {
      return known;
    }
    const found = containsWords(articleText, form);
    occurrences.set(form, found);
    return found;
  };
}

function numbersByUnit(entities: readonly Entity[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const e of entities) {
    if (e.type === 'number' && e.unit !== undefined && e.value !== undefined) {
      const unit = normalizeAnswer(e.unit.ar);
      out.set(unit, [...(out.get(unit) ?? []), e.value]);
    }
  }
  return out;
}
