import { normalizeAnswer } from '../../src/lib/domain/answers';
import type { Item } from '../../src/lib/domain/bank';
import { CountedNouns } from '../agreement';
import { containsWords } from '../arabic';
import { distractorsFor } from '../distractors';
import type { Mention } from '../entities';
import { wholeRange } from '../identifiers';
import { clozeItem, mcqItem, statementItems } from '../items';
import { answerOf } from '../kinds';
import {
  arabicPrompt,
  BLANK_SHAPE,
  englishPrompt,
  relatedNames,
  STATEMENT_SHAPE,
  type PromptShape
} from '../prompts';
import { describeQuestion, type Question } from '../question';
import type { Candidate, Rejection } from '../types';
import { leansOnContext } from '../fragments';
import { isOmnipresent, scoreContext, scoreItem, WEIGHTS, type ScoreContext } from '../score';
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
  const env: Env = {
    input,
    index,
    nouns: new CountedNouns(input.paragraphs.map((p) => p.ar).join('\n')),
    sentences: index.located.map((l) => normalizeAnswer(l.sentence.text)),
    scores: scoreContext(index.located, index.frequency, {
      byId: index.byId,
      title: input.title
    })
  };
  for (const loc of index.located) {
    for (const mention of loc.mentions) {
      const reject = (type: Item['type'], reason: string) =>
        rejected.push({ paragraph: loc.paragraph, type, answer: answerOf(mention), reason });
      // A range is asked whole, from its first end.
      const m = wholeRange(loc.sentence.text, mention);
      if (m === undefined) {
        reject('cloze', 'the second end of a range (asked whole from its first)');
        continue;
      }
      candidates.push(...mentionCandidates(env, loc, m, reject));
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

/** What every mention's candidates share. */
interface Env {
  input: GenerateInput;
  index: MentionIndex;
  nouns: CountedNouns;
  /** Every sentence of the article, folded: where a false statement's swap is at home. */
  sentences: readonly string[];
  scores: ScoreContext;
}

/** The cloze, multiple choice and true/false statements on one mention, each scored. */
function mentionCandidates(
  { input, index, nouns, sentences, scores }: Env,
  loc: Located,
  m: Mention,
  reject: (type: Item['type'], reason: string) => void
): Candidate[] {
  const entity = m.entityId === undefined ? undefined : index.byId.get(m.entityId);
  const related = relatedNames(entity, index.byId);
  const on = (shape: PromptShape) =>
    question(input, index, loc, m, shape.tight ? shape : { ...shape, related });
  // A blank reads in up to 30 words of context; a statement is one clause of up to 20.
  const blank = on(BLANK_SHAPE);
  const statement = standalone(on(STATEMENT_SHAPE));
  if (typeof blank === 'string') {
    reject('cloze', blank);
  }
  if (typeof statement === 'string') {
    reject('truefalse', statement);
  }
  const q =
    typeof blank !== 'string' ? blank : typeof statement !== 'string' ? statement : undefined;
  if (q === undefined) {
    return [];
  }
  const after = loc.sentence.text.slice(m.end);
  const all = distractorsFor(m, loc.mentions, index.pools, q.answerBare, after).filter(
    (d) =>
      [d.ar, ...d.forms].every((f) => !containsWords(q.sentence, f)) &&
      (!input.bilingual || d.en !== undefined)
  );
  const context = {
    bilingual: input.bilingual,
    articleNormalized: index.articleNormalized,
    nouns,
    sentences
  };
  const scored = (on: Question, made: Candidate[]) =>
    made.map((c) => withScore(c, on, scores, all.length));
  return [
    ...(typeof blank === 'string'
      ? []
      : scored(blank, [clozeItem(blank), ...mcqItem(blank, all, reject)])),
    ...(typeof statement === 'string'
      ? []
      : scored(statement, statementItems(statement, all, context, reject)))
  ];
}

/**
 * A statement that leans on an earlier sentence («هذه الادعاءات»، «المعسكر الثاني») cannot be
 * judged true or false on its own: refused (a blank in it is only scored down).
 */
function standalone(statement: Question | string): Question | string {
  return typeof statement !== 'string' && leansOnContext(statement.ar.text)
    ? 'a statement that leans on an earlier sentence'
    : statement;
}

/** The candidate with its score (`score.ts`) in its provenance. */
function withScore(c: Candidate, q: Question, ctx: ScoreContext, options: number): Candidate {
  const extra: [string, number][] =
    c.item.type === 'mcq' && options >= 5
      ? [['5+ wrong options of its kind', WEIGHTS.options]]
      : [];
  const s = scoreItem(q, c.item.type, ctx, extra);
  return {
    ...c,
    meta: {
      ...c.meta,
      provenance: {
        ...q.provenance,
        score: s.total,
        features: s.features,
        omnipresent: isOmnipresent(q, ctx)
      }
    }
  };
}

/** The question on mention `m` in a prompt of this shape, or why none can be made. */
function question(
  input: GenerateInput,
  index: MentionIndex,
  loc: Located,
  m: Mention,
  shape: PromptShape
): Question | string {
  const entity = m.entityId === undefined ? undefined : index.byId.get(m.entityId);
  const ar = arabicPrompt(loc, m, entity, shape);
  if (typeof ar === 'string') {
    return ar;
  }
  const en = englishPrompt(index, input.bilingual, loc, m, ar);
  if (typeof en === 'string') {
    return en;
  }
  return describeQuestion(input.slug, input.topicFor(loc.paragraph), index, loc, m, ar, en.en);
}
