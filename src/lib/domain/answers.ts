import { distance } from 'fastest-levenshtein';

/** The verdict on a typed answer: the app shows a typo as accepted, with the right spelling. */
export type Verdict = 'correct' | 'typo' | 'wrong';

/**
 * Harakat, tanween, shadda, sukun and the rest of U+064B–U+065F, superscript alef, Quranic marks,
 * and tatweel (U+0640): none of them changes which word is meant. A character class, as source.
 */
export const ARABIC_MARKS = '[\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640]';
const MARKS = new RegExp(ARABIC_MARKS, 'g');
// Bidi controls, zero-width characters, the Arabic letter mark, BOM and soft hyphen.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u00AD]/g;
const LETTERS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي'
};
const LETTER_RE = /[أإآٱىةؤئ]/g;
const DIGIT_RE = /[\u0660-\u0669\u06F0-\u06F9]/g;
// A thousands separator between digit groups goes, so that 1,000 = 1000 = ١٬٠٠٠.
const THOUSANDS_RE = /(\d)[,\u066C](?=\d{3}(?!\d))/g;
// Unicode punctuation (Arabic comma, semicolon and question mark, guillemets, hyphens, brackets,
// quotes…) and the ASCII symbols that are punctuation in practice.
const PUNCTUATION_RE = /[\p{P}$+<=>^`|~]/gu;

const latinDigit = (c: string) => String((c.codePointAt(0) ?? 0) & 0xf);

/** The text without Arabic marks and tatweel ({@link ARABIC_MARKS}); nothing else changes. */
export function stripMarks(text: string): string {
  return text.replace(MARKS, '');
}

/** Arabic-Indic and Persian digits to 0–9; nothing else changes. */
export function latinDigits(text: string): string {
  return text.replace(DIGIT_RE, latinDigit);
}

/**
 * Character-level folding shared by the grader and search: compatibility forms, marks, letter
 * variants, invisible characters, digits, punctuation, spaces and Latin case.
 */
function foldCharacters(text: string): string {
  return text
    .normalize('NFKC')
    .replace(MARKS, '')
    .replace(INVISIBLE, '')
    .replace(LETTER_RE, (c) => LETTERS[c] ?? c)
    .replace(DIGIT_RE, latinDigit)
    .replace(THOUSANDS_RE, '$1')
    .replace(PUNCTUATION_RE, ' ')
    .toLowerCase()
    .replace(/\s+/gu, ' ')
    .trim();
}

// «ال» after an optional و/ف and an optional ب/ك/ل; «لل» is ل + ال. The remainder must keep at
// least two letters (three after a clitic) so that words such as «إلى», «والي» or «بالغ» survive.
const ARTICLE_RE = /^ال(.{2,})$/u;
const CLITIC_ARTICLE_RE = /^([وف]?[بكل]?)ال(.{3,})$/u;
const CLITIC_LAM_RE = /^([وف]?)لل(.{3,})$/u;

function stripArticle(word: string): string {
  // Repeat until nothing changes, so that normalising twice equals normalising once.
  for (;;) {
    const next = word
      .replace(CLITIC_LAM_RE, '$1ل$2')
      .replace(CLITIC_ARTICLE_RE, '$1$2')
      .replace(ARTICLE_RE, '$1');
    if (next === word) {
      return word;
    }
    word = next;
  }
}

/**
 * Month names, as they read after folding and article stripping, to one canonical token per
 * month (the Egyptian/Gulf name). Levantine/Iraqi names, Egyptian/Gulf names, Maghreb names
 * («جانفي»، «أوت»), Moroccan names («يوليوز»، «شتنبر») and English names.
 */
const MONTH_WORDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['يناير', ['كانون ثاني', 'كانون اخر', 'جانفي', 'january']],
  ['فبراير', ['شباط', 'فيفري', 'february']],
  ['مارس', ['اذار', 'march']],
  ['ابريل', ['نيسان', 'افريل', 'april']],
  ['مايو', ['ايار', 'ماي', 'may']],
  ['يونيو', ['حزيران', 'يونيه', 'جوان', 'june']],
  ['يوليو', ['تموز', 'يوليه', 'جويليه', 'يوليوز', 'july']],
  ['اغسطس', ['اب', 'اوت', 'غشت', 'اغشت', 'august']],
  ['سبتمبر', ['ايلول', 'شتنبر', 'september']],
  ['اكتوبر', ['تشرين اول', 'october']],
  ['نوفمبر', ['تشرين ثاني', 'تشرين اخر', 'نونبر', 'november']],
  ['ديسمبر', ['كانون اول', 'دجنبر', 'دجمبر', 'december']]
];
const MONTH_ONE = new Map<string, string>();
const MONTH_TWO = new Map<string, string>();
for (const [token, names] of MONTH_WORDS) {
  for (const name of names) {
    (name.includes(' ') ? MONTH_TWO : MONTH_ONE).set(name, token);
  }
}

function canonicalMonths(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const next = words[i + 1];
    const pair = next === undefined ? undefined : MONTH_TWO.get(`${word} ${next}`);
    if (pair !== undefined) {
      out.push(pair);
      i++;
      continue;
    }
    out.push(MONTH_ONE.get(word) ?? word);
  }
  return out;
}

/**
 * Normalises a typed or accepted answer for comparison, as PRODUCT.md specifies: NFKC; Arabic
 * diacritics, superscript alef, Quranic marks and tatweel removed; أ إ آ ٱ → ا, ى → ي, ة → ه,
 * ؤ → و, ئ → ي; bidi and zero-width marks removed; Arabic-Indic and Persian digits → 0–9;
 * punctuation → space; spaces folded and trimmed; Latin lower-cased; a leading «ال» dropped from
 * every word (also after و/ف/ب/ك/ل, «لل» read as ل + ال); the names of a month folded to one token
 * (كانون الثاني = يناير = جانفي = January); «أميركي» read as «أمريكي». Idempotent.
 *
 * Known ambiguity: «أب» (father) folds like «آب» (August) and so reads as the month.
 */
export function normalizeAnswer(text: string): string {
  const folded = foldCharacters(
    text.replace(DECIMAL_COMMA_RE, '$1.$2').replace(DECIMAL_RE, withoutTrailingZeros)
  );
  if (folded === '') {
    return '';
  }
  return canonicalMonths(folded.split(' ').map(stripArticle).map(commonSpelling)).join(' ');
}

// «7,5» and «7،5» as the Maghreb and much of Europe write 7.5: a comma before one or two digits
// (a thousands separator has three after it: «1,200»).
const DECIMAL_COMMA_RE = /(\p{Nd})[,\u060C](\p{Nd}{1,2})(?!\p{Nd})/gu;
// A decimal fraction: «0.30» is «0.3» and «2.0» is «2» (either decimal point, either digits).
const DECIMAL_RE = /(\p{Nd})[.\u066B](\p{Nd}+)(?!\p{Nd})/gu;
const withoutTrailingZeros = (_: string, last: string, fraction: string) => {
  const kept = fraction.replace(/[0\u0660\u06F0]+$/u, '');
  return kept === '' ? last : `${last}.${kept}`;
};

/** Spellings both in common use folded to one: «أميركي» and «أمريكي». */
function commonSpelling(word: string): string {
  return word.replace(/^([وفبكل]?)اميرك/u, '$1امريك');
}

/**
 * Normalisation for search boxes: the same character folding as {@link normalizeAnswer} but
 * lighter: no article stripping and no month folding. Search matches substrings, so a query «حرب»
 * already finds «الحرب» and «والحرب»; keeping words intact lets a query «الحرس» mean exactly that,
 * and never turns the query «آب» into another word. Idempotent.
 */
export function normalizeSearch(text: string): string {
  return foldCharacters(text);
}

/** Edit distance allowed for an accepted answer with this many letters (spaces not counted). */
export function typoAllowance(letters: number): number {
  if (letters <= 4) {
    return 0;
  }
  return letters <= 8 ? 1 : 2;
}

const HAS_DIGIT = /\d/;

/**
 * Grades a typed answer against the accepted answers. `correct`: equal to one after
 * {@link normalizeAnswer}. `typo`: within an edit distance that grows with the accepted answer's
 * length (none up to 4 letters, 1 for 5–8, 2 for 9 or more); never when either side contains a
 * digit, so numbers and years must be exact. `wrong`: anything else, blank input included.
 */
export function gradeTypedAnswer(typed: string, accepted: readonly string[]): Verdict {
  const answer = normalizeAnswer(typed);
  if (answer === '') {
    return 'wrong';
  }
  const targets = accepted.map(normalizeAnswer).filter((a) => a !== '');
  if (targets.includes(answer)) {
    return 'correct';
  }
  if (HAS_DIGIT.test(answer)) {
    return 'wrong';
  }
  for (const target of targets) {
    if (HAS_DIGIT.test(target)) {
      continue;
    }
    const allowed = typoAllowance(target.replace(/ /g, '').length);
    if (allowed > 0 && distance(answer, target) <= allowed) {
      return 'typo';
    }
  }
  return 'wrong';
}
