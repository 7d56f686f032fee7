import type { Item } from '../../src/lib/domain/bank';
import { containsWords } from '../arabic';
import { distractorsFor } from '../distractors';
import type { Mention } from '../entities';
import { clozeItem, mcqItem, statementItems } from '../items';
import { answerOf } from '../kinds';
import { arabicPrompt, englishPrompt } from '../prompts';
import { describeQuestion } from '../question';
import type { Candidate, Rejection } from '../types';
import { chronologyCandidates } from './chronology';
import { quoteCandidates } from './quotes';
import { indexMentions, type GenerateInput, type Located, type MentionIndex } from './mentions';

export type { GenerateInput } from './mentions';

/**
 * Rule-based items from the article: for every mention of an entity, number or date in a
 * sentence (trimmed to the clauses around it when long), a cloze (the blank in place of the
 * mention, clitics kept in front), a multiple choice with wrong options of the same kind, a true
 * statement (the sentence or clause as written) and a false one (the mention swapped for one of
 * its distractors). Every candidate is returned: `capPerSentence` keeps the best few per
 * sentence. Candidates that cannot be made well are returned as rejections with a reason.
 */
export function generateCandidates(
  input: GenerateInput,
  index: MentionIndex
): { candidates: Candidate[]; rejected: Rejection[] } {
  const candidates: Candidate[] = [];
  const rejected: Rejection[] = [];
  for (const loc of index.located) {
    for (const m of loc.mentions) {
      const reject = (type: Item['type'], reason: string) =>
        rejected.push({ paragraph: loc.paragraph, type, answer: answerOf(m), reason });
      candidates.push(...mentionCandidates(input, index, loc, m, reject));
    }
  }
  for (const kind of [quoteCandidates(input, index), chronologyCandidates(input, index)]) {
    candidates.push(...kind.candidates);
    rejected.push(...kind.rejected);
  }
  return { candidates, rejected };
}

/** {@link indexMentions} then {@link generateCandidates}. */
export function generateItems(input: GenerateInput): {
  candidates: Candidate[];
  rejected: Rejection[];
} {
  return generateCandidates(input, indexMentions(input));
}

/** The cloze, multiple choice and true/false statements on one mention. */
function mentionCandidates(
  input: GenerateInput,
  index: MentionIndex,
  loc: Located,
  m: Mention,
  reject: (type: Item['type'], reason: string) => void
): Candidate[] {
  const entity = m.entityId === undefined ? undefined : index.byId.get(m.entityId);
  const ar = arabicPrompt(loc, m, entity);
  if (typeof ar === 'string') {
    reject('cloze', ar);
    return [];
  }
  const en = englishPrompt(index, input.bilingual, loc, m, ar);
  if (typeof en === 'string') {
    reject('cloze', en);
    return [];
  }
  const topic = input.topicFor(loc.paragraph);
  const q = describeQuestion(input.slug, topic, index, loc, m, ar, en.en);
  const after = loc.sentence.text.slice(m.end);
  const all = distractorsFor(m, loc.mentions, index.pools, q.answerBare, after).filter(
    (d) =>
      [d.ar, ...d.forms].every((f) => !containsWords(q.sentence, f)) &&
      (!input.bilingual || d.en !== undefined)
  );
  return [
    clozeItem(q),
    ...mcqItem(q, all, reject),
    ...statementItems(
      q,
      all,
      { bilingual: input.bilingual, articleNormalized: index.articleNormalized },
      reject
    )
  ];
}
