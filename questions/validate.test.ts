import { describe, expect, it } from 'vitest';
import type { Item } from '../src/lib/domain/bank';
import { containsWords } from './arabic';
import type { Candidate, ItemMeta, Rule } from './types';
import { validateItem, validateItems } from './validate';

const P1 = 'تم إسقاط أكثر من 80 طائرة مسيّرة إيرانية الصنع أطلقها الجيش الروسي فوق أوكرانيا.';
const ctx = {
  paragraphs: new Map([['p-1', P1]]),
  topics: new Set(['drones-war']),
  requireEnglish: true
};
const base = {
  id: 'x-1',
  article: 'a',
  source: 'curated' as const,
  topic: 'drones-war',
  difficulty: 1 as const,
  evidence: [{ paragraph: 'p-1', quote: 'أطلقها الجيش الروسي فوق أوكرانيا' }],
  prompt: {
    ar: 'أين أطلق الجيش الروسي المسيّرات؟',
    en: 'Where did the Russian army launch the drones?'
  },
  explanation: { ar: 'فوق أوكرانيا.', en: 'Over Ukraine.' },
  sibling: 's-1'
};
const good = {
  short: {
    ...base,
    type: 'short',
    answer: { ar: 'أوكرانيا', en: 'Ukraine' },
    accept: { ar: [], en: [] }
  },
  cloze: {
    ...base,
    type: 'cloze',
    prompt: {
      ar: 'أطلقها الجيش الروسي فوق ____.',
      en: 'The Russian army launched them over ____.'
    },
    answer: { ar: 'أوكرانيا', en: 'Ukraine' },
    accept: { ar: [], en: [] }
  },
  mcq: {
    ...base,
    type: 'mcq',
    options: [
      { ar: 'أوكرانيا', en: 'Ukraine' },
      { ar: 'سوريا', en: 'Syria' },
      { ar: 'إيران', en: 'Iran' },
      { ar: 'الصين', en: 'China' }
    ],
    answer: 0
  }
} satisfies Record<string, Item>;
const mcqMeta: ItemMeta = {
  answerKind: 'country',
  options: ['country', 'country', 'country', 'country'].map((kind) => ({ kind, forms: [] }))
};

function rules(item: unknown, meta: ItemMeta = {}): Rule[] {
  return validateItem({ item: item as Item, meta }, ctx).map((o) => o.rule);
}

describe('validateItem: good items pass', () => {
  it.each(Object.keys(good))('%s', (type) => {
    expect(rules((good as Record<string, Item>)[type])).toEqual([]);
  });
  it('generated mcq with its meta', () => {
    expect(rules({ ...good.mcq, source: 'generated' }, mcqMeta)).toEqual([]);
  });
});

describe('validateItem: one failing fixture per rule', () => {
  it('schema', () => {
    expect(rules({ ...good.short, difficulty: 4 })).toContain('schema');
    expect(rules({ ...good.short, answer: undefined })).toContain('schema');
  });
  it('paragraph', () => {
    expect(rules({ ...good.short, evidence: [{ paragraph: 'p-9', quote: 'x' }] })).toContain(
      'paragraph'
    );
  });
  it('evidence', () => {
    // Without the shadda the quote is not verbatim.
    expect(
      rules({ ...good.short, evidence: [{ paragraph: 'p-1', quote: 'طائرة مسيرة' }] })
    ).toContain('evidence');
  });
  it('topic', () => {
    expect(rules({ ...good.short, topic: 'nope' })).toEqual(['topic']);
  });
  it('bilingual', () => {
    expect(rules({ ...good.short, explanation: { ar: 'فوق أوكرانيا.' } })).toEqual(['bilingual']);
  });
  it('cloze-blank', () => {
    expect(
      rules({ ...good.cloze, prompt: { ar: 'أطلقها الجيش فوق ____ و____.', en: 'over ____.' } })
    ).toContain('cloze-blank');
  });
  it('answer-in-evidence', () => {
    expect(rules({ ...good.cloze, answer: { ar: 'سوريا', en: 'Syria' } })).toContain(
      'answer-in-evidence'
    );
  });
  it('leak (after normalisation, with a clitic)', () => {
    const leaky = {
      ...good.short,
      prompt: { ar: 'هل أُطلقت المسيّرات فوق وأوكرانيا؟', en: 'Over which country?' }
    };
    expect(rules(leaky)).toEqual(['leak']);
    const leakyEn = { ...good.short, prompt: { ar: 'أين؟', en: 'Over UKRAINE?' } };
    expect(rules(leakyEn)).toEqual(['leak']);
    const mcqLeak = { ...good.mcq, prompt: { ar: 'هل هي اوكرانيا؟', en: 'Which?' } };
    expect(rules(mcqLeak)).toEqual(['leak']);
  });
  it('options-distinct', () => {
    const options = [
      { ar: 'أوكرانيا', en: 'Ukraine' },
      { ar: 'اوكرانيا', en: 'Ukr.' },
      { ar: 'إيران', en: 'Iran' },
      { ar: 'الصين', en: 'China' }
    ];
    expect(rules({ ...good.mcq, options })).toEqual(['options-distinct']);
  });
  it('one-right: answer index out of range', () => {
    expect(rules({ ...good.mcq, answer: 7 })).toContain('one-right');
  });
  it('one-right: a generated distractor occurs in the evidence', () => {
    const options = [
      { ar: 'أوكرانيا', en: 'Ukraine' },
      { ar: 'روسيا', en: 'Russia' },
      { ar: 'إيران', en: 'Iran' },
      { ar: 'الصين', en: 'China' }
    ];
    const meta: ItemMeta = {
      ...mcqMeta,
      options: mcqMeta.options?.map((o, i) => (i === 1 ? { ...o, forms: ['الروسي'] } : o))
    };
    expect(rules({ ...good.mcq, source: 'generated', options }, meta)).toEqual(['one-right']);
  });
  it('distractor-type', () => {
    const meta: ItemMeta = {
      ...mcqMeta,
      options: mcqMeta.options?.map((o, i) => (i === 2 ? { ...o, kind: 'person:m' } : o))
    };
    expect(rules({ ...good.mcq, source: 'generated' }, meta)).toEqual(['distractor-type']);
  });
  it('shape: a curated mcq has 4 options; matching 3–5 pairs; ordering earliest first', () => {
    expect(rules({ ...good.mcq, options: good.mcq.options.slice(0, 3) })).toEqual(['shape']);
    const pair = (a: string, b: string) => ({ left: { ar: a, en: a }, right: { ar: b, en: b } });
    expect(rules({ ...base, type: 'matching', pairs: [pair('أ', 'ب'), pair('ج', 'د')] })).toEqual([
      'shape'
    ]);
    const ev = (ar: string, date: string) => ({ ar, en: ar, date });
    expect(
      rules({
        ...base,
        type: 'ordering',
        sequence: [ev('أ', '2022'), ev('ب', '2015'), ev('ج', '2023')]
      })
    ).toEqual(['shape']);
  });
  it('unique-id', () => {
    const c: Candidate = { item: good.short as Item, meta: {} };
    expect(validateItems([c, c], ctx).map((o) => o.rule)).toEqual(['unique-id']);
  });
});

describe('containsWords', () => {
  it('matches whole words after normalisation, with a clitic on the first', () => {
    expect(containsWords('تقارب بين إيران وروسيا', 'روسيا')).toBe(true);
    expect(containsWords('القوات الروسية', 'روسيا')).toBe(false);
    expect(containsWords('قادة الحرس الثوري', 'حرس ثوري')).toBe(true);
  });
});
