import { ARABIC_MARKS, stripMarks } from '../src/lib/domain/answers';

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

/** Letters and digits (a word boundary is where neither is on one side). */
export const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';

function escape(c: string): string {
  return /[.*+?^${}()|[\]\\/-]/.test(c) ? `\\${c}` : c;
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
