import { SCHEMA_VERSION, type ArticleBank, type BankIndex } from '../src/lib/domain/bank';
import { assembleBank } from './pipeline/assemble';
import { capPerSentence } from './pipeline/cap';
import { generateCandidates } from './pipeline/candidates';
import { dropCovered } from './pipeline/covered';
import { curatedCandidates, topicChooser } from './pipeline/curated';
import { indexMentions } from './pipeline/mentions';
import { groupSiblings } from './pipeline/siblings';
import { parseSources, type ParsedSources } from './pipeline/parse';
import { articleReport } from './report';
import { readSources, type ArticleInput } from './sources';
import type { ArticleBuild, ArticleSources, Candidate, ScoredItem } from './types';
import { byCodePoint, canonicalJson, shortHash } from './util';
import { validateItems } from './validate';
import { withoutTatweel } from './items';

/**
 * The stages of a build in the order they start, told to `onStep` as each begins (a worker shows
 * them as progress): reading the text, finding its mentions, writing candidates, checking them.
 */
export type BuildStep = 'read' | 'find' | 'write' | 'check';

/**
 * Builds one article's bank and its report from the article's text and content files, with no
 * file system: the entry point for a browser or a worker. YAML is given as text or parsed.
 */
export function buildFromText(
  input: ArticleInput,
  onStep?: (step: BuildStep) => void
): ArticleBuild {
  return buildArticle(readSources(input), onStep);
}

/** Builds one article's bank; pure apart from the inputs given (`onStep` only hears of it). */
export function buildArticle(
  src: ArticleSources,
  onStep: (step: BuildStep) => void = () => {}
): ArticleBuild {
  onStep('read');
  const parsed = parseSources(src);
  // «مقر البنك المركزي … في وسط القاهرة | مصر، 7 فبراير 2024»: what it shows, then where and when.
  const [caption, dateline] = parsed.article.caption?.split(' | ') ?? [];
  const input = {
    slug: src.slug,
    paragraphs: parsed.paragraphs,
    entities: parsed.entities,
    topicFor: topicChooser(
      parsed.curated,
      parsed.paragraphs.map((p) => p.id),
      parsed.topics
    ),
    bilingual: parsed.translation !== undefined,
    title: parsed.article.title,
    dateline,
    caption
  };
  onStep('find');
  const index = indexMentions(input);
  onStep('write');
  const generated = generateCandidates(input, index);
  const uncovered = dropCovered(generated.candidates, parsed.curated, parsed.paragraphMap);
  const curated = curatedCandidates(src.slug, parsed.curated);
  const capped = capPerSentence(uncovered.kept, curated);
  const plainKept = capped.kept.map((c) => ({ ...c, item: withoutTatweel(c.item) }));
  const unGrouped = [...curated, ...plainKept];
  const grouped = groupSiblings(
    src.slug,
    parsed.paragraphs,
    unGrouped.map((c) => c.item)
  );
  const candidates = unGrouped.map((c, i) => ({ ...c, item: grouped[i]! }));
  onStep('check');
  const offences = validateItems(candidates, validationContext(parsed));
  const build: Omit<ArticleBuild, 'report'> = {
    bank: assembleBank(
      parsed,
      candidates.map((c) => c.item)
    ),
    offences,
    problems: parsed.problems,
    rejected: [...generated.rejected, ...capped.dropped],
    droppedForCurated: uncovered.dropped,
    kept: capped.kept.map(scoredItem),
    hasTranslation: input.bilingual
  };
  return { ...build, report: articleReport(build) };
}

function scoredItem(c: Candidate): ScoredItem {
  return {
    paragraph: c.item.evidence[0]?.paragraph ?? '?',
    type: c.item.type,
    answer:
      c.item.type === 'cloze'
        ? c.item.answer.ar
        : c.item.type === 'mcq'
          ? (c.item.options[c.item.answer]?.ar ?? '?')
          : (c.meta.provenance?.answer ?? '?'),
    score: c.meta.provenance?.score ?? 0,
    features: c.meta.provenance?.features ?? []
  };
}

function validationContext(parsed: ParsedSources) {
  return {
    paragraphs: parsed.paragraphMap,
    topics: new Set(parsed.topics.map((t) => t.id)),
    requireEnglish: parsed.translation !== undefined
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
