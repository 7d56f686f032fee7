import { normalizeAnswer } from '../src/lib/domain/answers';
import { shortHash } from './util';

/** Ids: from slug, paragraph, type and normalised answer, never from order. */
export function generatedId(slug: string, paragraph: string, type: string, answer: string): string {
  return `g-${shortHash([slug, paragraph, type, normalizeAnswer(answer)].join('|'))}`;
}

/**
 * The sibling group of the items whose evidence lies in sentence `sentence` (counted from 0, as
 * `splitSentences` splits the paragraph) of `paragraph`; `pipeline/siblings.ts` gives it.
 */
export function sentenceSiblingId(slug: string, paragraph: string, sentence: number): string {
  return `s-${shortHash([slug, paragraph, `sentence ${sentence}`].join('|'))}`;
}
