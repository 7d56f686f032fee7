import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { buildArticle } from '../build';
import { capPerSentence, MIN_ON_PARAGRAPH } from './cap';
import { generateItems } from './candidates';
import { plainArticle } from './plain-article';

const article = (...paragraphs: string[]) => plainArticle('cap', ...paragraphs);

// One sentence a paragraph: one item a sentence would leave each with one.
const ONE_SENTENCE_EACH = [
  'وافتتحت بلدية عمّان حديقة الملك عبدالله العامة في أيار 2018 بعد سنتين من العمل بكلفة 12 مليون دينار.',
  'وزرع متطوعون من جمعية الغد الأخضر ألف شجرة زيتون في الحديقة في 12 آذار 2020.',
  'وقال رئيس البلدية سامر الخطيب إن الحرارة في الأحياء المجاورة للحديقة انخفضت درجتين في الصيف.'
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

describe('a short paragraph whose other fact prints an answer', () => {
  // p-7: «تقول سعاد إبراهيم … إن سعر كيلوغرام اللحم ارتفع من 250 إلى 400 جنيه» then her quotation,
  // asked as «who said this»: the statement prints the speaker, so it stands only as a sibling.
  const b = buildArticle({
    slug: 'economy',
    articleText: readFileSync('tests/fixtures/economy-article.txt', 'utf8')
  });
  const on = b.bank.items.filter((i) => i.evidence[0]?.paragraph === 'p-7');

  it(`keeps ${MIN_ON_PARAGRAPH} items, one printing the other's answer, as siblings`, () => {
    expect(on.length).toBeGreaterThanOrEqual(MIN_ON_PARAGRAPH);
    const speaker = on.find((i) => i.type === 'mcq');
    const right = speaker?.type === 'mcq' ? speaker.options[speaker.answer]?.ar : undefined;
    const printer = on.find(
      (i) => i !== speaker && right !== undefined && i.prompt.ar.includes(right)
    );
    expect(printer).toBeDefined();
    expect(printer?.sibling).toBe(speaker?.sibling);
  });
});

describe('a statement that gives way to a name blank', () => {
  // p-6: «تقول الباحثة ليلى منصور إن مراقبة الشعاب … حتى العام 2030»: kept as a statement, it left
  // no room for the year among the names; asked as «who said this», the year fits beside it.
  const b = buildArticle({
    slug: 'second',
    articleText: readFileSync('tests/fixtures/second-article.txt', 'utf8')
  });
  const on = (p: string) => b.bank.items.filter((i) => i.evidence[0]?.paragraph === p);

  it(`gives every paragraph ${MIN_ON_PARAGRAPH} items`, () => {
    for (const p of b.bank.paragraphs) expect(on(p.id).length, p.id).toBeGreaterThanOrEqual(2);
  });

  it('asks the speaker as a multiple choice and the year beside it, typed', () => {
    // «حتى العام 2030 على الأقل» is a bound: typed, as options after it could all be right.
    const answers = on('p-6').map((i) =>
      i.type === 'mcq' ? i.options[i.answer]?.ar : i.type === 'cloze' ? i.answer.ar : i.type
    );
    expect(answers).toEqual(expect.arrayContaining(['ليلى منصور', '2030']));
  });
});

describe('an article with no name left to ask', () => {
  // The park article names one body that can be asked among others; its numbers and dates then
  // give its short paragraphs their second item instead of waiting for names that are not there.
  const b = buildArticle({
    slug: 'park',
    articleText: readFileSync('tests/fixtures/park-article.txt', 'utf8')
  });
  const on = (p: string) => b.bank.items.filter((i) => i.evidence[0]?.paragraph === p);

  it('gives its first paragraphs two items, a number beside a date', () => {
    for (const p of ['p-1', 'p-2', 'p-3']) expect(on(p).length, p).toBeGreaterThanOrEqual(2);
    const p1 = on('p-1').map((i) => (i.type === 'mcq' ? i.options[i.answer]?.ar : i.type));
    expect(p1).toEqual(expect.arrayContaining(['2016', '40']));
  });
});
