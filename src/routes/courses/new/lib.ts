import { COURSE_TEXT_LIMIT } from '$lib/domain/course';
import { arabicDate, parseArabicDate } from '../../../../questions/dates';

// "Add an article": what the form checks before anything is made, and the article as the
// generator reads it (the seed's format, questions/FORMAT.md). Plain logic, no Svelte.

/** Fewer words than this is not an article to make questions from. */
export const MIN_WORDS = 80;
/** More words than this is more than a course holds (and than a phone builds in good time). */
export const MAX_WORDS = 20_000;
/** The share of letters that must be Arabic: quotes and names in Latin letters are fine. */
const ARABIC_SHARE = 0.6;

/** Why a text is refused before anything is made. */
export type TextProblem = 'empty' | 'notArabic' | 'tooShort' | 'tooLong';

const TOKEN = /\S+/gu;
const WORDLIKE = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/gu;
const ARABIC_LETTER = /(?=\p{Script=Arabic})\p{L}/gu;

/** Words in a text: runs of non-space characters with a letter or a digit in them. */
export function countWords(text: string): number {
  let n = 0;
  for (const [token] of text.matchAll(TOKEN)) if (WORDLIKE.test(token)) n++;
  return n;
}

/** The share of a text's letters that are Arabic (0 when it has none). */
export function arabicShare(text: string): number {
  const letters = text.match(LETTER)?.length ?? 0;
  return letters === 0 ? 0 : (text.match(ARABIC_LETTER)?.length ?? 0) / letters;
}

/** Whether a text can become a course: null when it can, else why not. */
export function textProblem(text: string): TextProblem | null {
  // Checked before anything scans it: a pasted book is refused at once.
  if (text.length > COURSE_TEXT_LIMIT) return 'tooLong';
  const words = countWords(text);
  if (words === 0) return 'empty';
  if (arabicShare(text) < ARABIC_SHARE) return 'notArabic';
  if (words < MIN_WORDS) return 'tooShort';
  if (words > MAX_WORDS) return 'tooLong';
  return null;
}

/** The header lines of the seed's format, as read from a text. */
export interface ArticleHeader {
  title: string;
  /** ISO, as precise as the date line. */
  date: string;
  dateText: string;
  source: string;
}

/** What the form asks when the text has no header: title and date required, source optional. */
export interface ArticleFields {
  title: string;
  /** ISO year-month-day, as a date input gives it. */
  date: string;
  source: string;
}

const SOURCE_LINE = /^المصدر\s*[:：]\s*(.*)$/u;
const HEADER_BLOCKS = 4;

const oneLine = (block: string, maxWords: number) =>
  block !== '' && !block.includes('\n') && countWords(block) <= maxWords;

/**
 * The header of a text in the seed's format (author line, title, date, optional source line, each
 * its own paragraph), or null when the text does not start with one. Stricter than the generator's
 * reader: the author, title and date must each be one short line, so that an article pasted
 * without a header, whose third paragraph mentions a date, is not taken for one.
 */
export function readHeader(text: string): ArticleHeader | null {
  const blocks = text
    .replace(/\r\n?/gu, '\n')
    .replace(/^\uFEFF/u, '')
    .trim()
    .split(/\n[ \t]*\n/u, HEADER_BLOCKS + 4)
    .map((b) => b.trim())
    .filter((b) => b !== '');
  const [author = '', title = '', dateText = '', next = ''] = blocks;
  if (blocks.length < HEADER_BLOCKS) return null;
  if (!oneLine(author, 12) || !oneLine(title, 40) || !oneLine(dateText, 6)) return null;
  const date = parseArabicDate(dateText);
  if (date === undefined) return null;
  const source = SOURCE_LINE.exec(next)?.[1]?.trim() ?? '';
  return { title, date, dateText, source };
}

/** The form's fields filled enough to make a header from: a title and a valid date. */
export function fieldsComplete(fields: ArticleFields): boolean {
  return fields.title.trim() !== '' && /^\d{4}-\d{2}-\d{2}$/u.test(fields.date);
}

/**
 * The author line written for a text that has none; the generator needs a line there, and the
 * course is saved with no author (`generate.ts` drops it).
 */
export const NO_AUTHOR = '—';

/**
 * The article as the generator reads it: the text as it is when it has a header, else a header
 * made from the fields (no author, the title, the date in Arabic, the source line when given)
 * above the text.
 */
export function articleText(text: string, fields: ArticleFields | null): string {
  if (fields === null) return text;
  const title = fields.title.replace(/\s+/gu, ' ').trim();
  const source = fields.source.replace(/\s+/gu, ' ').trim();
  return [
    NO_AUTHOR,
    title,
    arabicDate(fields.date),
    ...(source === '' ? [] : [`المصدر: ${source}`]),
    text.trim()
  ].join('\n\n');
}

/**
 * A text file's bytes as text: UTF-8 (a byte-order mark dropped), else Windows-1256, the Arabic
 * encoding older Windows editors save in.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1256').decode(bytes);
  }
}
