import { latinDigits } from '../src/lib/domain/answers';
import { arabicPattern, WORD_CHAR } from './arabic';

/**
 * Month names by month (index 0 = January), one per system: Levantine/Iraqi, Egyptian/Gulf, the
 * Maghreb's («جانفي»، «أوت»; {@link MAGHREB}), Morocco's («يوليوز»، «شتنبر»; {@link MOROCCO}),
 * then other spellings (written in the Egyptian system).
 */
export const ARABIC_MONTHS: readonly (readonly string[])[] = [
  ['كانون الثاني', 'يناير', 'جانفي', 'يناير'],
  ['شباط', 'فبراير', 'فيفري', 'فبراير'],
  ['آذار', 'مارس', 'مارس', 'مارس'],
  ['نيسان', 'أبريل', 'أفريل', 'أبريل', 'إبريل'],
  ['أيار', 'مايو', 'ماي', 'ماي'],
  ['حزيران', 'يونيو', 'جوان', 'يونيو', 'يونيه'],
  ['تموز', 'يوليو', 'جويلية', 'يوليوز', 'يوليه'],
  ['آب', 'أغسطس', 'أوت', 'غشت', 'أغشت'],
  ['أيلول', 'سبتمبر', 'سبتمبر', 'شتنبر'],
  ['تشرين الأول', 'أكتوبر', 'أكتوبر', 'أكتوبر'],
  ['تشرين الثاني', 'نوفمبر', 'نوفمبر', 'نونبر'],
  ['كانون الأول', 'ديسمبر', 'ديسمبر', 'دجنبر', 'دجمبر']
];

export const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
] as const;

const MONTH_FORMS = ARABIC_MONTHS.flatMap((names, month) =>
  names.map((name, variant) => ({
    name,
    month,
    variant,
    re: new RegExp(`^${arabicPattern(name)}$`, 'u')
  }))
).sort((a, b) => b.name.length - a.name.length);

const MONTH_ALTERNATION = MONTH_FORMS.map((f) => arabicPattern(f.name)).join('|');
const DIGIT = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';

/** A date written in the text: day? month year, or «(ال)عام» + year. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  /** ISO: YYYY, YYYY-MM or YYYY-MM-DD. */
  iso: string;
  /** Which naming system the month was written in (0 Levantine, 1+ Egyptian/Gulf). */
  variant: number;
}

function monthOf(name: string): { month: number; variant: number } | undefined {
  const found = MONTH_FORMS.find((f) => f.re.test(name));
  return found && { month: found.month, variant: found.variant };
}

const pad = (n: number) => String(n).padStart(2, '0');

const DATE_RE = new RegExp(
  `(?<!${WORD_CHAR})(?:(${DIGIT}{1,2})\\s+|و(?=${MONTH_ALTERNATION}))?(${MONTH_ALTERNATION})\\s+(${DIGIT}{4})(?!${WORD_CHAR})`,
  'gu'
);

/** The years a date of a news article can name; a number after a month outside them is a count. */
const MIN_YEAR = 1000;
const MAX_YEAR = 2199;

/** Every «day? month year» date in `text` («ومارس 2025» too), with verbatim spans. */
export function findDates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    const [whole, day, monthName = '', year = ''] = m;
    const month = monthOf(monthName);
    if (!month) {
      continue;
    }
    const y = latinDigits(year);
    // «وحتى نهاية أوت 4120 حالة»: a count after a month, not its year.
    if (Number(y) < MIN_YEAR || Number(y) > MAX_YEAR) {
      continue;
    }
    const d = day === undefined ? undefined : Number(latinDigits(day));
    const iso =
      d !== undefined && d >= 1 && d <= 31
        ? `${y}-${pad(month.month + 1)}-${pad(d)}`
        : `${y}-${pad(month.month + 1)}`;
    // «ومارس 2025»: the second date of a range starts after its «و».
    const start = m.index + (d !== undefined && d >= 1 && d <= 31 ? 0 : whole.indexOf(monthName));
    out.push({
      start,
      end: m.index + whole.length,
      text: text.slice(start, m.index + whole.length),
      iso,
      variant: month.variant
    });
  }
  return out;
}

/** Parses a whole date line such as «10 كانون الثاني 2023», «آب 2022» or «2015» to ISO. */
export function parseArabicDate(text: string): string | undefined {
  const trimmed = text.trim();
  const found = findDates(trimmed)[0];
  if (found) {
    return found.iso;
  }
  const year = new RegExp(`^(?:(?:ال)?عام\\s+)?(${DIGIT}{4})$`, 'u').exec(trimmed);
  return year?.[1] === undefined ? undefined : latinDigits(year[1]);
}

/** The index of the Maghreb's month names (Algeria, Tunisia) in {@link ARABIC_MONTHS}. */
export const MAGHREB = 2;
/** The index of Morocco's month names in {@link ARABIC_MONTHS}. */
export const MOROCCO = 3;

/** A date in Arabic, in the article's naming system, from ISO. */
export function arabicDate(iso: string, variant = 0): string {
  const [y, m, d] = iso.split('-');
  if (m === undefined) {
    return y ?? iso;
  }
  const names = ARABIC_MONTHS[Number(m) - 1] ?? [];
  // «يونيه»، «إبريل»: another spelling is written in the Egyptian system.
  const system = variant > MOROCCO ? 1 : variant;
  const month = names[system] ?? '';
  return d === undefined ? `${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/** The ways an English translation may write the date. The first is the house style. */
export function englishDates(iso: string): string[] {
  const [y, m, d] = iso.split('-');
  if (m === undefined) {
    return [y ?? iso];
  }
  const month = ENGLISH_MONTHS[Number(m) - 1] ?? '';
  if (d === undefined) {
    return [`${month} ${y}`];
  }
  return [`${Number(d)} ${month} ${y}`, `${month} ${Number(d)}, ${y}`];
}

/**
 * The same date in the other month-name systems, as a student may type it: «28 مارس 2024» for
 * «28 آذار 2024» (the grader folds them too; listing them shows the reader they count).
 */
export function otherMonthNames(answer: string): string[] {
  const inText = (f: (typeof MONTH_FORMS)[number]) =>
    new RegExp(`(?<!${WORD_CHAR})${arabicPattern(f.name)}(?!${WORD_CHAR})`, 'u').exec(answer);
  const month = MONTH_FORMS.find((f) => inText(f) !== null);
  if (month === undefined) {
    return [];
  }
  const written = inText(month)?.[0] ?? '';
  // «مارس» is the name of three systems: each other name once.
  return [...new Set(ARABIC_MONTHS[month.month] ?? [])]
    .filter((name) => name !== month.name)
    .map((name) => answer.replace(written, name));
}

/** Moves an ISO date by whole months (for a month-year) or days (for a full date). */
export function shiftDate(iso: string, by: number): string {
  const [y = '0', m, d] = iso.split('-');
  if (m === undefined) {
    return String(Number(y) + by);
  }
  if (d === undefined) {
    const total = Number(y) * 12 + Number(m) - 1 + by;
    return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`;
  }
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d) + by));
  return date.toISOString().slice(0, 10);
}
