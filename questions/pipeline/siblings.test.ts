// The sibling rule: items whose evidence lies in one sentence share a group, other sentences
// differ; a quote over two sentences and one answer asked twice in a paragraph join groups; only
// an item's first paragraph counts; groups do not depend on the items' order. On the seed bank
// as built: every pair of items on one sentence is in one group, and no quiz holds two of them.
import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/lib/domain/bank';
import { buildQuiz, DEFAULT_QUIZ_SETTINGS, QUIZ_LENGTHS } from '../../src/lib/domain/quiz';
import { buildArticle } from '../build';
import { readArticleFolder } from '../files';
import { sentenceSiblingId } from '../ids';
import { splitSentences } from '../sentences';
import { groupSiblings } from './siblings';

const P1 =
  'زار بوتين طهران في تموز 2022 والتقى رئيسي. ' +
  'وأرسلت إيران طائرات مسيّرة إلى روسيا. ' +
  'وقالت واشنطن إن التعاون يتعمق.';
const P2 = 'وفي كانون الأول وقّع البلدان اتفاقاً جديداً. وتحدث بوتين عن شراكة طويلة.';
const PARAGRAPHS = [
  { id: 'p-1', ar: P1 },
  { id: 'p-2', ar: P2 }
];

let made = 0;
function base(id: string, evidence: [string, string][]) {
  made += 1;
  return {
    id,
    article: 'demo',
    source: 'generated' as const,
    topic: 't',
    difficulty: 1 as const,
    evidence: evidence.map(([paragraph, quote]) => ({ paragraph, quote })),
    prompt: { ar: `سؤال ${made}` },
    explanation: { ar: 'شرح' },
    sibling: `own-${id}`
  };
}
const cloze = (id: string, answer: string, ...evidence: [string, string][]): Item => ({
  ...base(id, evidence),
  type: 'cloze',
  answer: { ar: answer },
  accept: { ar: [], en: [] }
});
const statement = (id: string, ...evidence: [string, string][]): Item => ({
  ...base(id, evidence),
  type: 'truefalse',
  answer: true
});
const mcq = (id: string, right: string, ...evidence: [string, string][]): Item => ({
  ...base(id, evidence),
  type: 'mcq',
  options: [{ ar: 'لندن' }, { ar: right }, { ar: 'باريس' }],
  answer: 1
});

const siblingsOf = (items: readonly Item[]) =>
  Object.fromEntries(groupSiblings('demo', PARAGRAPHS, items).map((i) => [i.id, i.sibling]));

describe('groupSiblings', () => {
  it('gives every item on one sentence its group, whatever the answer or type', () => {
    const s = siblingsOf([
      cloze('a', 'روسيا', ['p-1', 'وأرسلت إيران طائرات مسيّرة إلى روسيا.']),
      cloze('b', 'إيران', ['p-1', 'وأرسلت إيران طائرات']),
      statement('c', ['p-1', 'طائرات مسيّرة إلى روسيا']),
      mcq('d', 'طهران', ['p-1', 'زار بوتين طهران'])
    ]);
    expect(s.a).toBe(sentenceSiblingId('demo', 'p-1', 1));
    expect(s.b).toBe(s.a);
    expect(s.c).toBe(s.a);
    expect(s.d).toBe(sentenceSiblingId('demo', 'p-1', 0));
  });

  it('keeps different sentences apart, within a paragraph and across paragraphs', () => {
    const s = siblingsOf([
      statement('a', ['p-1', 'زار بوتين طهران']),
      statement('b', ['p-1', 'وأرسلت إيران طائرات']),
      statement('c', ['p-1', 'وقالت واشنطن']),
      statement('d', ['p-2', 'وقّع البلدان اتفاقاً']),
      statement('e', ['p-2', 'وتحدث بوتين'])
    ]);
    expect(new Set(Object.values(s)).size).toBe(5);
  });

  it('joins the sentences a quote spans, and those of two quotes in one paragraph', () => {
    const s = siblingsOf([
      statement('over', ['p-1', 'والتقى رئيسي. وأرسلت إيران']),
      statement('first', ['p-1', 'زار بوتين طهران']),
      statement('second', ['p-1', 'إلى روسيا.']),
      statement('two', ['p-2', 'وقّع البلدان'], ['p-2', 'وتحدث بوتين']),
      statement('p2-first', ['p-2', 'اتفاقاً جديداً']),
      statement('p2-second', ['p-2', 'شراكة طويلة']),
      statement('third', ['p-1', 'وقالت واشنطن'])
    ]);
    expect(s.over).toBe(sentenceSiblingId('demo', 'p-1', 0));
    expect([s.first, s.second]).toEqual([s.over, s.over]);
    expect([s['p2-first'], s['p2-second']]).toEqual([s.two, s.two]);
    expect(s.third).not.toBe(s.over);
  });

  it('joins items asking for one answer in one paragraph, not in another', () => {
    const s = siblingsOf([
      cloze('one', 'بوتين', ['p-1', 'زار بوتين طهران']),
      mcq('again', 'بوتين', ['p-1', 'وقالت واشنطن']),
      cloze('elsewhere', 'بوتين', ['p-2', 'وتحدث بوتين'])
    ]);
    expect(s.again).toBe(s.one);
    expect(s.elsewhere).not.toBe(s.one);
  });

  it('joins a generated item with one that prints its answer: of its paragraph, or generated', () => {
    const prints = {
      ...statement('prints', ['p-1', 'وقالت واشنطن']),
      prompt: { ar: 'زار بوتين طهران' }
    };
    const s = siblingsOf([
      cloze('asked', 'طهران', ['p-1', 'وأرسلت إيران طائرات']),
      prints,
      { ...prints, id: 'p2', evidence: [{ paragraph: 'p-2', quote: 'وتحدث بوتين' }] },
      {
        ...prints,
        id: 'curated',
        source: 'curated',
        evidence: [{ paragraph: 'p-3', quote: 'وأعلنت موسكو' }]
      },
      { ...statement('silent', ['p-1', 'والتقى رئيسي']), prompt: { ar: 'التقى رئيسي' } }
    ]);
    expect(s.prints).toBe(s.asked);
    // Generated, of another paragraph: the build keeps it only for a paragraph with no item.
    expect(s.p2).toBe(s.asked);
    expect(s.curated).not.toBe(s.asked);
    expect(s.silent).not.toBe(s.asked);
  });

  it('leaves two hand-written items that print each other’s answers apart', () => {
    const hand = (i: Item): Item => ({ ...i, source: 'curated' });
    const s = siblingsOf([
      hand(cloze('asked', 'طهران', ['p-1', 'وأرسلت إيران طائرات'])),
      hand({ ...statement('prints', ['p-1', 'وقالت واشنطن']), prompt: { ar: 'زار بوتين طهران' } })
    ]);
    expect(s.prints).not.toBe(s.asked);
  });

  it('counts only the first paragraph of an item drawing on several', () => {
    const s = siblingsOf([
      statement('wide', ['p-1', 'زار بوتين طهران'], ['p-2', 'وتحدث بوتين']),
      statement('p1', ['p-1', 'والتقى رئيسي']),
      statement('p2', ['p-2', 'شراكة طويلة'])
    ]);
    expect(s.wide).toBe(s.p1);
    expect(s.p2).toBe(sentenceSiblingId('demo', 'p-2', 1));
  });

  it('names groups the same whatever the order of the items', () => {
    const items = [
      statement('x', ['p-1', 'وقالت واشنطن']),
      cloze('y', 'إيران', ['p-1', 'وأرسلت إيران']),
      statement('z', ['p-1', 'مسيّرة إلى روسيا. وقالت'])
    ];
    const forward = siblingsOf(items);
    expect(siblingsOf([...items].reverse())).toEqual(forward);
    expect(forward.x).toBe(sentenceSiblingId('demo', 'p-1', 1));
  });

  it('leaves an item whose quote is not in its paragraph as it was', () => {
    const s = siblingsOf([
      statement('lost', ['p-1', 'ليس في المقال']),
      statement('gone', ['p-9', 'x'])
    ]);
    expect(s).toEqual({ lost: 'own-lost', gone: 'own-gone' });
  });

  it('is scoped by the course: another slug gives other ids', () => {
    const items = [statement('a', ['p-1', 'زار بوتين'])];
    const other = groupSiblings('other', PARAGRAPHS, items)[0]?.sibling;
    expect(other).not.toBe(siblingsOf(items).a);
  });
});

describe('sibling groups of the seed bank as built', () => {
  const { bank } = buildArticle(readArticleFolder('questions/articles/iran-russia-2023'));
  const texts = new Map(bank.paragraphs.map((p) => [p.id, p.ar]));
  /** Each sentence's items, found independently of the build (by the quote's first sentence). */
  const bySentence = new Map<string, Item[]>();
  for (const item of bank.items) {
    const e = item.evidence[0]!;
    const text = texts.get(e.paragraph)!;
    const at = text.indexOf(e.quote);
    const n = splitSentences(text).findIndex((s) => s.end > at);
    const key = `${e.paragraph}#${n}`;
    bySentence.set(key, [...(bySentence.get(key) ?? []), item]);
  }

  it('puts every item of one sentence in one group', () => {
    expect(bySentence.size).toBeGreaterThan(30);
    for (const items of bySentence.values()) {
      expect(new Set(items.map((i) => i.sibling)).size).toBe(1);
    }
  });

  it('never puts two items of one sentence in a quiz, whatever its length and seed', () => {
    const sentenceOf = new Map(
      [...bySentence].flatMap(([key, items]) => items.map((i) => [i.id, key] as const))
    );
    for (const length of QUIZ_LENGTHS) {
      for (let seed = 1; seed <= 30; seed++) {
        const plan = buildQuiz(bank.items, { ...DEFAULT_QUIZ_SETTINGS, length }, seed);
        const sentences = plan.questions.map((q) => sentenceOf.get(q.itemId));
        expect(new Set(sentences).size).toBe(sentences.length);
        // The seed bank still fills a quiz of 20.
        if (length !== 'all') expect(sentences).toHaveLength(length);
      }
    }
  });

  it('gives most sentences a group of their own', () => {
    const groups = new Set(bank.items.map((i) => i.sibling));
    // Joined only where a quote spans sentences or one answer is asked in two of them.
    expect(groups.size).toBeGreaterThanOrEqual(bySentence.size - 6);
    expect(groups.size).toBeLessThanOrEqual(bySentence.size);
  });
});
