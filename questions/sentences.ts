/** A sentence of a paragraph; `text` is `paragraph.slice(start, end)`, verbatim. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// Abbreviations that end in a full stop without ending a sentence: «د.» (doctor), «م.»,
// single Latin or Arabic letters (initials), and common Latin ones.
const ABBREVIATION =
  /(?:^|[\s(«"])(?:[\p{L}]|د|م|ص|ج|ق\.م|Dr|Mr|Mrs|Ms|Prof|St|No|vs|etc|U\.S|U\.K|e\.g|i\.e)\.$/u;

function openQuote(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  const opened = (text.match(/[«“]/g) ?? []).length;
  const closed = (text.match(/[»”]/g) ?? []).length;
  const parens = (text.match(/\(/g) ?? []).length - (text.match(/\)/g) ?? []).length;
  return straight % 2 === 1 || opened > closed || parens > 0;
}

/**
 * Splits a paragraph into sentences with Intl.Segmenter, then joins pieces the segmenter cut
 * wrongly: after an abbreviation or an initial, inside a quotation or parentheses, or before a
 * piece that does not start a sentence (closing punctuation, a lower-case letter). Offsets index
 * the paragraph; surrounding white space is trimmed off each sentence.
 */
export function splitSentences(paragraph: string, lang = 'ar'): Sentence[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const pieces: { start: number; end: number }[] = [];
  for (const s of segmenter.segment(paragraph)) {
    const start = s.index;
    const end = s.index + s.segment.length;
    const last = pieces[pieces.length - 1];
    if (last) {
      const before = paragraph.slice(last.start, last.end).trimEnd();
      const next = s.segment.trimStart();
      if (
        ABBREVIATION.test(before) ||
        openQuote(before) ||
        /^[\p{Ll}\p{Pe}\p{Pf},;:،؛]/u.test(next)
      ) {
        last.end = end;
        continue;
      }
    }
    pieces.push({ start, end });
  }
  const out: Sentence[] = [];
  for (const p of pieces) {
    const raw = paragraph.slice(p.start, p.end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text !== '') {
      out.push({ start: p.start + lead, end: p.start + lead + text.length, text });
    }
  }
  return out;
}
