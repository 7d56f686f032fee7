import {
  ARABIC_MARKS,
  normalizeAnswer,
  normalizeSearch,
  stripMarks
} from '../src/lib/domain/answers';

// The folding itself (marks, digits, letter variants) is the grader's, in src/lib/domain/answers.ts;
// this module only turns a form into a pattern that finds it in the article as written.

const VARIANTS: Record<string, string> = {
  ا: '[اأإآٱ]',
  أ: '[اأإآٱ]',
  إ: '[اأإآٱ]',
  آ: '[اأإآٱ]',
  ٱ: '[اأإآٱ]',
  ى: '[ىي]',
  ي: '[يى]',
  ة: '[ةه]',
  ه: '[هة]'
};

/** A phrase folded as the grader's search folds it, its spaces made single and trimmed. */
export const foldPhrase = (w: string): string => normalizeSearch(w).replace(/\s+/gu, ' ').trim();

/** Letters and digits (a word boundary is where neither is on one side). */
export const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';

// Not «-»: outside a class it is a plain character, and «\-» is no escape in a Unicode pattern
// («تحالف «نيل-أوساكا»» would throw).
function escape(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}

/**
 * A regular-expression source matching `form` as the article may write it: with or without
 * diacritics, shadda and tatweel between letters, with any alef seat, ى/ي and ة/ه. Spaces match
 * any run of white space.
 */
export function arabicPattern(form: string): string {
  let out = '';
  for (const c of stripMarks(form.normalize('NFC')).trim()) {
    if (/\s/u.test(c)) {
      out += '\\s+';
    } else {
      out += `${VARIANTS[c] ?? escape(c)}${ARABIC_MARKS}*`;
    }
  }
  return out;
}

export function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => w !== '').length;
}

/** The blank of a cloze prompt. */
export const BLANK = '____';

const CLITIC_1 = /^[وفبكل]/u;
const CLITIC_2 = /^[وف][بكل]/u;

function wordVariants(word: string): string[] {
  const out = [word];
  if (CLITIC_2.test(word) && word.length > 3) {
    out.push(word.slice(2));
  }
  if (CLITIC_1.test(word) && word.length > 2) {
    out.push(word.slice(1));
  }
  return out;
}

// The same sentences and the whole article are searched again and again: their words are
// normalised once. Bounded, so a long article cannot grow it without end.
const WORDS = new Map<string, readonly string[]>();
const WORDS_MAX = 10_000;

function normalizedWords(text: string): readonly string[] {
  let words = WORDS.get(text);
  if (words === undefined) {
    if (WORDS.size >= WORDS_MAX) WORDS.clear();
    words = normalizeAnswer(text)
      .split(' ')
      .filter((w) => w !== '');
    WORDS.set(text, words);
  }
  return words;
}

/**
 * Whether `needle` occurs as whole words in `haystack`, both after {@link normalizeAnswer}; the
 * first word may carry a clitic in the haystack («وروسيا» contains «روسيا»).
 */
export function containsWords(haystack: string, needle: string): boolean {
  const n = normalizedWords(needle);
  const h = normalizedWords(haystack);
  if (n.length === 0) {
    return false;
  }
  for (let i = 0; i + n.length <= h.length; i++) {
    const first = h[i] ?? '';
    if (!wordVariants(first).includes(n[0] ?? '')) {
      continue;
    }
    if (n.every((w, j) => j === 0 || h[i + j] === w)) {
      return true;
    }
  }
  return false;
}
