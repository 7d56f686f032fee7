import { describe, expect, it } from 'vitest';
import { capPerSentence, MIN_ON_PARAGRAPH } from './cap';
import { generateItems } from './candidates';
import { plainArticle } from './plain-article';

const article = (...paragraphs: string[]) => plainArticle('cap', ...paragraphs);

// One sentence a paragraph: one item a sentence would leave each with one.
const ONE_SENTENCE_EACH = [
  'وافتتحت بلدية عمّان حديقة الملك عبدالله العامة في أيار 2018 بعد سنتين من العمل بكلفة 12 مليون دينار.',
  'وزرع متطوعون من جمعية الغد الأخضر ألف شجرة زيتون في الحديقة في 12 آذار 2020.',
  'وقال رئيس البلدية سامر الخطيب إن الحرارة في الأحياء المجاورة انخفضت درجتين في الصيف.'
];

describe('a second item on a sentence', () => {
  const { candidates } = generateItems(article(...ONE_SENTENCE_EACH));
  const { kept } = capPerSentence(candidates);
  const on = (p: string) => kept.filter((c) => c.item.evidence[0]?.paragraph === p);

  it(`gives a paragraph of one sentence ${MIN_ON_PARAGRAPH} items where it has two facts`, () => {
    expect(on('p-1').length).toBe(MIN_ON_PARAGRAPH);
  });

  it('never asks one fact twice on the sentence', () => {
    for (const p of ['p-1', 'p-2', 'p-3']) {
      const answers = on(p).map((c) => c.meta.provenance?.answer);
      expect(new Set(answers).size, p).toBe(answers.length);
    }
  });

  it('never keeps two statements on one sentence', () => {
    for (const p of ['p-1', 'p-2', 'p-3']) {
      expect(on(p).filter((c) => c.item.type === 'truefalse').length, p).toBeLessThanOrEqual(1);
    }
  });
});
