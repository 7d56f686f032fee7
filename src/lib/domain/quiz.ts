import { gradeTypedAnswer, type Verdict } from './answers';
import { ITEM_TYPES, type Item, type ItemType, type Lang } from './bank';
import {
  type Grade,
  type QuizAnswer,
  type QuizPlan,
  type QuizQuestion,
  type QuizSettings
} from './records';
import { acceptedAnswers, paragraphNumber } from './deck';
import { hashString, seededRandom, shuffled, type Random } from './random';

export {
  QUIZ_CONTENT_LANGS,
  QUIZ_FEEDBACK,
  QUIZ_LENGTHS,
  QUIZ_SETTINGS_RANGE,
  QUIZ_TIMER_CHOICES,
  type QuizAnswer,
  type QuizLength,
  type QuizPlan,
  type QuizQuestion,
  type QuizSettings
} from './records';
export { DEFAULT_QUIZ_SETTINGS, mergeQuizSettings } from './settings-schema';

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Items that the settings' filters let through (before siblings are thinned out). */
export function eligibleItems(items: readonly Item[], settings: QuizSettings): Item[] {
  const topics = new Set(settings.topics);
  const types = new Set(settings.types);
  const range = settings.paragraphs;
  return items.filter((item) => {
    if (settings.course !== undefined && item.article !== settings.course) return false;
    if (topics.size > 0 && !topics.has(item.topic)) return false;
    if (types.size > 0 && !types.has(item.type)) return false;
    if (range !== null) {
      const p = paragraphNumber(item);
      if (p < range.from || p > range.to) return false;
    }
    return true;
  });
}

// A plain copy (not structuredClone, which refuses the proxies of Svelte's $state).
const copySettings = (s: QuizSettings): QuizSettings => ({
  ...s,
  topics: [...s.topics],
  types: [...s.types],
  paragraphs: s.paragraphs && { from: s.paragraphs.from, to: s.paragraphs.to }
});

/** A shuffled order of 0…n-1 that is not 0…n-1 itself (when n > 1). */
function scrambledOrder(n: number, random: Random): number[] {
  const order = shuffled(
    Array.from({ length: n }, (_, i) => i),
    random
  );
  if (n > 1 && order.every((v, i) => v === i)) {
    // Rotating by one keeps the plan deterministic without drawing again.
    order.push(order.shift() as number);
  }
  return order;
}

/**
 * The display orders of one item in a quiz of `seed`: options shuffled, the right-hand side of a
 * matching item and the events of an ordering item scrambled (never already in place).
 */
export function questionFor(item: Item, seed: number): QuizQuestion {
  // Each item draws from its own stream, so its display order does not depend on which other
  // items the filters happened to pick.
  const random = seededRandom(hashString(`${seed}:${item.id}`));
  const indexes = (n: number) => Array.from({ length: n }, (_, i) => i);
  switch (item.type) {
    case 'mcq':
      return { itemId: item.id, choiceOrder: shuffled(indexes(item.options.length), random) };
    case 'matching':
      return { itemId: item.id, rightOrder: scrambledOrder(item.pairs.length, random) };
    case 'ordering':
      return { itemId: item.id, startOrder: scrambledOrder(item.sequence.length, random) };
    default:
      return { itemId: item.id };
  }
}

/**
 * Builds a quiz, deterministically: sorting the items by id first means that the order the bank
 * lists them in does not matter, and all randomness comes from `seed`.
 *
 * Items pass the topic, type and paragraph filters; one item is kept per `sibling` group (drawn at
 * random); then questions are picked one at a time, each the first in a seeded shuffle among the
 * candidates whose topic, and then type, has been used least so far; the last questions go to the
 * types not asked yet, so that every type chosen is asked when the quiz is long enough (a quiz of
 * matching and ordering has both). The quiz thus spreads over the topics and types on offer, and
 * consecutive questions rarely share a topic. `length: 'all'` takes every item left after the
 * sibling rule; a smaller pool than `length` gives a shorter quiz.
 */
export function buildQuiz(items: readonly Item[], settings: QuizSettings, seed: number): QuizPlan {
  const random = seededRandom(seed);
  const sorted = eligibleItems(items, settings).sort((a, b) => byCodePoint(a.id, b.id));
  const seenSiblings = new Set<string>();
  const pool: Item[] = [];
  for (const item of shuffled(sorted, random)) {
    if (seenSiblings.has(item.sibling)) continue;
    seenSiblings.add(item.sibling);
    pool.push(item);
  }
  const wanted = settings.length === 'all' ? pool.length : Math.min(settings.length, pool.length);
  const topicUse = new Map<string, number>();
  const typeUse = new Map<string, number>();
  const chosen: Item[] = [];
  while (chosen.length < wanted) {
    // A type chosen and not asked yet is asked while there is room for every such type.
    const missing = new Set(pool.map((i) => i.type).filter((t) => !typeUse.has(t)));
    const onlyMissing = missing.size >= wanted - chosen.length;
    let best = 0;
    let bestKey: [number, number] = [Infinity, Infinity];
    pool.forEach((item, i) => {
      if (onlyMissing && !missing.has(item.type)) return;
      const key: [number, number] = [topicUse.get(item.topic) ?? 0, typeUse.get(item.type) ?? 0];
      if (key[0] < bestKey[0] || (key[0] === bestKey[0] && key[1] < bestKey[1])) {
        best = i;
        bestKey = key;
      }
    });
    const [item] = pool.splice(best, 1) as [Item];
    chosen.push(item);
    topicUse.set(item.topic, bestKey[0] + 1);
    typeUse.set(item.type, bestKey[1] + 1);
  }
  return {
    seed,
    settings: copySettings(settings),
    questions: chosen.map((item) => questionFor(item, seed))
  };
}

/**
 * The display orders of an item on a flashcard: options as stored (keys 1–4 pick them in that
 * order, as the back lists them), matching and ordering scrambled the same way every time.
 */
export function studyQuestion(item: Item): QuizQuestion {
  const question = questionFor(item, 0);
  delete question.choiceOrder;
  return question;
}

/** What the student answered; indexes always refer to the item as stored, not to display order. */
export interface AnswerCheck {
  verdict: Verdict;
  /** 0…1: partial credit for matching and ordering, otherwise 0 or 1 (a typo scores 1). */
  score: number;
}

const WRONG: AnswerCheck = { verdict: 'wrong', score: 0 };
const right = (yes: boolean): AnswerCheck => (yes ? { verdict: 'correct', score: 1 } : WRONG);

function shareRight(n: number, isRight: (i: number) => boolean): AnswerCheck {
  let hits = 0;
  for (let i = 0; i < n; i++) if (isRight(i)) hits++;
  return { verdict: hits === n ? 'correct' : 'wrong', score: n === 0 ? 0 : hits / n };
}

/**
 * Checks one answer. mcq and true/false: right or wrong. Cloze and short: {@link gradeTypedAnswer}
 * against the accepted answers in `lang` (Arabic when the item has no English); a typo counts as
 * right (score 1, verdict `typo`). Matching: the share of left items given their own right item;
 * ordering: the share of positions holding the right item; either is `correct` only when all are
 * right. A skip, or an answer of the wrong kind for the item, is wrong.
 */
export function checkAnswer(item: Item, answer: QuizAnswer, lang: Lang): AnswerCheck {
  switch (item.type) {
    case 'mcq':
      return answer.kind === 'choice' ? right(answer.index === item.answer) : WRONG;
    case 'truefalse':
      return answer.kind === 'bool' ? right(answer.value === item.answer) : WRONG;
    case 'cloze':
    case 'short': {
      if (answer.kind !== 'text') return WRONG;
      const verdict = gradeTypedAnswer(answer.value, acceptedAnswers(item, lang));
      return { verdict, score: verdict === 'wrong' ? 0 : 1 };
    }
    case 'matching':
      if (answer.kind !== 'pairs') return WRONG;
      return shareRight(item.pairs.length, (i) => answer.rightFor[i] === i);
    case 'ordering':
      if (answer.kind !== 'order') return WRONG;
      return shareRight(item.sequence.length, (i) => answer.order[i] === i);
  }
}

/**
 * The right answer to an item as an answer would carry it, so that one view shows both what the
 * student answered and what was right. Typed answers take the text in `lang` (Arabic when the item
 * has no English).
 */
export function rightAnswer(item: Item, lang: Lang): QuizAnswer {
  switch (item.type) {
    case 'mcq':
      return { kind: 'choice', index: item.answer };
    case 'truefalse':
      return { kind: 'bool', value: item.answer };
    case 'cloze':
    case 'short':
      return { kind: 'text', value: acceptedAnswers(item, lang)[0]! };
    case 'matching':
      return { kind: 'pairs', rightFor: item.pairs.map((_, i) => i) };
    case 'ordering':
      return { kind: 'order', order: item.sequence.map((_, i) => i) };
  }
}

export interface ScoreLine {
  score: number;
  total: number;
}

export interface QuizResult {
  /** The sum of the questions' scores. */
  score: number;
  /** The number of questions scored. */
  total: number;
  byTopic: Record<string, ScoreLine>;
  /** Every item type, with zeros for those not in the quiz. */
  byType: Record<ItemType, ScoreLine>;
  /** Questions answered wrong (partly right included), unanswered ones too; never a typo. */
  mistakes: { index: number; itemId: string; verdict: Verdict; score: number }[];
  /** Questions whose typed answer was accepted with a typo: right, shown with the right spelling. */
  typos: { index: number; itemId: string }[];
  /**
   * One check per question of the plan; null for a question whose item is no longer in the bank
   * (it counts in no total).
   */
  checks: (AnswerCheck | null)[];
}

/**
 * Scores a quiz. `answers[i]` answers `plan.questions[i]`; a missing answer counts as skipped.
 * Per-question scores are summed, overall, per topic and per item type.
 */
export function scoreQuiz(
  plan: QuizPlan,
  items: ReadonlyMap<string, Item>,
  answers: readonly (QuizAnswer | undefined)[],
  lang: Lang
): QuizResult {
  const byType = Object.fromEntries(ITEM_TYPES.map((t) => [t, { score: 0, total: 0 }])) as Record<
    ItemType,
    ScoreLine
  >;
  // A Map, so that no topic id can collide with a property of Object.prototype.
  const byTopic = new Map<string, ScoreLine>();
  const result: QuizResult = {
    score: 0,
    total: 0,
    byTopic: {},
    byType,
    mistakes: [],
    typos: [],
    checks: []
  };
  plan.questions.forEach((question, index) => {
    const item = items.get(question.itemId);
    if (item === undefined) {
      result.checks.push(null);
      return;
    }
    const check = checkAnswer(item, answers[index] ?? { kind: 'skip' }, lang);
    result.checks.push(check);
    result.score += check.score;
    result.total += 1;
    let topic = byTopic.get(item.topic);
    if (topic === undefined) {
      topic = { score: 0, total: 0 };
      byTopic.set(item.topic, topic);
    }
    topic.score += check.score;
    topic.total += 1;
    byType[item.type].score += check.score;
    byType[item.type].total += 1;
    if (check.verdict === 'wrong') {
      result.mistakes.push({ index, itemId: item.id, verdict: check.verdict, score: check.score });
    } else if (check.verdict === 'typo') {
      result.typos.push({ index, itemId: item.id });
    }
  });
  result.byTopic = Object.fromEntries(byTopic);
  return result;
}

/**
 * The grade a checked answer gives (or, on a flashcard, suggests for) the item's card: wrong →
 * Again, typo → Hard, correct → Good. The one mapping from verdict to grade, for study and quiz.
 */
export function schedulerGrade(verdict: Verdict): Grade {
  return verdict === 'wrong' ? 1 : verdict === 'typo' ? 2 : 3;
}
