import { ITEM_TYPES, type Item } from '../src/lib/domain/bank';
import { byCodePoint } from './util';
import type { ArticleBuild } from './types';
import { formatOffences } from './validate';

/** A build before its report is written. */
type Built = Omit<ArticleBuild, 'report'>;

/** Paragraphs with fewer items than this are flagged. */
export const MIN_PER_PARAGRAPH = 3;
const SAMPLE = 12;

function countBy<T>(values: readonly T[], key: (v: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const v of values) {
    m.set(key(v), (m.get(key(v)) ?? 0) + 1);
  }
  return m;
}

export interface Summary {
  total: number;
  curated: number;
  generated: number;
  byType: Record<string, number>;
  byTopic: Record<string, number>;
  byParagraph: Record<string, number>;
  minPerParagraph: number;
  thin: string[];
  rejected: number;
  offences: number;
}

/** Counts for one article's build; every paragraph appears, covered or not. */
export function summarize(build: Built): Summary {
  const items = build.bank.items;
  const byParagraph: Record<string, number> = {};
  for (const p of build.bank.paragraphs) {
    byParagraph[p.id] = 0;
  }
  for (const i of items) {
    for (const p of new Set(i.evidence.map((e) => e.paragraph))) {
      byParagraph[p] = (byParagraph[p] ?? 0) + 1;
    }
  }
  const byType: Record<string, number> = {};
  for (const t of ITEM_TYPES) {
    byType[t] = items.filter((i: Item) => i.type === t).length;
  }
  const counts = Object.values(byParagraph);
  return {
    total: items.length,
    curated: items.filter((i) => i.source === 'curated').length,
    generated: items.filter((i) => i.source === 'generated').length,
    byType,
    byTopic: Object.fromEntries(
      [...countBy(items, (i) => i.topic)].sort((a, b) => byCodePoint(a[0], b[0]))
    ),
    byParagraph,
    minPerParagraph: counts.length === 0 ? 0 : Math.min(...counts),
    thin: Object.entries(byParagraph)
      .filter(([, n]) => n < MIN_PER_PARAGRAPH)
      .map(([p]) => p),
    rejected: build.rejected.length,
    offences: build.offences.length + build.problems.length
  };
}

const table = (head: [string, string], rows: [string, string | number][]) =>
  [
    `| ${head[0]} | ${head[1]} |`,
    '| --- | ---: |',
    ...rows.map(([a, b]) => `| ${a} | ${b} |`)
  ].join('\n');

/** The Markdown report for one article. */
export function articleReport(build: Built): string {
  const s = summarize(build);
  const lines: string[] = [];
  lines.push(`## ${build.bank.slug}`, '');
  lines.push(
    `${s.total} items (${s.curated} curated, ${s.generated} generated); bank version ${build.bank.bankVersion}; ` +
      `${build.hasTranslation ? 'bilingual' : 'Arabic only (no translation)'}; ` +
      `fewest items on a paragraph: ${s.minPerParagraph}.`,
    ''
  );
  lines.push('### By type', '', table(['type', 'items'], Object.entries(s.byType)), '');
  lines.push('### By topic', '', table(['topic', 'items'], Object.entries(s.byTopic)), '');
  lines.push(
    '### By paragraph',
    '',
    table(
      ['paragraph', 'items'],
      Object.entries(s.byParagraph).map(([p, n]) => [
        p,
        n < MIN_PER_PARAGRAPH ? `${n} ⚠ fewer than ${MIN_PER_PARAGRAPH}` : n
      ])
    ),
    ''
  );
  lines.push(
    `### Rejected candidates (${s.rejected}; ${build.droppedForCurated} more dropped for a curated item on the same fact)`,
    ''
  );
  const reasons = [...countBy(build.rejected, (r) => r.reason)].sort(
    (a, b) => b[1] - a[1] || byCodePoint(a[0], b[0])
  );
  lines.push(table(['reason', 'count'], reasons), '');
  lines.push(...droppedByScore(build), ...keptByScore(build));
  if (build.problems.length > 0) {
    lines.push(
      `### Content problems (${build.problems.length})`,
      '',
      ...build.problems.map((p) => `- ${p}`),
      ''
    );
  }
  if (build.offences.length > 0) {
    lines.push(
      `### Invalid items (${build.offences.length} offences)`,
      '',
      formatOffences(build.offences),
      ''
    );
  }
  return lines.join('\n');
}

/** The best-scored dropped candidates: what the caps left out, and why. */
function droppedByScore(build: Built): string[] {
  const dropped = build.rejected
    .filter((r) => r.score !== undefined)
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || byCodePoint(a.paragraph, b.paragraph))
    .slice(0, SAMPLE);
  if (dropped.length === 0) {
    return [];
  }
  return [
    `Best-scored dropped candidates (${dropped.length} of those the caps left out):`,
    '',
    '| paragraph | type | answer | score | reason |',
    '| --- | --- | --- | ---: | --- |',
    ...dropped.map(
      (r) => `| ${r.paragraph} | ${r.type} | ${r.answer} | ${r.score ?? ''} | ${r.reason} |`
    ),
    ''
  ];
}

/** Every generated item kept, in article order, with its score and features. */
function keptByScore(build: Built): string[] {
  const kept = build.kept ?? [];
  if (kept.length === 0) {
    return [];
  }
  return [
    `### Generated items kept (${kept.length}), with their scores`,
    '',
    '| paragraph | type | answer | score | features |',
    '| --- | --- | --- | ---: | --- |',
    ...kept.map(
      (k) => `| ${k.paragraph} | ${k.type} | ${k.answer} | ${k.score} | ${k.features.join('; ')} |`
    ),
    ''
  ];
}

export function fullReport(builds: readonly ArticleBuild[]): string {
  return ['# Question bank report', '', ...builds.map((b) => b.report)].join('\n');
}
