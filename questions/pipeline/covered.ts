import { normalizeAnswer } from '../../src/lib/domain/answers';
import { containsWords } from '../arabic';
import type { CuratedItem } from '../content';
import type { Candidate } from '../types';
import { curatedAnswer } from './curated';

interface Fact {
  answer: string;
  from: number;
  to: number;
}

/**
 * Near-duplicates: a cloze or multiple choice whose answer is a curated cloze's or choice's
 * answer, or part of it («80» in «أكثر من 80»), with evidence overlapping the curated item's in
 * the same paragraph, tests the same fact; curated wins. Returns the generated candidates kept
 * and how many were dropped.
 */
export function dropCovered(
  generated: readonly Candidate[],
  curated: readonly CuratedItem[],
  paragraphs: ReadonlyMap<string, string>
): { kept: Candidate[]; dropped: number } {
  const span = (paragraph: string, quote: string) => {
    const from = paragraphs.get(paragraph)?.indexOf(quote) ?? -1;
    return { from, to: from < 0 ? -1 : from + quote.length };
  };
  const facts = curatedFacts(curated, span);
  const kept = generated.filter((g) => {
    const i = g.item;
    const a =
      i.type === 'mcq' ? i.options[i.answer]?.ar : i.type === 'cloze' ? i.answer.ar : undefined;
    const e = i.evidence[0];
    if (a === undefined || e === undefined) {
      return true;
    }
    const own = span(e.paragraph, e.quote);
    return !(facts.get(e.paragraph) ?? []).some(
      (f) =>
        (normalizeAnswer(f.answer) === normalizeAnswer(a) || containsWords(f.answer, a)) &&
        (f.from < 0 || (f.from < own.to && own.from < f.to))
    );
  });
  return { kept, dropped: generated.length - kept.length };
}

/** Per paragraph, the answers of the curated cloze and choice items citing it, and where. */
function curatedFacts(
  curated: readonly CuratedItem[],
  span: (paragraph: string, quote: string) => { from: number; to: number }
): Map<string, Fact[]> {
  const facts = new Map<string, Fact[]>();
  for (const c of curated) {
    // A short typed answer is another exercise; only a curated cloze or choice covers the fact.
    const answer = c.type === 'mcq' || c.type === 'cloze' ? curatedAnswer(c) : undefined;
    if (answer === undefined) {
      continue;
    }
    for (const e of c.evidence) {
      facts.set(e.paragraph, [
        ...(facts.get(e.paragraph) ?? []),
        { answer, ...span(e.paragraph, e.quote) }
      ]);
    }
  }
  return facts;
}
