import { stripMarks } from '../src/lib/domain/answers';
import { ARABIC_MONTHS } from './dates';

/**
 * Wrong values for a number the article gives: the same unit (whatever follows the number stays
 * in the question), the same order of magnitude, rounded as the answer is rounded, and in the
 * same counting class, so that the counted noun after it still agrees («61 متراً» never becomes
 * «102 متراً»; «8 ملايين» never «12 ملايين»).
 */

// Multiples of the answer, most plausible first: 450 → 300, 600, 750.
const FACTORS = [2 / 3, 4 / 3, 5 / 3, 1 / 2, 3 / 2, 3 / 4, 5 / 4, 2];
// A measure to the hundredth («55.21 ثانية»، «10.92 متر»): a time or a distance, offered close
// to it (36.81 seconds is no time of a 400-metre runner beside 55.21).
const CLOSE_FACTORS = [0.9, 1.1, 0.95, 1.05, 0.85, 1.15, 0.8, 1.2];

/** Scale words after a number: the counted noun is then the scale word itself. */
const SCALE = /^(?:ألف|آلاف|ألفا|مليون|ملايين|مليونا|مليار|مليارات|مليارا|بليون|تريليون)/u;
const PERCENT = /^(?:%|٪|في\s*المئة|في\s*المائة|بالمئة|بالمائة)/u;

/**
 * The counting class of a whole number in Arabic, which decides the form of the noun after it:
 * 1–2, 3–10 (a genitive plural), 11–99 (an accusative singular), a round hundred or thousand (a
 * genitive singular); a compound number counts by its last part (103 is «few», 111 «many»), a
 * fraction by its whole part.
 */
export function countingClass(n: number): 'one-two' | 'few' | 'many' | 'hundreds' | 'fraction' {
  // «4.5 ملايين» counts as 4 does; below 3 a fraction takes a singular of its own («1.5 مليون»).
  if (!Number.isInteger(n)) {
    return n < 3 ? 'fraction' : countingClass(Math.floor(n));
  }
  const r = n % 100;
  if (r === 0) {
    return n === 0 ? 'many' : 'hundreds';
  }
  return r <= 2 ? 'one-two' : r <= 10 ? 'few' : 'many';
}

/** Whether the noun after `a` also fits `b`: before a scale word, «many» and «hundreds» agree. */
function sameClass(a: number, b: number, scaled: boolean): boolean {
  const x = countingClass(a);
  const y = countingClass(b);
  const fold = (c: string) => (scaled && c === 'hundreds' ? 'many' : c);
  return fold(x) === fold(y);
}

/** The rounding the answer shows (its wrong options keep it; a quarter never beside a whole number): 450 → 10, 1200 → 100, 61 → 1, 1.5 → 0.5, 21.25 → 0.25, 33.7 → 0.1. */
export function granularity(value: number): number {
  if (!Number.isInteger(value)) {
    // A half stays a half: 4.5 → 3, 6, 7.5 rather than 2.3 or 6.8.
    if (Number.isInteger(value * 2)) {
      return 0.5;
    }
    if (Number.isInteger(value * 4)) {
      return 0.25;
    }
    const decimals = String(value).split('.')[1]?.length ?? 1;
    return 10 ** -decimals;
  }
  let g = 1;
  while (value % (g * 10) === 0 && g * 10 < value) {
    g *= 10;
  }
  // «بين 25 دولارًا و150»: a value in fives is offered others in fives (25 among 17, 19 and 42
  // stands out as the one a writer would round to).
  return g === 1 && value >= 15 && value % 5 === 0 ? 5 : g;
}

const DEGREES = /^درج(?:ة|ات|تين)(?:\s+(?:مئوية|حرارة))?(?![\p{L}])/u;
const DEGREE_STEPS = [-4, 3, -7, 6, -2, 5, -9];
// «محمود السيد (52 عامًا)»: a person's age, offered a few years off (26 is no father of a girl
// of nine, 85 no working driver).
const AGE = /^(?:عاما|عام|سنة|سنوات|أعوام)\s*\)/u;
const AGE_STEPS = [-7, 6, 11, -12, 4, -4, 9];

/** Whether the text after a number makes it a person's age in brackets: «(51 عامًا)». */
export const isAge = (after: string): boolean => AGE.test(stripMarks(after).trim());

const ADULT = 18;
// «البالغة 19 عامًا»، «وعمره 45 سنة»: an age said in words before the number.
const AGED =
  /(?:^|\s)(?:[وف]?(?:البالغ|البالغة|البالغين|البالغات)|[وف]?عمر(?:ه|ها|هم)|من العمر)\s*$/u;
const YEARS = /^(?:عاما|عام|سنة|سنوات|أعوام)(?![\p{L}])/u;

/** Whether the number between `before` and `after` is a person's age, in brackets or in words. */
export const agedNumber = (before: string, after: string): boolean =>
  isAge(after) ||
  (AGED.test(stripMarks(before).trimEnd()) && YEARS.test(stripMarks(after).trim())) ||
  // «كان يوسف بن علي الهنائي، 22 عامًا، يلمّع…»: an age set between commas after a name.
  (/[،,]\s*$/u.test(before) && APPOSED_AGE.test(stripMarks(after).trim()));
const APPOSED_AGE = /^(?:عاما|عام|سنة)\s*[،,]/u;

/**
 * Up to `count` wrong values for `value`, best first. `after` is the text that follows the number
 * in the sentence: it gives the unit (a percentage stays at most 100) and the counted noun.
 */
export function numberOptions(value: number, after: string, count = 3, age = false): number[] {
  const next = stripMarks(after).trim();
  const aged = age || isAge(next);
  const scaled = SCALE.test(next);
  const percent = PERCENT.test(next);
  // A bare number before punctuation or at the end counts nothing: any class will do.
  const lastDay = daysIn(next);
  const counted = /^[\p{L}]/u.test(next) && !percent && lastDay === undefined;
  // «51 درجة مئوية»: a temperature is offered a few degrees off (68 °C is no air temperature).
  const steps = DEGREES.test(next)
    ? DEGREE_STEPS
    : aged
      ? AGE_STEPS
      : lastDay !== undefined
        ? DAY_STEPS
        : undefined;
  const g = steps ? Math.min(granularity(value), 1) : granularity(value);
  // «1.2 مليون درهم»: no «0.6 مليون» beside it (that is «600 ألف»), so values close to it.
  const overOne = scaled && value >= 1;
  const factors =
    g <= 0.01 ? CLOSE_FACTORS : overOne && value < 2 ? [...CLOSE_FACTORS, ...FACTORS] : FACTORS;
  const out: number[] = [];
  for (const raw of steps ? steps.map((d) => value + d) : factors.map((f) => value * f)) {
    const v = Math.round(raw / g) * g;
    const clean = Number(v.toFixed(6));
    if (
      clean <= 0 ||
      (overOne && clean < 1) ||
      clean === value ||
      // 21.25 among 16 and 32: a round value beside a quarter stands out.
      (g < 0.5 && Number.isInteger(clean)) ||
      out.includes(clean) ||
      // 216 for 162: the answer's digits in another order.
      sameDigits(clean, value) ||
      // («نحو 100 في المئة» is all of it, no figure a reader weighs against 60.)
      (percent && (clean > 100 || (clean === 100 && value < 100))) ||
      // «حارسة المرمى، البالغة 19 عامًا»: an adult's age among adults' (no goalkeeper of 13).
      (aged && value >= ADULT && clean < ADULT) ||
      // «في ____ فبراير»: a day of that month (no «30 فبراير»).
      (lastDay !== undefined && (clean > lastDay || !Number.isInteger(clean))) ||
      (counted && !sameClass(value, clean, scaled))
    ) {
      continue;
    }
    out.push(clean);
    if (out.length === count) {
      break;
    }
  }
  return out;
}

// A day of a month is offered whole weeks off first, so that a weekday before it («الأحد 21
// أيلول») stays true of each option, then a few days off.
const DAY_STEPS = [7, -7, 14, -14, 21, -21, 3, -3, 10, -10];
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The days of the month whose name `next` opens on («فبراير الجاري» → 28), or undefined. */
function daysIn(next: string): number | undefined {
  const month = ARABIC_MONTHS.findIndex((names) =>
    names.some((n) => new RegExp(`^${n}(?![\\p{L}])`, 'u').test(next))
  );
  return month < 0 ? undefined : MONTH_DAYS[month];
}

/** Whether two numbers of three digits or more have the same digits in another order. */
function sameDigits(a: number, b: number): boolean {
  const digits = (n: number) => [...String(n).replace(/\D/gu, '')].sort().join('');
  return String(a).replace(/\D/gu, '').length >= 3 && digits(a) === digits(b);
}

// A goal stated before the figure: «رفع التغطية إلى 95 في المئة»، «تهدف إلى بلوغ 90 في المئة».
const GOAL =
  /(?:^|\s)[وف]?(?:تسعى|يسعى|تهدف|يهدف|هدف|هدفها|هدفه|الهدف|رفع|لرفع|برفع|بلوغ|لبلوغ|الوصول|للوصول|تحقيق|لتحقيق)(?=\s|$)/u;

// «على مدار 24 ساعة»: the hours of a day, the days of a week or a year, the months of a year.
const CLOCK: [number, RegExp][] = [
  [24, /^ساعة(?![\p{L}])/u],
  [7, /^أيام(?![\p{L}])/u],
  [365, /^يوما(?![\p{L}])/u],
  [12, /^شهرا(?![\p{L}])/u]
];

/**
 * A round benchmark a student knows without the article: the hours of a day and its kind
 * (`CLOCK`), a percentage of 50 or 100 («نصف»، «كل»), or a goal of 90 or 95 per cent and more
 * (the usual coverage or quality target). Never an answer, nor the figure a true/false statement
 * turns on.
 */
export function benchmarkFigure(value: number, before: string, after: string): boolean {
  if (CLOCK.some(([n, unit]) => n === value && unit.test(stripMarks(after).trim()))) {
    return true;
  }
  if (!PERCENT.test(stripMarks(after).trim())) {
    return false;
  }
  if (value === 50 || value === 100) {
    return true;
  }
  return (
    value >= 90 &&
    value % 5 === 0 &&
    GOAL.test(
      stripMarks(before)
        .split(/[.،,؛]/u)
        .at(-1) ?? ''
    )
  );
}

// ------------------------------------------------------------------------------------------------
// Numbers written as words

/** 3–10 before a masculine noun («ستة أشهر») and before a feminine one («ست سنوات»). */
const WORDS_MASCULINE_NOUN = ['ثلاثة', 'أربعة', 'خمسة', 'ستة', 'سبعة', 'ثمانية', 'تسعة', 'عشرة'];
const WORDS_FEMININE_NOUN = ['ثلاث', 'أربع', 'خمس', 'ست', 'سبع', 'ثماني', 'تسع', 'عشر'];
const FIRST_WORD_VALUE = 3;

/** A noun counted in the dual («سنتين»): its singular, its plural after 3–10, its gender. */
interface DualNoun {
  singular: string;
  plural: string;
  masculine: boolean;
}

/** The units a count of two is written with in one word, by the dual's stem (before «ين/ان»). */
const DUALS: Record<string, DualNoun> = {
  سنت: { singular: 'سنة', plural: 'سنوات', masculine: false },
  عام: { singular: 'عام', plural: 'أعوام', masculine: true },
  شهر: { singular: 'شهر', plural: 'أشهر', masculine: true },
  يوم: { singular: 'يوم', plural: 'أيام', masculine: true },
  أسبوع: { singular: 'أسبوع', plural: 'أسابيع', masculine: true },
  عقد: { singular: 'عقد', plural: 'عقود', masculine: true },
  ساعت: { singular: 'ساعة', plural: 'ساعات', masculine: false },
  دقيقت: { singular: 'دقيقة', plural: 'دقائق', masculine: false },
  درجت: { singular: 'درجة', plural: 'درجات', masculine: false },
  مرت: { singular: 'مرة', plural: 'مرات', masculine: false }
};

/** «سنتين»، «شهران»: the noun a one-word count of two is made of, or undefined. */
export function dualNoun(word: string): DualNoun | undefined {
  const m = /^(.+)(?:ين|ان)$/u.exec(stripMarks(word));
  return m === null ? undefined : DUALS[m[1] ?? ''];
}

/** A one-word count of two («سنتين»), clitics in group 1: not after «ال» nor a letter. */
export const DUAL_RE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])([وف]?[بل]?)((?:${Object.keys(DUALS).join('|')})(?:ين|ان))(?![\\p{L}\\p{M}])`,
  'gu'
);

/**
 * A number from 3 to 10 written as a word, read as its value and the form it takes (the «ة» form
 * counts a masculine noun), or a count of two in one word («سنتين»); undefined for anything else.
 */
export function numberWord(word: string): { value: number; masculineNoun: boolean } | undefined {
  const w = stripMarks(word).replace(/ى$/u, 'ي');
  const m = WORDS_MASCULINE_NOUN.indexOf(w);
  if (m >= 0) return { value: m + FIRST_WORD_VALUE, masculineNoun: true };
  const f = WORDS_FEMININE_NOUN.indexOf(w);
  if (f >= 0) return { value: f + FIRST_WORD_VALUE, masculineNoun: false };
  const dual = dualNoun(w);
  return dual === undefined ? undefined : { value: 2, masculineNoun: dual.masculine };
}

/**
 * `value` (3–10) written as a word of the same form as `like`, or undefined. Where `like` is a
 * count of two in one word, the noun comes too: 1 → «سنة واحدة», 4 → «أربع سنوات».
 */
export function numberInWords(value: number, like: string): string | undefined {
  const form = numberWord(like);
  if (form === undefined) return undefined;
  const words = form.masculineNoun ? WORDS_MASCULINE_NOUN : WORDS_FEMININE_NOUN;
  const dual = dualNoun(like);
  if (dual === undefined) return words[value - FIRST_WORD_VALUE];
  if (value === 1) return `${dual.singular} ${dual.masculine ? 'واحد' : 'واحدة'}`;
  const word = words[value - FIRST_WORD_VALUE];
  return word === undefined ? undefined : `${word} ${dual.plural}`;
}

/** The wrong values a count of two is offered among: one, and a few (3–10 take the plural). */
export const DUAL_OPTIONS = [1, 4, 3, 6, 5];

/**
 * A number word from 3 to 10 before the noun it counts (an indefinite word: «ستة أشهر»،
 * «أربعة أسابيع»), its clitics in group 1. Not the first part of «ثلاث عشرة» (13) nor of a
 * fraction or a verb before a definite noun («خمس السكان»، «تسع القاعة»), nor after «اثني» or
 * another number word.
 */
// Each letter may carry its marks, as an article may write «تسعِ دول»، «ستِّ قاعات».
const MARKED = (word: string) => [...word].map((c) => `${c}[\\u064B-\\u0652\\u0670]*`).join('');
const ALL_WORDS = [...WORDS_MASCULINE_NOUN, ...WORDS_FEMININE_NOUN].map(MARKED).join('|');
export const NUMBER_WORD_RE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}])(?<!(?:اثني|اثنتي|إحدى|أحد|${ALL_WORDS})\\s)([وفبل]?)(${ALL_WORDS})(?=[\\u064B-\\u0652]*\\s+(?!ال|عشر|عشرة|و\\S+(?:ون|ين)(?![\\p{L}])|[\\p{N}])[\\p{L}])`,
  'gu'
);
