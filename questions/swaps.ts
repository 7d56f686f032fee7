import { agreeCount, type CountedNouns } from './agreement';
import { BLANK } from './arabic';
import { ARABIC_MONTHS } from './dates';
import type { Distractor } from './distractors';
import { numberValue } from './entities';
import { arithmeticGivesNumber } from './gate';
import { boundOf } from './identifiers';
import { agedNumber, dualNoun, numberWord } from './numbers';
import type { Question } from './question';
import { officeBefore } from './score';
import { replaceAt } from './util';

/**
 * What makes a changed number a false statement that is really false and reads as naturally as
 * the true one: not a bound (a changed bound may stay true), an approximation changed by half or
 * double at least, a value a writer would write, and the counted noun in agreement with it.
 */

const SCORE = /\d+\s*[-–]\s*\d+/u;

function numeric(q: Question): boolean {
  return (
    (q.m.kind === 'number' || q.m.kind === 'year' || q.entity?.type === 'number') &&
    q.m.value !== undefined
  );
}

// Another date or a span of time: «ذروتها في ديسمبر وتتواصل إلى أواخر فيفري 2025», «بعد نحو
// عامين من إنشاء المركز عام 2022».
const TIME_ANCHOR = new RegExp(
  `(?:^|\\s)[وفبل]?(?:${ARABIC_MONTHS.flat().join('|')})(?![\\p{L}])|(?:^|\\s)[وفبل]?(?:ال)?(?:عام|سنة)\\s+[0-9٠-٩]{4}|(?:^|\\s)[وفبل]?(?:عامين|أعوام|سنتين|سنوات|شهرين|أشهر|أسبوعين|أسابيع|يومين|أيام)(?![\\p{L}])`,
  'u'
);

/** Whether a date or year is asked beside another date or a span, which tie it to the clause. */
function tiedDate(q: Question): boolean {
  if (q.kind !== 'year' && !q.kind.startsWith('date')) return false;
  const { text, blankStart, blankEnd } = q.ar;
  return TIME_ANCHOR.test(`${text.slice(0, blankStart)} ${text.slice(blankEnd)}`);
}

// A span of time and the year it counts from or to: «بعد نحو عامين من إنشاء المركز عام 2022».
const SPAN = /^(?:عامين|أعوام|عاما|عامًا|سنتين|سنوات|شهرين|أشهر|شهرا|أسبوعين|أسابيع|يومين|أيام)$/u;
const YEAR_ANCHOR = /(?<![\p{N}])(?:19|20)[0-9]{2}(?![\p{N}])/u;

/** Whether a span of time counts from a year the clause gives after it, which ties the two. */
function tiedSpan(q: Question): boolean {
  const { text, blankStart, blankEnd } = q.ar;
  const after = text.slice(blankEnd).trim().split(/\s+/u)[0] ?? '';
  const span = [text.slice(blankStart, blankEnd).trim().split(/\s+/u).at(-1) ?? '', after].some(
    (w) => SPAN.test(w.replace(/[^\p{L}\p{M}]+$/u, ''))
  );
  // The year it counts from comes after it («بعد عامين من إنشائه عام 2022», and the story's date
  // is the other end); a year before it ends the span («افتُتحت في أيار 2018 بعد سنتين من العمل»).
  return span && YEAR_ANCHOR.test(text.slice(blankEnd));
}

/** Why no number of this question may be swapped, whatever the value. */
const BODY_NATIONALITY = /^»?\s+ال\S+ي(?:ة|ه)(?=\s|[،,.]|$)/u;

export function swapRefusal(q: Question): string | undefined {
  if (tiedDate(q) || tiedSpan(q)) {
    return 'a date beside another date or a span of time: a changed one contradicts the clause';
  }
  if (!numeric(q)) {
    // «الرئيس الروسي زيلينسكي» is absurd, not a plausible misreading.
    if (q.kind.startsWith('person') && officeBefore(q.sentence.slice(0, q.m.start))) {
      return 'an office and its country name the person: another name there is absurd';
    }
    // «شركة «هانسونغ للهندسة» الكورية الجنوبية» → «شركة مصافي الجنوب الكورية الجنوبية»: the
    // body's adjective of country would describe another body.
    return q.kind.startsWith('organisation') && BODY_NATIONALITY.test(q.sentence.slice(q.m.end))
      ? 'a body with its adjective of country after it: another body there is misdescribed'
      : undefined;
  }
  // «من بين الخريجين علي حسن بزّي (35 عامًا)»، «كان يوسف الهنائي، 31 عامًا، يلمّع…»: false by an
  // aside alone, the claim still true.
  if (agedNumber(q.sentence.slice(0, q.m.start), q.sentence.slice(q.m.end))) {
    return 'a person’s age: a changed one leaves what the statement says true';
  }
  const start = q.m.start + q.m.prefix.length;
  if (boundOf(q.sentence, start, q.m.end) === 'bound') {
    return 'a bound («أكثر من»، «دون»، «على الأقل»…): a changed number could stay true';
  }
  if (SCORE.test(q.sentence)) {
    return 'a sentence with a score: a changed number would contradict it';
  }
  // «46 نقطة من 14 فوزًا وأربعة تعادلات»: the other figures work it out, and so find it changed.
  const { text, blankStart, blankEnd } = q.ar;
  if (
    arithmeticGivesNumber(`${text.slice(0, blankStart)}${BLANK}${text.slice(blankEnd)}`, q.answer)
  ) {
    return 'the other figures of the clause work the number out: a changed one would not add up';
  }
  return undefined;
}

/** A value a writer would write where `value` is: positive, with at most one decimal. */
function natural(value: number, to: number, after: string): boolean {
  if (!(to >= 1) || Math.round(to * 10) !== to * 10) {
    return false;
  }
  if (Number.isInteger(value) !== Number.isInteger(to) && to < 10) {
    return false;
  }
  return !(/^\s*(?:في\s+المئة|في\s+المائة|بالمئة|%|٪)/u.test(after) && to > 100);
}

/**
 * The Arabic statement with the answer swapped for `swap`, its counted noun in agreement, or
 * undefined when the swap would not read naturally or not be clearly false.
 */
export function swappedArabic(
  q: Question,
  swap: Distractor,
  swapAr: string,
  nouns: CountedNouns
): string | undefined {
  const text = replaceAt(q.ar.text, q.ar.blankStart, q.ar.blankEnd, swapAr);
  if (!numeric(q) || q.kind === 'year') {
    return text;
  }
  const value = q.m.value ?? 0;
  // «سنتين» → «أربع سنوات»: the swap brings its own noun, in agreement. A word («ثلاث») is
  // swapped for a word of its form («خمس»): its value is the distractor's, not digits.
  const dual = dualNoun(q.m.core) !== undefined;
  const word = numberWord(q.m.core) !== undefined;
  const to = dual || word ? (swap.value ?? NaN) : numberValue(swap.ar);
  const cut = q.ar.blankStart + swapAr.length;
  const after = text.slice(cut);
  if (!natural(value, to, after)) {
    return undefined;
  }
  const start = q.m.start + q.m.prefix.length;
  if (boundOf(q.sentence, start, q.m.end) === 'about' && to / value < 2 && value / to < 2) {
    return undefined;
  }
  if (dual) return text;
  const agreed = agreeCount(after, value, to, nouns);
  return agreed === undefined ? undefined : text.slice(0, cut) + agreed;
}
