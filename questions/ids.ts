import { normalizeAnswer } from '../src/lib/domain/answers';
import { shortHash } from './util';

/** Ids: from slug, paragraph, type and normalised answer, never from order. */
export function generatedId(slug: string, paragraph: string, type: string, answer: string): string {
  return `g-${shortHash([slug, paragraph, type, normalizeAnswer(answer)].join('|'))}`;
}

/** Items on the same paragraph with the same normalised answer test the same fact. */
export function siblingId(slug: string, paragraph: string, answer: string): string {
  return `s-${shortHash([slug, paragraph, normalizeAnswer(answer)].join('|'))}`;
}
