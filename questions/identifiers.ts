import { latinDigits, normalizeSearch } from '../src/lib/domain/answers';
import { findDates } from './dates';
import type { Mention } from './entities';
import { verbLike } from './fragments';

/**
 * Numbers that are not quantities: parts of a name, code or model number («WASP-39b», «SMACS
 * 0723», «أريان 5»), scores («4-1»), and the ends of a range («من 2019 إلى 2021», «بين 3 و5»).
 * A blank never cuts one, and a false statement never changes one.
 */

const DIGIT = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
// Joined to a letter, a hyphen, a slash, a colon or a dot next to a digit: «WASP-39b», «4-1», «3/4».
const GLUED_BEFORE = new RegExp(`(?:[A-Za-z]|${DIGIT}[-–/:.]|[-–/]|[A-Za-z][-–])$`, 'u');
const GLUED_AFTER = new RegExp(`^(?:[A-Za-z]|[-–/:.]${DIGIT}|[-–][A-Za-z])`, 'u');
// A Latin word right before: «SMACS 0723», «F 16».
const LATIN_BEFORE = /[A-Za-z][A-Za-z0-9]*\s+$/u;

// Words after which a number is a quantity or a date, never part of a name.
const QUANTITY_BEFORE = new Set(
  [
    'من',
    'في',
    'إلى',
    'على',
    'عن',
    'مع',
    'نحو',
    'حوالي',
    'قرابة',
    'زهاء',
    'دون',
    'العام',
    'عام',
    'سنة',
    'السنة',
    'منذ',
    'حتى',
    'بين',
    'و',
    'أو',
    'بلغ',
    'بلغت',
    'يبلغ',
    'تبلغ',
    'قدرتها',
    'قدرته',
    'يوم',
    'الساعة'
  ].map((w) => normalizeSearch(w))
);

// What may follow a model number: the end of the phrase, or a preposition or conjunction.
const NAME_END = /^\s*(?:$|[.،,؛;:)»"]|(?:من|في|إلى|على|عن|مع|عبر|و|أو|ثم)\s)/u;

function previousWord(text: string, start: number): string {
  return /(\S+)\s+$/u.exec(text.slice(0, start))?.[1] ?? '';
}

/** A whole number a writer of today would take for a year. */
export const inYearRange = (v: number): boolean => Number.isInteger(v) && v >= 1900 && v <= 2100;

function isYear(core: string): boolean {
  return /^\d{4}$/u.test(latinDigits(core)) && inYearRange(Number(latinDigits(core)));
}

// Inside a short name in guillemets: «لونغ مارش 2 دي»، «إيجيبت سات 1» (a quotation is longer).
const SHORT_TITLE_BEFORE = /«[^«»\s]+(?:\s+[^«»\s]+){0,2}\s*$/u;
const SHORT_TITLE_AFTER = /^\s*(?:[^«»\s]+\s*){0,2}»/u;

/**
 * Whether the number at [start, end) of `text` is part of an identifier: glued to letters or
 * another number, after a Latin word, or a model number after a name («صاروخ أريان 5 من…»: a
 * word that does not introduce a quantity, and nothing counted after the number).
 */
export function insideIdentifier(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start);
  const after = text.slice(end);
  if (
    GLUED_BEFORE.test(before) ||
    GLUED_AFTER.test(after) ||
    LATIN_BEFORE.test(before) ||
    (SHORT_TITLE_BEFORE.test(before) && SHORT_TITLE_AFTER.test(after))
  ) {
    return true;
  }
  const core = text.slice(start, end).replace(/^[وفبكل]/u, '');
  if (isYear(core) || !/\s$/u.test(before)) {
    return false;
  }
  const prev = previousWord(text, start).replace(/[«"(]/gu, '');
  const folded = normalizeSearch(prev);
  // «القانون رقم 3 لسنة 2018»: a number that names.
  if (/^[وب]?(?:ال)?رقم$/u.test(folded)) return true;
  // «بنسبة 40»، «لمدة 3»: a preposition before a measure; «للفورمولا 1» is before a name.
  const article =
    /^(?:لل|بال)/u.test(folded) && !QUANTITY_BEFORE.has(folded.replace(/^(?:ل|ب)/u, ''));
  const introduces =
    prev === '' ||
    QUANTITY_BEFORE.has(folded) ||
    (/^[بل]/u.test(folded) && !article) ||
    /[،,:؛]$/u.test(prev);
  // «80 من الطائرات» counts; «أريان 5 من غويانا» names.
  const partitive = /^\s*من\s+ال/u.test(after);
  // «الفورمولا 1 بلغت»: a verb right after, nothing counted.
  const verbAfter = article && verbLike(/^\s*(\S+)/u.exec(after)?.[1] ?? '');
  return !introduces && !partitive && /\p{L}/u.test(prev) && (NAME_END.test(after) || verbAfter);
}

/**
 * The range a number is one end of, as the span from its first number to its last
 * («2019 إلى 2021» in «من 2019 إلى 2021», «3 و5» in «بين 3 و5», «10 إلى 14» in «بعد 10 إلى 14 يومًا», «1980 و1988» in «بين عامي
 * 1980 و1988» or «بين عامَي», «خمسة وستة» in «بين خمسة وستة أسابيع»), or undefined.
 */
export function rangeAround(
  text: string,
  start: number,
  end: number
): { start: number; end: number } | undefined {
  // «بين خمسة وستة أسابيع»: counts of 3 to 10 in words are ends too.
  const n = `${DIGIT}+(?:[.,٫٬]${DIGIT}+)*|(?:ثلاث|أربع|خمس|ست|سبع|ثماني|ثمان|تسع|عشر)ة?(?![\\p{L}\\p{M}])`;
  const re = new RegExp(
    `(?:(?<=(?:^|\\s)(?:من|بعد|خلال|نحو|قرابة|حوالي)\\s+)(${n})\\s+(?:إلى|الى|حتى)\\s+(${n}))|(?:(?<=(?:^|\\s)بين\\s+(?:عام\\p{M}*ي\\p{M}*\\s+|العام\\p{M}*ين\\p{M}*\\s+)?)(${n})\\s+و\\s*(${n}))`,
    'gu'
  );
  for (const r of text.matchAll(re)) {
    const from = r.index;
    const to = from + r[0].length;
    if (start < to && end > from) {
      return { start: from, end: to };
    }
  }
  return undefined;
}

/**
 * «بين أكتوبر 2024 ومارس 2025»، «من مايو 2023 إلى يناير 2024»: the span of the two dates of a
 * range the date starting at `start` is one end of, or undefined.
 */
function dateRangeAround(text: string, start: number): { start: number; end: number } | undefined {
  const dates = findDates(text);
  for (const [i, a] of dates.entries()) {
    const b = dates[i + 1];
    if (b === undefined || (a.start !== start && b.start !== start)) continue;
    const joined = /^\s+(?:و|(?:إلى|الى|حتى)\s+)$/u.test(text.slice(a.end, b.start));
    if (joined && /(?:^|\s)(?:بين|من)\s+$/u.test(text.slice(0, a.start))) {
      return { start: a.start, end: b.end };
    }
  }
  return undefined;
}

// Bounds a changed number could still satisfy: «أكثر من 80» stays true as «أكثر من 40», «دون 230
// درجة تحت الصفر» as «دون 60».
const STRICT_BOUND =
  /(?:(?:أكثر|أقل|أزيد|أدنى|أعلى|يقل|تقل|يزيد|تزيد|يربو)\s+(?:من|عن|على)|(?:^|\s)(?:دون|تحت|فوق))\s*$/u;
// A verb of exceeding a few words before: «لا تتجاوز حصة الفرد السنوية 61»، «تجاوز عدد ضحاياها
// على مستوى البلاد تسعة آلاف».
const BOUND_VERB =
  /(?:^|\s)[وف]?(?:يتجاوز|تتجاوز|تجاوز|تجاوزت|يتخطى|تتخطى|تخطى|تخطت|يفوق|تفوق|فاق|فاقت|يتعدى|تتعدى|تعدى|تعدت)(?:\s+[^\s،,.؛;0-9٠-٩]+){0,6}\s*$/u;
const BOUND_AFTER =
  /^\s*\S*\s*(?:على\s+الأقل|على\s+الأكثر|كحد\s+أقصى|كحد\s+أدنى|أو\s+أكثر|أو\s+أقل|فأكثر)/u;
// Approximations: a change must be large to be false («نحو 700 ألف» is not «نحو 650 ألف»).
const APPROXIMATE =
  /(?:^|\s)[وب]?(?:نحو|حوالي|حوالى|قرابة|زهاء|تقريباً|ما\s+يقارب|ما\s+يناهز|يناهز|يقارب)\s*$/u;

/** How a number is bounded in its sentence: exact, approximate, or a bound (more/less than…). */
export function boundOf(text: string, start: number, end: number): 'exact' | 'about' | 'bound' {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 30);
  if (STRICT_BOUND.test(before) || BOUND_VERB.test(before) || BOUND_AFTER.test(after)) {
    return 'bound';
  }
  return APPROXIMATE.test(before) || /^\s*\S*\s*تقريباً/u.test(after) ? 'about' : 'exact';
}

/**
 * A number or year that is one end of a range, made the whole range («2019 إلى 2021»): a range
 * is blanked whole, asked once (from its first end), never split. Undefined for its second end.
 */
export function wholeRange(text: string, m: Mention): Mention | undefined {
  if (m.kind !== 'number' && m.kind !== 'year' && m.kind !== 'date') {
    return m;
  }
  const r =
    m.kind === 'date'
      ? dateRangeAround(text, m.start)
      : rangeAround(text, m.start + m.prefix.length, m.end);
  if (r === undefined) {
    return m;
  }
  if (m.start + m.prefix.length > r.start) {
    return undefined;
  }
  const core = text.slice(r.start, r.end);
  const range: Mention = { ...m, end: r.end, text: text.slice(m.start, r.end), core, form: core };
  delete range.value;
  delete range.iso;
  return range;
}
