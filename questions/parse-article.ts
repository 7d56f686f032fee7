import { parseArabicDate } from './dates';

export interface Paragraph {
  /** `p-1` … `p-N`, in order. */
  id: string;
  ar: string;
}

export interface ParsedArticle {
  authors: string[];
  title: string;
  /** ISO (as precise as the date line) or '' when the date line is not recognised. */
  date: string;
  dateText: string;
  source: string;
  caption?: string;
  paragraphs: Paragraph[];
}

const TIME_MARKER = /^[0-9\u0660-\u0669]{1,2}\s*:\s*[0-9\u0660-\u0669]{2}$/u;
const SOURCE_LINE = /^المصدر\s*[:：]\s*(.*)$/u;

/**
 * Splits the author line: «أ و ب», «أ، ب» or, as in the seed, a «و» glued to the next name
 * («روبي غرامر وايمي ماكينون»). A glued «و» counts only from the third word on, so that each
 * author keeps a first and a last name and names such as «وليد» survive at the start.
 */
export function splitAuthors(line: string): string[] {
  const parts = line
    .split(/\s*،\s*|\s+و\s+/u)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length > 1) {
    return parts;
  }
  const words = line.trim().split(/\s+/u);
  // «سيدي محمد ولد أحمدو»: «ولد» is the Mauritanian «بن», no «و» and a name.
  const at = words.findIndex(
    (w, i) => i >= 2 && i < words.length - 1 && /^و\S{2,}/u.test(w) && w !== 'ولد'
  );
  if (at < 0) {
    return parts;
  }
  return [words.slice(0, at).join(' '), [words[at]?.slice(1), ...words.slice(at + 1)].join(' ')];
}

/**
 * Reads an article in the seed's plain-text format: blank-line separated blocks; author line,
 * title, date, source line, optional front matter (a time marker, dropped; an image caption,
 * a line with « | »), then body paragraphs numbered p-1…p-N. Text is kept verbatim.
 */
export function parseArticle(text: string): ParsedArticle {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .replace(/^\uFEFF/, '')
    .split(/\n[ \t]*\n/)
    .map((b) => b.trim())
    .filter((b) => b !== '');
  if (blocks.length < 4) {
    throw new Error(
      `article.txt: expected author, title, date, source and paragraphs; found ${blocks.length} block(s)`
    );
  }
  const [authorLine = '', title = '', ...rest] = blocks;
  let i = 0;
  let dateText = '';
  let date = '';
  const maybeDate = rest[0] ?? '';
  const iso = parseArabicDate(maybeDate);
  if (iso !== undefined) {
    dateText = maybeDate;
    date = iso;
    i++;
  }
  let source = '';
  const sourceMatch = SOURCE_LINE.exec(rest[i] ?? '');
  if (sourceMatch) {
    source = (sourceMatch[1] ?? '').trim();
    i++;
  }
  let caption: string | undefined;
  for (; i < rest.length; i++) {
    const block = rest[i] ?? '';
    if (TIME_MARKER.test(block)) {
      continue;
    }
    if (caption === undefined && block.includes(' | ') && !block.includes('\n')) {
      caption = block;
      continue;
    }
    break;
  }
  const paragraphs = rest.slice(i).map((ar, n) => ({ id: `p-${n + 1}`, ar }));
  if (paragraphs.length === 0) {
    throw new Error('article.txt: no body paragraphs after the front matter');
  }
  return {
    authors: splitAuthors(authorLine),
    title,
    date,
    dateText,
    source,
    ...(caption === undefined ? {} : { caption }),
    paragraphs
  };
}
