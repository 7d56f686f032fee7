import { normalizeAnswer } from '../src/lib/domain/answers';
import type { Item } from '../src/lib/domain/bank';
import { shuffled } from '../src/lib/domain/random';
import { BLANK } from './arabic';
import type { Distractor } from './distractors';
import { generatedId } from './ids';
import { withEn, type Question } from './question';
import type { Candidate } from './types';
import { replaceAt, seededRandom } from './util';

/** A rejected candidate: its type and why. */
export type Reject = (type: Item['type'], reason: string) => void;

/** Cloze: the article stays outside the blank in English («the ____ confirmed»). */
export function clozeItem(q: Question): Candidate {
  return {
    item: {
      ...q.base('cloze'),
      difficulty: q.recall,
      prompt: withEn(q.ar.prompt, q.promptEnCloze),
      type: 'cloze',
      answer: withEn(q.answer, q.answerBare),
      accept: q.accept
    },
    meta: { answerKind: q.kind, provenance: q.provenance }
  };
}

/** Multiple choice: in English the blank takes the article, each option its own. */
export function mcqItem(q: Question, all: readonly Distractor[], reject: Reject): Candidate[] {
  if (all.length < 3) {
    reject('mcq', `fewer than 3 wrong options of kind ${q.kind}`);
    return [];
  }
  const mcq = q.base('mcq');
  const wrong = shuffled(all, seededRandom(`${mcq.id}:options`)).slice(0, 3);
  const right: Distractor = {
    ar: q.answer,
    ...(q.answerInText === undefined ? {} : { en: q.answerInText }),
    kind: q.kind,
    forms: []
  };
  const options = shuffled([right, ...wrong], seededRandom(mcq.id));
  const item: Item = {
    ...mcq,
    difficulty: q.choice,
    prompt: withEn(
      q.ar.prompt,
      q.en === undefined || q.slot === undefined
        ? undefined
        : replaceAt(q.en.text, q.slot.from, q.slot.end, BLANK)
    ),
    type: 'mcq',
    options: options.map((o) =>
      withEn(o.ar, o === right || o.en === undefined ? o.en : q.inSlot(o.en))
    ),
    answer: options.indexOf(right)
  };
  const meta = {
    answerKind: q.kind,
    options: options.map((o) => ({ kind: o.kind, forms: o.forms })),
    provenance: q.provenance
  };
  return [{ item, meta }];
}

/**
 * True/false: the sentence (or clause) as written… but not a bare attribution («تقول فلانة من
 * معهد كذا» cut before her quotation), which states nothing; and, when it can be made, a false
 * statement.
 */
export function statementItems(
  q: Question,
  all: readonly Distractor[],
  context: { bilingual: boolean; articleNormalized: string },
  reject: Reject
): Candidate[] {
  const attributionOnly = /^\s*:/u.test(q.sentence.slice(q.ar.window.end));
  if (attributionOnly) {
    reject('truefalse', 'the clause is only the attribution of a quotation');
    return [];
  }
  const trueItem: Candidate = {
    item: {
      ...q.base('truefalse'),
      difficulty: q.choice,
      prompt: withEn(q.ar.text, q.en?.text),
      explanation: withEn(
        `العبارة صحيحة. جاء في المقال: «${q.ar.text}»`,
        q.en === undefined ? undefined : `True. The article says: “${q.en.text}”`
      ),
      type: 'truefalse',
      answer: true
    },
    meta: { answerKind: q.kind, provenance: q.provenance }
  };
  const falseItem = falseStatement(q, all, context, reject);
  return falseItem === undefined ? [trueItem] : [trueItem, falseItem];
}

/** …the mention swapped for a distractor that agrees with the rest of the sentence. */
function falseStatement(
  q: Question,
  all: readonly Distractor[],
  { bilingual, articleNormalized }: { bilingual: boolean; articleNormalized: string },
  reject: Reject
): Candidate | undefined {
  if (all.length === 0 || q.m.merged) {
    reject('truefalse', 'nothing to swap the answer for');
    return undefined;
  }
  const tfId = generatedId(q.slug, q.paragraph, 'truefalse', q.answer);
  const swap = shuffled(all, seededRandom(tfId))[0] as Distractor;
  // «ل» + «الإمارات» is written «للإمارات».
  const swapAr = /ل$/u.test(q.m.prefix) && swap.ar.startsWith('ال') ? swap.ar.slice(1) : swap.ar;
  const statementAr = replaceAt(q.ar.text, q.ar.blankStart, q.ar.blankEnd, swapAr);
  const swapEn = swap.en === undefined ? undefined : q.inSlot(swap.en);
  const statementEn =
    q.en === undefined || q.slot === undefined || swapEn === undefined
      ? undefined
      : replaceAt(q.en.text, q.slot.from, q.slot.end, swapEn);
  if (bilingual && statementEn === undefined) {
    reject('truefalse', 'no English for the swapped statement');
    return undefined;
  }
  if (articleNormalized.includes(normalizeAnswer(statementAr))) {
    reject('truefalse', 'the false statement occurs in the article');
    return undefined;
  }
  return {
    item: {
      ...q.base('truefalse'),
      difficulty: q.choice,
      prompt: withEn(statementAr, statementEn),
      explanation: falseExplanation(q, swap, swapEn),
      type: 'truefalse',
      answer: false
    },
    meta: { answerKind: q.kind, provenance: q.provenance }
  };
}

function falseExplanation(q: Question, swap: Distractor, swapEn: string | undefined) {
  const plain = (s: string | undefined) =>
    s === undefined ? '' : q.named ? q.articles.inText(s) : s;
  return withEn(
    `العبارة خاطئة: يذكر المقال «${q.answer}» وليس «${swap.ar}». جاء فيه: «${q.ar.text}»`,
    q.en === undefined || swapEn === undefined
      ? undefined
      : `False: the article says ${plain(q.answerBare)}, not ${plain(swap.en)}. It says: “${q.en.text}”`
  );
}
