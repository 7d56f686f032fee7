import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { normalizeAnswer } from '../src/lib/domain/answers';
import { paragraphNumber } from '../src/lib/domain/deck';
import {
  ITEM_TYPES,
  SCHEMA_VERSION,
  type ArticleBank,
  type BankIndex,
  type GazetteerEntity,
  type Item,
  type Text,
  type TimelineEvent
} from '../src/lib/domain/bank';
import {
  DEFAULT_TOPIC,
  readCuratedItems,
  readTopics,
  readTranslation,
  type CuratedItem,
  type Topic
} from './content';
import { readGazetteer, type Entity } from './entities';
import { capPerSentence, generateItems, siblingId, type Rejection } from './generate';
import { parseArticle } from './parse-article';
import { shuffled } from '../src/lib/domain/random';
import { byCodePoint, canonicalJson, seededRandom, shortHash } from './util';
import { containsWords, validateItems, type Candidate, type Offence } from './validate';

/** The raw inputs of one article: its text and the parsed YAML files (undefined when absent). */
export interface ArticleSources {
  slug: string;
  articleText: string;
  translation?: unknown;
  gazetteer?: unknown;
  topics?: unknown;
  items?: unknown;
  /** Files that exist but could not be read as YAML. */
  problems?: string[];
}

export interface ArticleBuild {
  bank: ArticleBank;
  /** Offences stop the build. */
  offences: Offence[];
  /** Problems reading the content files; they stop the build too. */
  problems: string[];
  rejected: Rejection[];
  /** Generated items dropped because a curated item already tests the same fact. */
  droppedForCurated: number;
  hasTranslation: boolean;
}

const FILES = ['translation.en.yaml', 'gazetteer.yaml', 'topics.yaml', 'items.yaml'] as const;

/** Reads an article folder (`article.txt` plus the optional YAML files). */
export function readArticleFolder(dir: string): ArticleSources {
  const problems: string[] = [];
  const yaml = (name: string): unknown => {
    const file = join(dir, name);
    if (!existsSync(file)) {
      return undefined;
    }
    try {
      return parseYaml(readFileSync(file, 'utf8')) as unknown;
    } catch (error) {
      problems.push(`${name}: not valid YAML: ${(error as Error).message.split('\n')[0]}`);
      return undefined;
    }
  };
  const [translation, gazetteer, topics, items] = FILES.map(yaml);
  return {
    slug: basename(dir),
    articleText: readFileSync(join(dir, 'article.txt'), 'utf8'),
    translation,
    gazetteer,
    topics,
    items,
    problems
  };
}

/** A curated item's answer for siblings and near-duplicates (undefined when it has none). */
function curatedAnswer(c: CuratedItem): string | undefined {
  if (c.type === 'mcq') {
    return c.options?.[0]?.ar;
  }
  if ((c.type === 'cloze' || c.type === 'short') && typeof c.answer === 'object') {
    return c.answer.ar;
  }
  return undefined;
}

const text = (t: { ar: string; en?: string | undefined }): Text =>
  t.en === undefined || t.en.trim() === '' ? { ar: t.ar } : { ar: t.ar, en: t.en };

/**
 * A curated item as it is stored: id from the slug and key; mcq options shuffled with a seed
 * from the id. Missing type-specific fields become schema offences in {@link validateItems}.
 */
export function curatedToItem(slug: string, c: CuratedItem): Item {
  const id = `c-${shortHash(`${slug}|${c.key}`)}`;
  const paragraph = c.evidence[0]?.paragraph ?? 'p-0';
  const answer = curatedAnswer(c);
  const base = {
    id,
    article: slug,
    source: 'curated' as const,
    topic: c.topic,
    difficulty: c.difficulty,
    evidence: c.evidence.map((e) => ({ paragraph: e.paragraph, quote: e.quote })),
    prompt: text(c.prompt),
    explanation: text(c.explanation),
    sibling:
      answer === undefined
        ? `s-${shortHash(`${slug}|${c.key}`)}`
        : siblingId(slug, paragraph, answer)
  };
  const accept = { ar: c.accept?.ar ?? [], en: c.accept?.en ?? [] };
  switch (c.type) {
    case 'mcq': {
      const options = (c.options ?? []).map(text);
      const right = options[0];
      const order = shuffled(options, seededRandom(id));
      return {
        ...base,
        type: 'mcq',
        options: order,
        answer: right === undefined ? -1 : order.indexOf(right)
      };
    }
    case 'truefalse':
      return { ...base, type: 'truefalse', answer: c.answer as boolean };
    case 'cloze':
    case 'short':
      return {
        ...base,
        type: c.type,
        answer: (typeof c.answer === 'object' ? text(c.answer) : c.answer) as Text,
        accept
      };
    case 'matching':
      return {
        ...base,
        type: 'matching',
        pairs: (c.pairs ?? []).map((p) => ({ left: text(p.left), right: text(p.right) }))
      };
    case 'ordering':
      return {
        ...base,
        type: 'ordering',
        sequence: (c.sequence ?? []).map((s) => ({
          ...text(s),
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

function entityOut(e: Entity, paragraphs: ReadonlyMap<string, string>): GazetteerEntity {
  const evidence =
    e.paragraph !== undefined &&
    e.quote !== undefined &&
    paragraphs.get(e.paragraph)?.includes(e.quote)
      ? { paragraph: e.paragraph, quote: e.quote }
      : undefined;
  return {
    id: e.id,
    type: e.type,
    ar: e.ar,
    ...(e.en === undefined ? {} : { en: e.en }),
    aliases: { ar: e.aliases.ar, en: e.aliases.en },
    ...(e.gender === undefined ? {} : { gender: e.gender }),
    ...(e.role === undefined ? {} : { role: text(e.role) }),
    ...(e.country === undefined ? {} : { country: e.country }),
    ...(e.camp === undefined ? {} : { camp: e.camp }),
    ...(e.date === undefined ? {} : { date: e.date }),
    ...(e.value === undefined ? {} : { value: e.value }),
    ...(e.unit === undefined ? {} : { unit: text(e.unit) }),
    ...(evidence === undefined ? {} : { evidence })
  };
}

/** Builds one article's bank; pure apart from the inputs given. */
export function buildArticle(src: ArticleSources): ArticleBuild {
  const parsed = parseArticle(src.articleText);
  const translationRead = readTranslation(src.translation);
  const gazetteer = readGazetteer(src.gazetteer);
  const topicsRead = readTopics(src.topics);
  const curatedRead = readCuratedItems(src.items);
  const problems = [
    ...(src.problems ?? []),
    ...translationRead.problems,
    ...gazetteer.problems,
    ...topicsRead.problems,
    ...curatedRead.problems
  ];
  const translation = translationRead.translation;
  const hasTranslation = translation !== undefined;

  const paragraphs = parsed.paragraphs.map((p) => {
    const en = translation?.paragraphs[p.id];
    if (hasTranslation && (en === undefined || en.trim() === '')) {
      problems.push(`translation.en.yaml: no English for ${p.id}`);
    }
    return en === undefined || en.trim() === ''
      ? { id: p.id, ar: p.ar }
      : { id: p.id, ar: p.ar, en: en.trim() };
  });
  if (translation) {
    for (const id of Object.keys(translation.paragraphs)) {
      if (!parsed.paragraphs.some((p) => p.id === id)) {
        problems.push(`translation.en.yaml: ${id} is not a paragraph of the article`);
      }
    }
  }
  const paragraphMap = new Map(paragraphs.map((p) => [p.id, p.ar]));
  const topics = topicsRead.topics;
  const topicFor = topicChooser(
    curatedRead.items,
    paragraphs.map((p) => p.id),
    topics
  );

  const curated: Candidate[] = curatedRead.items.map((c) => ({
    item: curatedToItem(src.slug, c),
    meta: { key: c.key }
  }));
  const generated = generateItems({
    slug: src.slug,
    paragraphs,
    entities: gazetteer.entities,
    topicFor,
    bilingual: hasTranslation
  });

  // Near-duplicates: a cloze or multiple choice whose answer is a curated cloze's or choice's answer, or part
  // of it («80» in «أكثر من 80»), with evidence overlapping the curated item's in the same
  // paragraph, tests the same fact; curated wins.
  const curatedFacts = new Map<string, { answer: string; from: number; to: number }[]>();
  const span = (paragraph: string, quote: string) => {
    const from = paragraphMap.get(paragraph)?.indexOf(quote) ?? -1;
    return { from, to: from < 0 ? -1 : from + quote.length };
  };
  for (const c of curatedRead.items) {
    // A short typed answer is another exercise; only a curated cloze or choice covers the fact.
    const answer = c.type === 'mcq' || c.type === 'cloze' ? curatedAnswer(c) : undefined;
    if (answer === undefined) {
      continue;
    }
    for (const e of c.evidence) {
      curatedFacts.set(e.paragraph, [
        ...(curatedFacts.get(e.paragraph) ?? []),
        { answer, ...span(e.paragraph, e.quote) }
      ]);
    }
  }
  let droppedForCurated = 0;
  const uncovered = generated.candidates.filter((g) => {
    const i = g.item;
    const a =
      i.type === 'mcq' ? i.options[i.answer]?.ar : i.type === 'cloze' ? i.answer.ar : undefined;
    const e = i.evidence[0];
    if (a === undefined || e === undefined) {
      return true;
    }
    const own = span(e.paragraph, e.quote);
    const dup = (curatedFacts.get(e.paragraph) ?? []).some(
      (f) =>
        (normalizeAnswer(f.answer) === normalizeAnswer(a) || containsWords(f.answer, a)) &&
        (f.from < 0 || (f.from < own.to && own.from < f.to))
    );
    if (dup) {
      droppedForCurated++;
    }
    return !dup;
  });
  const capped = capPerSentence(uncovered);
  const kept = capped.kept;
  const candidates = [...curated, ...kept];
  const offences = validateItems(candidates, {
    paragraphs: paragraphMap,
    topics: new Set(topics.map((t) => t.id)),
    requireEnglish: hasTranslation
  });

  const items = candidates
    .map((c) => c.item)
    .sort(
      (a, b) =>
        paragraphNumber(a) - paragraphNumber(b) ||
        (a.source === b.source ? 0 : a.source === 'curated' ? -1 : 1) ||
        ITEM_TYPES.indexOf(a.type) - ITEM_TYPES.indexOf(b.type) ||
        byCodePoint(a.id, b.id)
    );

  const meta = translation?.meta;
  const authorsEn = meta?.authors ?? [];
  const events: TimelineEvent[] = gazetteer.entities
    .filter((e) => e.date !== undefined && (e.type === 'event' || e.type === 'date'))
    .map((e) => {
      const out = entityOut(e, paragraphMap);
      return {
        id: e.id,
        date: e.date ?? '',
        title: text({ ar: e.ar, ...(e.en === undefined ? {} : { en: e.en }) }),
        ...(out.evidence === undefined ? {} : { evidence: out.evidence })
      };
    })
    .sort((a, b) => byCodePoint(a.date, b.date) || byCodePoint(a.id, b.id));

  const unversioned: Omit<ArticleBank, 'bankVersion'> = {
    schemaVersion: SCHEMA_VERSION,
    slug: src.slug,
    meta: {
      title: text({ ar: parsed.title, ...(meta?.title === undefined ? {} : { en: meta.title }) }),
      authors: parsed.authors.map((ar, i) =>
        text({
          ar,
          ...(authorsEn.length === parsed.authors.length && authorsEn[i] !== undefined
            ? { en: authorsEn[i] }
            : {})
        })
      ),
      date: parsed.date,
      dateText: parsed.dateText,
      source: parsed.source,
      ...(parsed.caption === undefined
        ? {}
        : {
            caption: text({
              ar: parsed.caption,
              ...(meta?.caption === undefined ? {} : { en: meta.caption })
            })
          })
    },
    paragraphs,
    topics: topics.map((t) => ({ id: t.id, ar: t.ar, en: t.en })),
    entities: gazetteer.entities.map((e) => entityOut(e, paragraphMap)),
    events,
    items
  };
  const bank: ArticleBank = {
    schemaVersion: SCHEMA_VERSION,
    bankVersion: shortHash(canonicalJson(unversioned), 12),
    slug: unversioned.slug,
    meta: unversioned.meta,
    paragraphs: unversioned.paragraphs,
    topics: unversioned.topics,
    entities: unversioned.entities,
    events: unversioned.events,
    items: unversioned.items
  };
  return {
    bank,
    offences,
    problems,
    rejected: [...generated.rejected, ...capped.dropped],
    droppedForCurated,
    hasTranslation
  };
}

/** The bytes written for a bank: compact JSON, keys in a fixed order, a final newline. */
export function serialize(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

export function bankIndex(banks: readonly ArticleBank[]): BankIndex {
  const articles = [...banks]
    .sort((a, b) => byCodePoint(a.slug, b.slug))
    .map((b) => ({
      slug: b.slug,
      file: `${b.slug}.json`,
      title: b.meta.title,
      items: b.items.length,
      bankVersion: b.bankVersion
    }));
  return {
    schemaVersion: SCHEMA_VERSION,
    bankVersion: shortHash(canonicalJson(articles), 12),
    articles
  };
}

/** Builds every article folder under `articlesDir` (sorted by slug). */
export function buildAll(articlesDir: string): ArticleBuild[] {
  return readdirSync(articlesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(articlesDir, d.name, 'article.txt')))
    .map((d) => d.name)
    .sort(byCodePoint)
    .map((slug) => buildArticle(readArticleFolder(join(articlesDir, slug))));
}

/** Writes `<slug>.json` per article and `index.json` into `bankDir`. */
export function writeBanks(builds: readonly ArticleBuild[], bankDir: string): string[] {
  mkdirSync(bankDir, { recursive: true });
  const written: string[] = [];
  for (const b of builds) {
    const file = join(bankDir, `${b.bank.slug}.json`);
    writeFileSync(file, serialize(b.bank));
    written.push(file);
  }
  const index = join(bankDir, 'index.json');
  writeFileSync(index, serialize(bankIndex(builds.map((b) => b.bank))));
  written.push(index);
  return written;
}

export function writeFile(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}
