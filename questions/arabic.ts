/** Harakat, superscript alef, Quranic marks and tatweel: optional between letters when matching. */
export const MARKS_CLASS = '[\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u0640]';
const MARKS_RE = new RegExp(MARKS_CLASS, 'gu');

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

export function stripMarks(text: string): string {
  return text.replace(MARKS_RE, '');
}

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
      out += `${VARIANTS[c] ?? escape(c)}${MARKS_CLASS}*`;
    }
  }
  return out;
}

/** Arabic-Indic and Persian digits to 0–9. */
export function latinDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (c) =>
    String((c.codePointAt(0) ?? 0) & 0xf)
  );
}

export function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => w !== '').length;
}
