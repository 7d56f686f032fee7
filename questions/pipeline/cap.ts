import { MIN_PER_PARAGRAPH } from '../report';
import type { Candidate, Rejection } from '../types';
import { seededRandom } from '../util';

/** At most this many cloze or multiple-choice items per sentence (on different answers). */
export const BLANKS_PER_SENTENCE = 4;
/** At most this many true/false statements per sentence (on different clauses). */
export const STATEMENTS_PER_SENTENCE = 4;
/** A candidate scored under this is kept only to give its paragraph its minimum. */
export const MIN_SCORE = -1;
/** Omnipresent actors are at most this share of the kept blanks' answers. */
export const OMNIPRESENT_MAX_SHARE = 0.1;

const answerOf = (c: Candidate) => c.meta.provenance?.answer;
const scoreOf = (c: Candidate) => c.meta.provenance?.score ?? 0;
const paragraphOf = (c: Candidate) => c.item.evidence[0]?.paragraph ?? '?';
const isBlank = (c: Candidate) => c.item.type === 'cloze' || c.item.type === 'mcq';
const byScore = (a: Candidate, b: Candidate) => scoreOf(b) - scoreOf(a);

/**
 * Keeps the best-scored items (`score.ts`): per sentence a cloze and a multiple choice (siblings)
 * on each of the {@link BLANKS_PER_SENTENCE} best answers — only the preferred one on an
 * omnipresent actor — and per
 * clause one true/false statement — true or false by a seed of the clause, a false one preferably
 * on an answer no kept blank asks for — for the {@link STATEMENTS_PER_SENTENCE} best clauses. Then
 * one item per id, none scored under {@link MIN_SCORE}, omnipresent actors cut down to {@link OMNIPRESENT_MAX_SHARE} of the blanks, and
 * paragraphs left with fewer than {@link MIN_PER_PARAGRAPH} items (counting `curated`) topped up
 * with their best dropped candidates. Dropped candidates come back as rejections with their score.
 */
export function capPerSentence(
  candidates: readonly Candidate[],
  curated: readonly Candidate[] = []
): { kept: Candidate[]; dropped: Rejection[] } {
  const { groups, loose } = bySentence(candidates);
  const keep = new Set<Candidate>(loose);
  const reasons = new Map<Candidate, string>();
  for (const [, group] of groups) {
    const blanks = bestBlanks(group);
    blanks.forEach((b) => keep.add(b.best));
    // The other type on the same name is its sibling (the app schedules them as one fact): kept
    // too, unless the answer is an omnipresent actor or a number or date (asked once, so that
    // figures do not crowd out the names of an article).
    const twice = (b: { a: string; best: Candidate }) =>
      b.best.meta.provenance?.omnipresent !== true && !/\p{Nd}/u.test(b.a);
    for (const b of blanks.filter(twice)) {
      const other = group.find((c) => c !== b.best && isBlank(c) && answerOf(c) === b.a);
      if (other !== undefined) {
        keep.add(other);
      }
    }
    for (const s of chooseStatements(group, new Set(blanks.map((b) => b.a)))) {
      keep.add(s);
    }
    for (const c of group.filter((c) => !keep.has(c))) {
      reasons.set(
        c,
        c.item.type === 'truefalse'
          ? `capped: one true/false statement per clause, ${STATEMENTS_PER_SENTENCE} per sentence`
          : `capped: one cloze or multiple choice per answer, ${BLANKS_PER_SENTENCE} per sentence`
      );
    }
  }
  const seen = new Set<string>();
  for (const c of candidates.filter((c) => keep.has(c))) {
    if (seen.has(c.item.id)) {
      keep.delete(c);
      reasons.set(c, 'near-duplicate of an item on the same paragraph and answer');
    }
    seen.add(c.item.id);
  }
  for (const c of candidates.filter((c) => keep.has(c) && scoreOf(c) < MIN_SCORE)) {
    keep.delete(c);
    reasons.set(c, `capped: score under ${MIN_SCORE}`);
  }
  limitOmnipresent(candidates, keep, reasons);
  topUpParagraphs(candidates, curated, keep, reasons);
  balanceNames(candidates, curated, keep, reasons);
  const kept = candidates.filter((c) => keep.has(c));
  const dropped = candidates
    .filter((c) => !keep.has(c))
    .map((c) => ({
      paragraph: paragraphOf(c),
      type: c.item.type,
      answer: answerOf(c) ?? '?',
      reason: reasons.get(c) ?? 'capped',
      score: scoreOf(c)
    }));
  return { kept, dropped };
}

/** Keeps the best-scored blanks on omnipresent actors, at most the allowed share of all blanks. */
function limitOmnipresent(
  candidates: readonly Candidate[],
  keep: Set<Candidate>,
  reasons: Map<Candidate, string>
): void {
  const blanks = candidates.filter((c) => keep.has(c) && isBlank(c));
  const omni = blanks.filter((c) => c.meta.provenance?.omnipresent === true).sort(byScore);
  const others = blanks.length - omni.length;
  // k / (others + k) ≤ share ⇔ k ≤ share · others / (1 − share).
  const allowed = Math.floor((OMNIPRESENT_MAX_SHARE * others) / (1 - OMNIPRESENT_MAX_SHARE) + 1e-9);
  for (const c of omni.slice(allowed)) {
    keep.delete(c);
    reasons.set(c, 'omnipresent actor: at most 10% of the blanks’ answers');
  }
}

/** A paragraph keeps at least this many items when its number blanks give way to names. */
export const MIN_FOR_NAMES = 2;

/** Names, places and organisations are at least this share of the kept blanks' answers. */
export const NAMES_MIN_SHARE = 1 / 3;

const numericBlank = (c: Candidate) => isBlank(c) && /\p{Nd}/u.test(answerOf(c) ?? '');

/** How many items each paragraph has: the curated ones and the candidates kept. */
function perParagraph(
  curated: readonly Candidate[],
  candidates: readonly Candidate[],
  keep: ReadonlySet<Candidate>
): Map<string, number> {
  const count = new Map<string, number>();
  for (const c of [...curated, ...candidates.filter((c) => keep.has(c))]) {
    count.set(paragraphOf(c), (count.get(paragraphOf(c)) ?? 0) + 1);
  }
  return count;
}

/**
 * Numbers and dates are easy to make, names are what an article is about: the weakest number or
 * date blanks are dropped until names are {@link NAMES_MIN_SHARE} of the blanks' answers, never
 * below {@link MIN_FOR_NAMES} items in a paragraph.
 */
function balanceNames(
  candidates: readonly Candidate[],
  curated: readonly Candidate[],
  keep: Set<Candidate>,
  reasons: Map<Candidate, string>
): void {
  const count = perParagraph(curated, candidates, keep);
  const blanks = candidates.filter((c) => keep.has(c) && isBlank(c));
  const names = blanks.filter((c) => !numericBlank(c)).length;
  let total = blanks.length;
  const numeric = blanks
    .filter(numericBlank)
    .map((c, order) => ({ c, order }))
    .sort((x, y) => scoreOf(x.c) - scoreOf(y.c) || y.order - x.order);
  for (const { c } of numeric) {
    if (names >= NAMES_MIN_SHARE * total) {
      return;
    }
    const p = paragraphOf(c);
    if ((count.get(p) ?? 0) > MIN_FOR_NAMES) {
      keep.delete(c);
      reasons.set(c, 'capped: numbers and dates at most two thirds of the blanks');
      count.set(p, (count.get(p) ?? 0) - 1);
      total--;
    }
  }
}

/** Paragraphs under the minimum get their best dropped candidates back (never a quota's). */
function topUpParagraphs(
  candidates: readonly Candidate[],
  curated: readonly Candidate[],
  keep: Set<Candidate>,
  reasons: Map<Candidate, string>
): void {
  const count = perParagraph(curated, candidates, keep);
  const ids = new Set(candidates.filter((c) => keep.has(c)).map((c) => c.item.id));
  const spare = candidates
    .filter((c) => !keep.has(c) && reasons.get(c)?.startsWith('capped') === true)
    .sort(byScore);
  for (const c of spare) {
    const p = paragraphOf(c);
    if ((count.get(p) ?? 0) < MIN_PER_PARAGRAPH && !ids.has(c.item.id)) {
      keep.add(c);
      ids.add(c.item.id);
      count.set(p, (count.get(p) ?? 0) + 1);
    }
  }
}

/** Candidates grouped by the sentence they test, in order; those with none are loose. */
function bySentence(candidates: readonly Candidate[]) {
  const groups = new Map<string, Candidate[]>();
  const loose: Candidate[] = [];
  for (const c of candidates) {
    const key = c.meta.provenance?.sentence;
    if (key === undefined) {
      loose.push(c);
      continue;
    }
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return { groups, loose };
}

/** Per answer the preferred cloze or multiple choice; the best answers first. */
function bestBlanks(group: readonly Candidate[]): { a: string; best: Candidate }[] {
  const answers: string[] = [];
  for (const c of group) {
    const a = answerOf(c) ?? '';
    if (!answers.includes(a)) {
      answers.push(a);
    }
  }
  return answers
    .map((a, order) => {
      const own = group.filter((c) => answerOf(c) === a && isBlank(c));
      const prefer = own[0]?.meta.provenance?.prefer;
      const best = own.find((c) => c.item.type === prefer) ?? own[0];
      return { a, order, best, score: best === undefined ? 0 : scoreOf(best) };
    })
    .filter((b): b is typeof b & { best: Candidate } => b.best !== undefined)
    .sort((x, y) => y.score - x.score || x.order - y.order)
    .slice(0, BLANKS_PER_SENTENCE);
}

/** The sentence's statements: per clause one, true or false by a seed; the best clauses. */
function chooseStatements(
  group: readonly Candidate[],
  blankAnswers: ReadonlySet<string>
): Candidate[] {
  const clauses = new Map<string, Candidate[]>();
  for (const c of group.filter((c) => c.item.type === 'truefalse')) {
    const quote = c.item.evidence[0]?.quote ?? '';
    clauses.set(quote, [...(clauses.get(quote) ?? []), c]);
  }
  const chosen = [...clauses].map(([quote, statements]) => {
    const trues = statements.filter((c) => c.item.type === 'truefalse' && c.item.answer);
    const falses = statements
      .filter((c) => c.item.type === 'truefalse' && !c.item.answer)
      .map((c, order) => ({ c, order }))
      .sort(
        (x, y) =>
          Number(blankAnswers.has(answerOf(x.c) ?? '')) -
            Number(blankAnswers.has(answerOf(y.c) ?? '')) ||
          scoreOf(y.c) - scoreOf(x.c) ||
          x.order - y.order
      )
      .map((x) => x.c);
    const wantTrue = seededRandom(`statement:${quote}`)() < 0.5;
    return (wantTrue ? trues[0] : falses[0]) ?? trues[0] ?? falses[0];
  });
  const kept: Candidate[] = [];
  const quoteOf = (c: Candidate) => c.item.evidence[0]?.quote ?? '';
  // «يعاني الأردن من شحّ المياه» and the same clause run on: one fact, asked once.
  const overlaps = (c: Candidate) =>
    kept.some((k) => quoteOf(k).includes(quoteOf(c)) || quoteOf(c).includes(quoteOf(k)));
  for (const { c } of chosen
    .filter((c): c is Candidate => c !== undefined)
    .map((c, order) => ({ c, order }))
    .sort((x, y) => scoreOf(y.c) - scoreOf(x.c) || x.order - y.order)) {
    if (kept.length < STATEMENTS_PER_SENTENCE && !overlaps(c)) {
      kept.push(c);
    }
  }
  return kept;
}
