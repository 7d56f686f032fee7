import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arabicDate, englishDates, findDates, parseArabicDate, shiftDate } from './dates';
import { parseArticle, splitAuthors } from './parse-article';

const SEED = readFileSync('questions/articles/iran-russia-2023/article.txt', 'utf8');

describe('parseArticle', () => {
  it('reads the seed’s metadata and 26 body paragraphs', () => {
    const a = parseArticle(SEED);
    expect(a.authors).toEqual(['روبي غرامر', 'ايمي ماكينون']);
    expect(a.title).toBe('تقارب غير مسبوق بين إيران وروسيا');
    expect(a.date).toBe('2023-01-10');
    expect(a.dateText).toBe('10 كانون الثاني 2023');
    expect(a.source).toBe('Foreign Policy');
    expect(a.caption).toContain(' | إيران، 19 تموز 2022');
    expect(a.paragraphs).toHaveLength(26);
    expect(a.paragraphs[0]?.id).toBe('p-1');
    expect(a.paragraphs[0]?.ar.startsWith('في أول يومَين من العام 2023')).toBe(true);
    expect(a.paragraphs[25]?.id).toBe('p-26');
    expect(a.paragraphs[25]?.ar.startsWith('في مطلق الأحوال')).toBe(true);
    // Verbatim: tatweel and shadda survive.
    expect(a.paragraphs.some((p) => p.ar.includes('ومحللــين'))).toBe(true);
  });

  it('drops the time marker and keeps no caption when there is none', () => {
    const a = parseArticle(
      'أ ب\n\nعنوان\n\nآب 2022\n\nالمصدر: جريدة\n\n02 : 00\n\nفقرة أولى.\n\nفقرة ثانية.'
    );
    expect(a.caption).toBeUndefined();
    expect(a.date).toBe('2022-08');
    expect(a.paragraphs.map((p) => p.ar)).toEqual(['فقرة أولى.', 'فقرة ثانية.']);
  });

  it('fails readably on a file with no body', () => {
    expect(() => parseArticle('عنوان')).toThrow(/expected author/);
  });

  it('splits authors on « و », «،» and a glued و', () => {
    expect(splitAuthors('أحمد علي و سارة حسن')).toEqual(['أحمد علي', 'سارة حسن']);
    expect(splitAuthors('أحمد علي، سارة حسن')).toEqual(['أحمد علي', 'سارة حسن']);
    expect(splitAuthors('روبي غرامر وايمي ماكينون')).toEqual(['روبي غرامر', 'ايمي ماكينون']);
    expect(splitAuthors('وليد خالد')).toEqual(['وليد خالد']);
  });
});

describe('dates', () => {
  it('parses the date forms of the seed', () => {
    expect(parseArabicDate('10 كانون الثاني 2023')).toBe('2023-01-10');
    expect(parseArabicDate('19 تموز 2022')).toBe('2022-07-19');
    expect(parseArabicDate('آب 2022')).toBe('2022-08');
    expect(parseArabicDate('١٥ أيار ٢٠٢٤')).toBe('2024-05-15');
    expect(parseArabicDate('يوليو 2022')).toBe('2022-07');
    expect(parseArabicDate('العام 2015')).toBe('2015');
    expect(parseArabicDate('لا تاريخ')).toBeUndefined();
  });

  it('finds dates inside text with verbatim spans', () => {
    const text = 'وافقت روسيا في آب 2022، ثم في كانون الأول 2022 وفي تشرين الثاني 2022.';
    const found = findDates(text);
    expect(found.map((d) => d.iso)).toEqual(['2022-08', '2022-12', '2022-11']);
    for (const d of found) {
      expect(text.slice(d.start, d.end)).toBe(d.text);
    }
  });

  it('writes and shifts dates', () => {
    expect(arabicDate('2022-08')).toBe('آب 2022');
    expect(arabicDate('2022-08', 1)).toBe('أغسطس 2022');
    expect(englishDates('2023-01-10')).toEqual(['10 January 2023', 'January 10, 2023']);
    expect(shiftDate('2022-12', 1)).toBe('2023-01');
    expect(shiftDate('2024-03-01', -1)).toBe('2024-02-29');
    expect(shiftDate('2015', 2)).toBe('2017');
  });
});

describe('the Maghreb’s month names (session 22)', () => {
  it('reads a date line in them, so the header is not taken for paragraphs', () => {
    const a = parseArticle(readFileSync('questions/fixtures/unseen/forest-fires.txt', 'utf8'));
    expect(a.date).toBe('2025-08-18');
    expect(a.caption).toContain(' | الطارف، 17 أوت 2025');
    expect(a.paragraphs[0]?.ar.startsWith('أتت حرائق الغابات')).toBe(true);
    expect(parseArabicDate('3 جويلية 2024')).toBe('2024-07-03');
  });

  it('writes the options of a Maghreb date in its system, the shared names as Egypt’s', () => {
    expect(arabicDate('2022-08', 2)).toBe('أوت 2022');
    expect(arabicDate('2022-09', 2)).toBe('سبتمبر 2022');
    expect(arabicDate('2024-04-05', 3)).toBe('5 أبريل 2024');
  });
});
