import { describe, expect, it } from 'vitest';
import { entityMatchers, findEnglish, findMentions, readGazetteer, type Entity } from './entities';

const entity = (e: Partial<Entity> & Pick<Entity, 'id' | 'type' | 'ar'>): Entity => ({
  aliases: { ar: [], en: [] },
  nisba: { ar: [], en: [] },
  ...e
});

const ENTITIES = [
  entity({
    id: 'russia',
    type: 'country',
    ar: 'روسيا',
    en: 'Russia',
    nisba: { ar: ['الروسي', 'روس'], en: ['Russian'] }
  }),
  entity({
    id: 'iran',
    type: 'country',
    ar: 'إيران',
    en: 'Iran',
    nisba: { ar: ['الإيراني'], en: ['Iranian'] }
  }),
  entity({ id: 'sanctions', type: 'event', ar: 'العقوبات', en: 'sanctions' }),
  entity({ id: 'irgc', type: 'organisation', ar: 'الحرس الثوري', en: 'Revolutionary Guard' }),
  entity({ id: 'putin', type: 'person', ar: 'فلاديمير بوتين', aliases: { ar: ['بوتين'], en: [] } }),
  entity({ id: 'sat', type: 'event', ar: 'قمر اصطناعي' })
];
const matchers = entityMatchers(ENTITIES);
const find = (text: string) => findMentions(text, matchers);

describe('findMentions: gazetteer forms with clitics', () => {
  it('matches و ف ب ك ل in front and returns the verbatim span', () => {
    const text = 'تقارب بين إيران وروسيا، ثم فروسيا لروسيا بروسيا كروسيا.';
    const got = find(text).filter((m) => m.entityId === 'russia');
    expect(got.map((m) => [m.prefix, m.core])).toEqual([
      ['و', 'روسيا'],
      ['ف', 'روسيا'],
      ['ل', 'روسيا'],
      ['ب', 'روسيا'],
      ['ك', 'روسيا']
    ]);
    for (const m of got) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
    }
  });

  it('matches ال after clitics, and لل for ل + ال', () => {
    const [b] = find('الاقتصاد الغارق بالعقوبات.');
    expect(b).toMatchObject({
      entityId: 'sanctions',
      prefix: 'ب',
      core: 'العقوبات',
      text: 'بالعقوبات'
    });
    const [l] = find('نظر للعقوبات.');
    expect(l).toMatchObject({ entityId: 'sanctions', prefix: 'ل', merged: true, text: 'للعقوبات' });
    const [w] = find('القائد والإيراني معاً');
    expect(w).toMatchObject({ entityId: 'iran', kind: 'nisba', prefix: 'و', core: 'الإيراني' });
    const [h] = find('قادة في الحرس الثوري وللحرس الثوري');
    expect(h).toMatchObject({ entityId: 'irgc', core: 'الحرس الثوري' });
  });

  it('respects word boundaries', () => {
    expect(find('الروسيات والإيرانيين').filter((m) => m.entityId !== undefined)).toEqual([]);
    expect(find('روسياهم')).toEqual([]);
  });

  it('matches through diacritics, shadda and tatweel, keeping them in the span', () => {
    const [m] = find('وافق بوتيـــن على ذلك');
    expect(m?.text).toBe('بوتيـــن');
    const [k] = find('القمر الاصطناعيّ');
    expect(k).toBeUndefined();
    expect(find('قمر اصطناعيّ جديد')[0]?.text).toBe('قمر اصطناعيّ');
  });

  it('prefers the longest span: the full name over the alias', () => {
    const got = find('الرئيس الروسي فلاديمير بوتين');
    expect(got.map((m) => [m.entityId, m.text])).toEqual([
      ['russia', 'الروسي'],
      ['putin', 'فلاديمير بوتين']
    ]);
  });
});

describe('findMentions: numbers and dates without a gazetteer', () => {
  it('finds numbers in Latin and Arabic-Indic digits, and years', () => {
    const got = findMentions('أسقطت 80 طائرة و١٢٠٠ عامل في العام 2015 وبنسبة 2.5', []);
    expect(got.map((m) => [m.kind, m.core, m.value])).toEqual([
      ['number', '80', 80],
      ['number', '١٢٠٠', 1200],
      ['year', '2015', 2015],
      ['number', '2.5', 2.5]
    ]);
    expect(got[1]?.prefix).toBe('و');
  });

  it('finds day-month-year and month-year dates as one mention', () => {
    const got = findMentions('في آب 2022 ثم في 15 أيار 2024 وفي كانون الأول 2022.', []);
    expect(got.map((m) => [m.kind, m.text, m.iso])).toEqual([
      ['date', 'آب 2022', '2022-08'],
      ['date', '15 أيار 2024', '2024-05-15'],
      ['date', 'كانون الأول 2022', '2022-12']
    ]);
  });
});

describe('readGazetteer', () => {
  it('reports a bad entry and keeps the good ones', () => {
    const { entities, problems } = readGazetteer({
      entities: [
        { id: 'a', type: 'country', ar: 'أ' },
        { id: 'b', type: 'planet', ar: 'ب' },
        { id: 'a', type: 'place', ar: 'ج' }
      ]
    });
    expect(entities.map((e) => e.id)).toEqual(['a']);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/entry 2 \(b\)/);
  });
});

describe('findEnglish', () => {
  it('finds English forms on word boundaries, longest first', () => {
    const text = 'Russian President Vladimir Putin visited Russia.';
    expect(findEnglish(text, ['Russia']).map((h) => h.start)).toEqual([41]);
    expect(findEnglish(text, ['Putin', 'Vladimir Putin']).map((h) => h.text)).toEqual([
      'Vladimir Putin'
    ]);
  });
});
