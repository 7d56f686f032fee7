import type { ArticleBank, Item, Text } from '../src/lib/domain/bank';
import { shuffled } from '../src/lib/domain/random';
import { seededRandom } from './util';

/** Which items a review sheet draws from. */
export type ReviewPool = 'all' | 'generated' | 'curated';

export interface ReviewSheetOptions {
  count: number;
  /** Any string: the same seed and bank give the same sample. */
  seed: string;
  pool?: ReviewPool;
}

/**
 * A review sheet for `questions/REVIEW.md`'s protocol: `count` items drawn at random (seeded)
 * from the bank, each with everything a reviewer needs to judge it against the rubric and
 * nothing about how it was made (no origin, no score), followed by the article's paragraphs so
 * that "right and the only right one" can be checked.
 */
export function reviewSheet(bank: ArticleBank, options: ReviewSheetOptions): string {
  const pool = bank.items.filter(
    (i) => options.pool === undefined || options.pool === 'all' || i.source === options.pool
  );
  const picked = shuffled(pool, seededRandom(`${bank.bankVersion}|${options.seed}`)).slice(
    0,
    options.count
  );
  const lines = [
    `# Review sheet: ${bank.slug}`,
    '',
    `${picked.length} items drawn at random (seed «${options.seed}», bank ${bank.bankVersion}).`,
    'Judge each item with the rubric of questions/REVIEW.md: good, weak or bad, with a reason.',
    '',
    'Typed answers are compared after folding, so these need no listing: diacritics and tatweel,',
    'hamza and alef forms, ة/ه and ى/ي, a leading «ال», Arabic-Indic digits, every month-name',
    'system (كانون الثاني = يناير = جانفي = January), «أميركي» = «أمريكي».',
    ''
  ];
  picked.forEach((item, n) => lines.push(...itemBlock(item, n + 1), ''));
  lines.push('## The article', '');
  for (const p of bank.paragraphs) {
    lines.push(`**${p.id}** ${p.ar}`, '', ...(p.en === undefined ? [] : [`> ${p.en}`, '']));
  }
  return lines.join('\n');
}

function itemBlock(item: Item, n: number): string[] {
  const ev = item.evidence.map((e) => `${e.paragraph}: «${e.quote}»`).join(' · ');
  return [
    `## ${n}. ${item.type} (${item.id})`,
    '',
    `- prompt: ${both(item.prompt)}`,
    ...answerLines(item),
    `- explanation: ${both(item.explanation)}`,
    `- evidence: ${ev}`
  ];
}

function answerLines(item: Item): string[] {
  switch (item.type) {
    case 'mcq':
      return item.options.map(
        (o, i) => `- option ${i + 1}${i === item.answer ? ' (right)' : ''}: ${both(o)}`
      );
    case 'truefalse':
      return [`- answer: ${item.answer ? 'true' : 'false'}`];
    case 'cloze':
    case 'short':
      return [
        `- answer: ${both(item.answer)}`,
        `- also accepted: ${[...item.accept.ar, ...item.accept.en].join(' · ') || '—'}`
      ];
    case 'matching':
      return item.pairs.map((p) => `- pair: ${both(p.left)} ↔ ${both(p.right)}`);
    case 'ordering':
      return item.sequence.map((s, i) => `- step ${i + 1}: ${both(s)}`);
  }
}

const both = (t: Text): string => (t.en === undefined ? t.ar : `${t.ar} / ${t.en}`);
