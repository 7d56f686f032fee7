import { describe, expect, it } from 'vitest';
import { entityMatchers, findMentions } from './entities';
import { distractorsFor } from './distractors';
import {
  countingClass,
  DUAL_RE,
  granularity,
  NUMBER_WORD_RE,
  numberInWords,
  numberOptions,
  numberWord
} from './numbers';
import { DUAL_TYPED, SMALL_COUNT_TYPED } from './items';
import { generateItems } from './pipeline/candidates';
import { plainArticle } from './pipeline/plain-article';

describe('countingClass', () => {
  it('follows the last part of the number', () => {
    expect([2, 3, 10, 11, 99, 100, 103, 111, 1200, 2.5, 4.5].map(countingClass)).toEqual([
      'one-two',
      'few',
      'few',
      'many',
      'many',
      'hundreds',
      'few',
      'many',
      'hundreds',
      'fraction',
      'few'
    ]);
  });
});

describe('numberOptions', () => {
  it('gives values of the same magnitude, rounded as the answer is', () => {
    expect(numberOptions(450, ' مليون دولار')).toEqual([300, 600, 750]);
    expect(numberOptions(1200, ' عامل')).toEqual([800, 1600, 2000]);
    expect(granularity(61)).toBe(1);
    expect(granularity(1.5)).toBe(0.5);
    expect(granularity(21.25)).toBe(0.25);
    expect(granularity(33.7)).toBeCloseTo(0.1);
    expect(numberOptions(4.5, ' ملايين طفل')).toEqual([3, 6, 7.5]);
    // A quarter is offered among quarters and halves, never beside round 16 and 32.
    const quarter = numberOptions(21.25, ' في المئة', 6);
    expect(quarter.length).toBeGreaterThanOrEqual(3);
    expect(quarter.filter(Number.isInteger)).toEqual([]);
  });

  it('keeps the counted noun agreeing: «61 متراً» never «102 متراً», «8 ملايين» never «13»', () => {
    expect(numberOptions(61, ' متراً مكعباً', 8)).not.toContain(102);
    expect(numberOptions(61, ' متراً مكعباً', 8).every((v) => countingClass(v) === 'many')).toBe(
      true
    );
    const millions = numberOptions(8, ' ملايين دولار', 8);
    expect(millions.length).toBeGreaterThanOrEqual(3);
    expect(millions.every((v) => v >= 3 && v <= 10)).toBe(true);
    // Before a number that counts nothing, any class will do.
    expect(numberOptions(61, '.', 8)).toContain(102);
  });

  it('keeps a percentage at most 100', () => {
    expect(numberOptions(95, ' في المئة', 8).every((v) => v <= 100)).toBe(true);
    expect(numberOptions(95, ' دولاراً', 8).some((v) => v > 100)).toBe(true);
  });
});

describe('number distractors in a sentence', () => {
  it('never offers a value of another unit written in the article', () => {
    const sentence = 'بلغت الكلفة 450 مليون دولار وشارك 1200 عامل.';
    const mentions = findMentions(sentence, entityMatchers([]));
    const cost = mentions.find((m) => m.core === '450')!;
    const pools = {
      entities: [],
      byId: new Map(),
      years: [],
      numbers: [450, 1200],
      dates: []
    };
    const after = sentence.slice(cost.end);
    // Six made-up values to choose three from (`ladder.ts`), none of them the other unit's 1200.
    const got = distractorsFor(cost, mentions, pools, undefined, after).map((d) => d.ar);
    expect(got.slice(0, 3)).toEqual(['300', '600', '750']);
    expect(got).not.toContain('1200');
  });
});

describe('numbers written as words (3 to 10)', () => {
  it('reads a number word and its form, and writes another value in that form', () => {
    expect(numberWord('ستة')).toEqual({ value: 6, masculineNoun: true });
    expect(numberWord('ثماني')).toEqual({ value: 8, masculineNoun: false });
    expect(numberWord('اثنا')).toBeUndefined();
    expect(numberInWords(9, 'ستة')).toBe('تسعة');
    expect(numberInWords(3, 'سبع')).toBe('ثلاث');
    expect(numberInWords(11, 'ستة')).toBeUndefined();
  });

  it('finds a count before its noun, not a compound, a fraction or a verb', () => {
    const found = (text: string) => [...text.matchAll(NUMBER_WORD_RE)].map((m) => m[2]);
    expect(found('وتأخر تسليمه ستة أشهر، واستمرت الحملة أربعة أسابيع.')).toEqual(['ستة', 'أربعة']);
    expect(found('خلال ثلاث عشرة سنة')).toEqual([]);
    expect(found('يشكّل خمس السكان')).toEqual([]);
    expect(found('بعد اثني عشر شهراً')).toEqual([]);
    expect(found('لثلاثة أطفال')).toEqual(['ثلاثة']);
  });

  it('asks a count among counts of its form, never typed', () => {
    const { candidates, rejected } = generateItems(
      plainArticle(
        'count',
        'بدأ العمل في محطة العقبة الجديدة في نيسان 2021، وتأخر تسليمها ستة أشهر بسبب نقص في المعدّات المستوردة من الخارج.'
      )
    );
    const on = candidates.map((c) => c.item).filter((i) => JSON.stringify(i).includes('ستة'));
    const mcq = on.find((i) => i.type === 'mcq' && i.options[i.answer]?.ar === 'ستة');
    expect(mcq?.type === 'mcq' && mcq.options.every((o) => numberWord(o.ar)?.masculineNoun)).toBe(
      true
    );
    const cloze = on.find((i) => i.type === 'cloze' && i.answer.ar === 'ستة');
    expect(cloze).toBeUndefined();
    expect(rejected.some((r) => r.answer === 'ستة' && r.reason === SMALL_COUNT_TYPED)).toBe(true);
    const swapped = on.filter((i) => i.type === 'truefalse' && !i.answer);
    for (const s of swapped) {
      expect(s.prompt.ar).toMatch(/(?:ثلاثة|أربعة|خمسة|سبعة|ثمانية|تسعة|عشرة) أشهر/u);
    }
  });
});

describe('a count of two in one word («سنتين»، «درجتين»)', () => {
  it('reads the dual as 2 and writes other values with the noun in agreement', () => {
    expect(numberWord('سنتين')).toEqual({ value: 2, masculineNoun: false });
    expect(numberWord('شهران')).toEqual({ value: 2, masculineNoun: true });
    expect(numberInWords(1, 'سنتين')).toBe('سنة واحدة');
    expect(numberInWords(4, 'سنتين')).toBe('أربع سنوات');
    expect(numberInWords(1, 'شهرين')).toBe('شهر واحد');
    expect(numberInWords(6, 'شهرين')).toBe('ستة أشهر');
    expect(numberInWords(4, 'درجتين')).toBe('أربع درجات');
  });

  it('finds the dual of a unit, not a definite one nor another word in «ين»', () => {
    const found = (text: string) => [...text.matchAll(DUAL_RE)].map((m) => m[2]);
    expect(found('افتتحت الحديقة بعد سنتين من العمل، وانخفضت الحرارة درجتين.')).toEqual([
      'سنتين',
      'درجتين'
    ]);
    expect(found('خلال هذين اليومين')).toEqual([]);
    expect(found('قال المسؤولين في الدولتين')).toEqual([]);
    expect(found('ولعامين متتاليين')).toEqual(['عامين']);
  });

  it('asks it as multiple choice among one and a few of the same noun, never typed', () => {
    const { candidates, rejected } = generateItems(
      plainArticle(
        'dual',
        'افتتحت البلدية حديقة عامة كبيرة في أيار 2018 بعد سنتين من العمل، على أرض كانت موقفاً للسيارات.'
      )
    );
    const items = candidates.map((c) => c.item);
    const mcq = items.find((i) => i.type === 'mcq' && i.options[i.answer]?.ar === 'سنتين');
    const options = mcq?.type === 'mcq' ? mcq.options.map((o) => o.ar) : [];
    expect(options).toHaveLength(4);
    // «أربع سنوات» holds its noun: a bare «4» in English would drop it.
    expect(mcq?.type === 'mcq' && mcq.options.filter((o) => o.en !== undefined)).toEqual([]);
    for (const o of options) {
      expect(o).toMatch(/^(?:سنتين|سنة واحدة|(?:ثلاث|أربع|خمس|ست) سنوات)$/u);
    }
    expect(rejected.some((r) => r.answer === 'سنتين' && r.reason === DUAL_TYPED)).toBe(true);
    const swapped = items.filter(
      (i) => i.type === 'truefalse' && !i.answer && !i.prompt.ar.includes('سنتين')
    );
    expect(swapped.length).toBeGreaterThan(0);
    for (const s of swapped) {
      expect(s.prompt.ar).toMatch(/بعد (?:سنة واحدة|(?:ثلاث|أربع|خمس|ست) سنوات) من العمل/u);
    }
  });
});

describe('a round year', () => {
  it('is offered among round years, never among the years beside it', () => {
    const { candidates } = generateItems(
      plainArticle(
        'round',
        'وتقول الباحثة ليلى منصور إن مراقبة الشعاب المرجانية في خليج العقبة يجب أن تستمر حتى العام 2030.'
      )
    );
    const mcq = candidates
      .map((c) => c.item)
      .find((i) => i.type === 'mcq' && i.options[i.answer]?.ar === '2030');
    const years = mcq?.type === 'mcq' ? mcq.options.map((o) => Number(o.ar)) : [];
    expect(years).toHaveLength(4);
    expect(years.every((y) => y % 5 === 0 && y >= 2025)).toBe(true);
  });
});

describe('number words as articles write them (unseen articles of session 20)', () => {
  const words = (text: string) => [...text.matchAll(NUMBER_WORD_RE)].map((r) => r[2]);

  it('reads a number word with its marks, and none that is part of a compound', () => {
    expect(words('من تسعِ دول عربية على ستِّ قاعات')).toEqual(['تسعِ', 'ستِّ']);
    expect(words('شارك فيها خمسةٌ وأربعون عاملًا')).toEqual([]);
    expect(words('ضمّت أربعةَ عشرَ فيلمًا')).toEqual([]);
  });

  it('takes no count from an ordinal («الدورة الحادية عشرة»)', () => {
    const found = findMentions(
      'اختتمت فعاليات الدورة الحادية عشرة من المهرجان.',
      entityMatchers([])
    );
    expect(found.filter((m) => m.kind === 'number')).toEqual([]);
  });

  it('offers a marked number word among words with no marks, the answer too', () => {
    const g = generateItems(
      plainArticle(
        'marks',
        'بدأ العمل في محطة العقبة الجديدة في نيسان 2021، وتأخر تسليمها ستَّ سنوات بسبب نقص في المعدّات المستوردة من الخارج.'
      )
    );
    const mcq = g.candidates
      .map((c) => c.item)
      .find((i) => i.type === 'mcq' && /ست/u.test(i.options[i.answer]?.ar ?? ''));
    const options = mcq?.type === 'mcq' ? mcq.options.map((o) => o.ar) : [];
    expect(mcq?.type === 'mcq' && mcq.options[mcq.answer]?.ar).toBe('ست');
    expect(options.length).toBeGreaterThan(2);
    expect(options.some((o) => /[\u064B-\u0652]/u.test(o))).toBe(false);
  });
});

describe('a false statement on a count in words', () => {
  it('swaps the word for another of its form, the plural kept («ثلاث محطات» → «ست محطات»)', () => {
    const g = generateItems(
      plainArticle(
        'swap',
        'وبحسب المخطط، ينطلق الخط من حي الرمال شرق العاصمة، ويرتبط الخط بالخطين الأزرق والأصفر عبر ثلاث محطات تبادلية في وسط المدينة.'
      )
    );
    const falses = g.candidates
      .map((c) => c.item)
      .filter((i) => i.type === 'truefalse' && !i.answer);
    expect(falses.length).toBeGreaterThan(0);
    for (const f of falses) {
      expect(f.prompt.ar).toMatch(/عبر (?:أربع|خمس|ست|سبع|ثماني|تسع|عشر) محطات تبادلية/u);
    }
  });
});
