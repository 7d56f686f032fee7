// Asserts the form's checks: a text is refused when empty, not Arabic, too short or too long
// (by words, and at once by characters); the seed's header is read only when it is one, and a
// header is written from the form's fields when the text has none.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COURSE_TEXT_LIMIT } from '$lib/domain/course';
import { parseArticle } from '../../../../questions/parse-article';
import {
  arabicShare,
  articleText,
  countWords,
  decodeText,
  fieldsComplete,
  MAX_WORDS,
  MIN_WORDS,
  NO_AUTHOR,
  readHeader,
  textProblem
} from './lib';

const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`, 'utf8');
const HEALTH = fixture('health-article.txt');
/** The health article's body: its paragraphs after the header, caption and time marker. */
const BODY = HEALTH.split('\n\n').slice(6).join('\n\n');
const words = (n: number, word = 'كلمة') => Array.from({ length: n }, () => word).join(' ');

describe('countWords and arabicShare', () => {
  it('counts runs with a letter or digit, not punctuation on its own', () => {
    expect(countWords('قال الوزير: «نعم» — 2024 ، U.S.')).toBe(5);
    expect(countWords('  \n ')).toBe(0);
  });

  it('measures the share of Arabic letters among all letters', () => {
    expect(arabicShare('روسيا Russia')).toBeCloseTo(5 / 11);
    expect(arabicShare('123 …')).toBe(0);
  });
});

describe('textProblem', () => {
  it('accepts the fixture articles', () => {
    for (const name of ['health-article.txt', 'economy-article.txt', 'second-article.txt']) {
      expect(textProblem(fixture(name))).toBeNull();
    }
  });

  it('refuses an empty text, an English one and one in Latin letters with Arabic names', () => {
    expect(textProblem(' \n\n ')).toBe('empty');
    expect(textProblem(words(200, 'word'))).toBe('notArabic');
    expect(textProblem(`${words(150, 'word')} ${words(50)}`)).toBe('notArabic');
  });

  it('refuses fewer than MIN_WORDS words and more than MAX_WORDS', () => {
    expect(textProblem(words(MIN_WORDS - 1))).toBe('tooShort');
    expect(textProblem(words(MIN_WORDS))).toBeNull();
    expect(textProblem(words(MAX_WORDS))).toBeNull();
    expect(textProblem(words(MAX_WORDS + 1))).toBe('tooLong');
  });

  it('refuses a text longer than a course keeps before counting its words', () => {
    expect(textProblem('ب'.repeat(COURSE_TEXT_LIMIT + 1))).toBe('tooLong');
  });

  it('reads an Arabic article quoting English as Arabic', () => {
    expect(textProblem(`${words(100)} ${words(10, 'Foreign Policy')}`)).toBeNull();
  });
});

describe('readHeader', () => {
  it('reads title, date and source from the seed format', () => {
    expect(readHeader(HEALTH)).toEqual({
      title: 'حملة وطنية لتلقيح الأطفال ضد الحصبة في المغرب',
      date: '2024-03-18',
      dateText: '18 آذار 2024',
      source: 'صحيفة الصحة اليوم'
    });
    expect(readHeader(`\uFEFF${HEALTH.replace(/\n/gu, '\r\n')}`)?.date).toBe('2024-03-18');
  });

  it('reads a header without a source line', () => {
    const text = HEALTH.replace('المصدر: صحيفة الصحة اليوم\n\n', '');
    expect(readHeader(text)).toMatchObject({ date: '2024-03-18', source: '' });
  });

  it('finds none in a body only, even when its third paragraph starts with a date', () => {
    expect(readHeader(BODY)).toBeNull();
    const dated = ['فقرة أولى.', 'فقرة ثانية.', '18 آذار 2024 قال الوزير إن الحملة بدأت.', BODY];
    expect(readHeader(dated.join('\n\n'))).toBeNull();
    expect(readHeader('')).toBeNull();
  });

  it('finds none when the title is a paragraph rather than a line', () => {
    const text = ['الكاتب', 'سطر أول\nسطر ثان', '18 آذار 2024', BODY].join('\n\n');
    expect(readHeader(text)).toBeNull();
  });
});

describe('articleText', () => {
  const fields = { title: ' حملة\nتلقيح ', date: '2024-03-18', source: 'صحيفة' };

  it('keeps a text with a header as it is', () => {
    expect(articleText(HEALTH, null)).toBe(HEALTH);
  });

  it('writes a header from the fields that the generator reads back', () => {
    const parsed = parseArticle(articleText(BODY, fields));
    expect(parsed).toMatchObject({
      authors: [NO_AUTHOR],
      title: 'حملة تلقيح',
      date: '2024-03-18',
      source: 'صحيفة'
    });
    expect(parsed.paragraphs[0]?.ar).toBe(BODY.split('\n\n')[0]);
  });

  it('writes no source line when none is given', () => {
    const parsed = parseArticle(articleText(BODY, { ...fields, source: ' ' }));
    expect(parsed.source).toBe('');
    expect(parsed.paragraphs.length).toBe(BODY.split('\n\n').length);
  });
});

describe('fieldsComplete', () => {
  it('needs a title and a full date', () => {
    expect(fieldsComplete({ title: 'عنوان', date: '2024-03-18', source: '' })).toBe(true);
    expect(fieldsComplete({ title: ' ', date: '2024-03-18', source: '' })).toBe(false);
    expect(fieldsComplete({ title: 'عنوان', date: '', source: '' })).toBe(false);
  });
});

describe('decodeText', () => {
  it('reads UTF-8 with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode('سلام');
    expect(decodeText(bytes)).toBe('سلام');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe('سلام');
  });

  it('reads a file saved as Windows-1256', () => {
    expect(decodeText(new Uint8Array([0xd3, 0xe1, 0xc7, 0xe3]))).toBe('سلام');
  });
});
