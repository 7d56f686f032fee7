// Asserts the review screen's logic on a bank made from the health fixture: a draft edits an item
// and nothing else; each broken build rule lands on the field it concerns; a hand-written item is
// valid, curated, in its paragraph's topic, with an id unique in the bank; the reviewed bank drops,
// replaces and adds items in article order with a new version, a hand-written item in its
// sentence's sibling group.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ArticleBank, Item } from '$lib/domain/bank';
import { parseArticleBank } from '$lib/domain/bank';
import { buildFromText } from '../../../../questions/build';
import { splitSentences } from '../../../../questions/sentences';
import {
  applyDraft,
  blankDraft,
  byParagraph,
  draftOf,
  fieldErrors,
  handId,
  newItem,
  paragraphTopic,
  pathField,
  reviewContext,
  reviewedBank,
  type Draft
} from './review';

const articleText = readFileSync(
  join(import.meta.dirname, '../../../../tests/fixtures/health-article.txt'),
  'utf8'
);
const bank = buildFromText({ slug: 'health', articleText }).bank;
const ctx = reviewContext(bank);
const first = <T extends Item['type']>(type: T) =>
  bank.items.find((i): i is Extract<Item, { type: T }> => i.type === type)!;
const paragraph = (id: string) => bank.paragraphs.find((p) => p.id === id)!.ar;
// A multiple choice on a number whose right option is not the last: its English is its Arabic.
const numberMcq = bank.items.find(
  (i): i is Extract<Item, { type: 'mcq' }> =>
    i.type === 'mcq' &&
    i.options.every((o) => /^\d+$/u.test(o.ar)) &&
    i.answer !== i.options.length - 1
)!;

function edit(item: Item, change: (d: Draft) => void): Item {
  const draft = draftOf(item);
  change(draft);
  return applyDraft(item, draft, false);
}
const errors = (item: Item) => Object.fromEntries(fieldErrors(item, ctx));

describe('editing an item', () => {
  it('changes nothing but the source when the draft is left alone', () => {
    for (const item of bank.items) {
      expect(applyDraft(item, draftOf(item), false)).toEqual({ ...item, source: 'curated' });
    }
  });

  it('takes the edited prompt, options, right answer and accepted answers', () => {
    const mcq = edit(numberMcq, (d) => {
      d.options[0] = { ar: '9', en: '6' };
      d.right = 0;
    });
    expect(mcq).toMatchObject({ answer: 0 });
    // The English was the Arabic (a number): it follows the edit.
    expect(mcq.type === 'mcq' && mcq.options[0]).toEqual({ ar: '9', en: '9' });
    const cloze = edit(first('cloze'), (d) => {
      d.acceptAr = ' أحد \n\n اثنان ';
    });
    expect(cloze.type === 'cloze' && cloze.accept.ar).toEqual(['أحد', 'اثنان']);
    const tf = edit(first('truefalse'), (d) => {
      d.truth = !d.truth;
    });
    expect(tf.type === 'truefalse' && tf.answer).toBe(!first('truefalse').answer);
  });

  it('finds no broken rule in the generated items', () => {
    for (const item of bank.items) {
      expect(errors(applyDraft(item, draftOf(item), false))).toEqual({});
    }
  });
});

describe('broken rules on their fields', () => {
  it('an empty prompt or option is a schema problem on that field only', () => {
    expect(errors(edit(first('cloze'), (d) => (d.prompt = { ar: '  ', en: '' })))).toEqual({
      prompt: ['schema']
    });
    expect(errors(edit(first('mcq'), (d) => (d.options[1] = { ar: '', en: '' })))).toMatchObject({
      'option:1': ['schema']
    });
  });

  it('a cloze prompt without its blank, an answer not in the evidence', () => {
    const cloze = first('cloze');
    expect(errors(edit(cloze, (d) => (d.prompt.ar = d.prompt.ar.replace('____', 'كذا'))))).toEqual({
      prompt: ['cloze-blank']
    });
    expect(errors(edit(cloze, (d) => (d.answer.ar = 'زيمبابوي')))).toEqual({
      answer: ['answer-in-evidence']
    });
  });

  it('a prompt that gives the answer away', () => {
    const cloze = first('cloze');
    const leaky = edit(cloze, (d) => (d.prompt.ar = `${d.prompt.ar} ${d.answer.ar}`));
    expect(errors(leaky)).toEqual({ prompt: ['leak'] });
  });

  it('two equal options, or not four, on the options', () => {
    const mcq = numberMcq;
    expect(errors(edit(mcq, (d) => (d.options[1] = { ...d.options[0]! })))).toMatchObject({
      options: ['options-distinct']
    });
    expect(errors(edit(mcq, (d) => d.options.pop()))).toEqual({ options: ['shape'] });
  });

  it('a quote that is not word for word in its paragraph, a paragraph that does not exist', () => {
    const tf = first('truefalse');
    expect(errors(edit(tf, (d) => (d.quote = `${d.quote} زيادة`)))).toEqual({
      quote: ['evidence']
    });
    expect(errors(edit(tf, (d) => (d.paragraph = 'p-99')))).toEqual({ paragraph: ['paragraph'] });
  });

  it('missing English where the article has a translation', () => {
    const bilingual: ArticleBank = {
      ...bank,
      paragraphs: bank.paragraphs.map((p) => ({ ...p, en: 'English' }))
    };
    const item = applyDraft(first('truefalse'), draftOf(first('truefalse')), true);
    const found = Object.fromEntries(fieldErrors(item, reviewContext(bilingual)));
    expect(found).toEqual({ promptEn: ['bilingual'], item: ['bilingual'] });
  });

  it('maps paths inside an item to fields', () => {
    expect(pathField('options.2.en')).toBe('optionEn:2');
    expect(pathField('options')).toBe('options');
    expect(pathField('evidence.0.paragraph')).toBe('paragraph');
    expect(pathField('evidence.0.quote')).toBe('quote');
    expect(pathField('explanation.ar')).toBe('item');
  });
});

describe('a hand-written item', () => {
  const p = 'p-2';
  const quote = paragraph(p).split(' ').slice(0, 6).join(' ');
  const draft = (): Draft => ({
    ...blankDraft('short', p, quote),
    prompt: { ar: 'ما الذي يذكره المقال هنا؟', en: '' },
    answer: { ar: quote.split(' ')[0]!, en: '' }
  });
  const taken = new Set(bank.items.map((i) => i.id));

  it('is curated, valid, in its paragraph with the quote as evidence and explanation', () => {
    const item = newItem(bank, draft(), taken);
    expect(item).toMatchObject({
      source: 'curated',
      type: 'short',
      article: 'health',
      evidence: [{ paragraph: p, quote }],
      explanation: { ar: quote },
      topic: paragraphTopic(bank, p),
      sibling: item.id
    });
    expect(item.id).toMatch(/^h-[0-9a-f]{10}$/);
    expect(errors(item)).toEqual({});
  });

  it('gets the same id for the same draft, another one when that id is taken', () => {
    const a = handId(draft(), taken);
    expect(handId(draft(), taken)).toBe(a);
    const b = handId(draft(), new Set([...taken, a]));
    expect(b).not.toBe(a);
    expect(b).toMatch(/^h-/);
  });

  it('makes each of the four types', () => {
    for (const type of ['mcq', 'truefalse', 'cloze', 'short'] as const) {
      const d = blankDraft(type, p, quote);
      expect(newItem(bank, d, taken).type).toBe(type);
    }
    const mcq = newItem(bank, { ...blankDraft('mcq', p, quote), right: 2 }, taken);
    expect(mcq.type === 'mcq' && [mcq.options.length, mcq.answer]).toEqual([4, 2]);
  });

  it('takes the topic most items of the paragraph have, else the first topic', () => {
    const onP1 = (i: Item) => i.evidence[0]!.paragraph === 'p-1';
    const two: ArticleBank = {
      ...bank,
      topics: [...bank.topics, { id: 'zz', ar: 'ز', en: 'Z' }],
      items: bank.items.map((i) => (onP1(i) ? { ...i, topic: 'zz' } : i))
    };
    expect(paragraphTopic(two, 'p-1')).toBe('zz');
    expect(paragraphTopic(two, 'p-2')).toBe('article');
    expect(paragraphTopic({ ...two, items: [] }, 'p-1')).toBe(bank.topics[0]!.id);
  });
});

describe('the reviewed bank', () => {
  it('is the bank itself when nothing changed', () => {
    const same = reviewedBank(bank, { removed: new Set(), edited: new Map(), added: [] });
    expect(same).toBe(bank);
  });

  it('drops, replaces and adds items in article order, under a new version', () => {
    const [gone, changed] = bank.items;
    const edited = edit(changed!, (d) => (d.prompt.ar = `${d.prompt.ar} `.trim()));
    const added = newItem(
      bank,
      {
        ...blankDraft('truefalse', 'p-1', paragraph('p-1').slice(0, 20)),
        prompt: { ar: 'جملة', en: '' }
      },
      new Set()
    );
    const out = reviewedBank(bank, {
      removed: new Set([gone!.id]),
      edited: new Map([[changed!.id, edited]]),
      added: [added]
    });
    expect(out.items).toHaveLength(bank.items.length);
    expect(out.items.map((i) => i.id)).not.toContain(gone!.id);
    expect(out.items[0]).toEqual(edited);
    const p1 = out.items.filter((i) => i.evidence[0]!.paragraph === 'p-1');
    expect(p1.at(-1)).toEqual({ ...added, sibling: expect.stringMatching(/^s-/) });
    expect(out.bankVersion).toMatch(/^[0-9a-f]{12}$/);
    expect(out.bankVersion).not.toBe(bank.bankVersion);
    expect(() => parseArticleBank(out)).not.toThrow();
  });

  it('puts a hand-written item in the sibling group of its sentence', () => {
    const text = paragraph('p-1');
    const firstSentence = splitSentences(text)[0]!;
    const onIt = bank.items.filter(
      (i) =>
        i.evidence[0]!.paragraph === 'p-1' && text.indexOf(i.evidence[0]!.quote) < firstSentence.end
    );
    expect(onIt.length).toBeGreaterThan(0);
    const added = newItem(
      bank,
      { ...blankDraft('truefalse', 'p-1', text.slice(0, 20)), prompt: { ar: 'جملة', en: '' } },
      new Set()
    );
    expect(added.sibling).toBe(added.id);
    const out = reviewedBank(bank, { removed: new Set(), edited: new Map(), added: [added] });
    const sibling = out.items.find((i) => i.id === added.id)?.sibling;
    expect(sibling).toBe(onIt[0]!.sibling);
    // The others keep the groups the build gave them.
    expect(out.items.filter((i) => i.id !== added.id)).toEqual(bank.items);
  });

  it('groups items by paragraph in article order', () => {
    const groups = byParagraph(bank, bank.items);
    expect(groups.map((g) => g.n)).toEqual([...groups.map((g) => g.n)].sort((a, b) => a - b));
    expect(groups.flatMap((g) => g.items)).toHaveLength(bank.items.length);
    expect(
      groups.every((g) => g.items.every((i) => i.evidence[0]!.paragraph === g.paragraph))
    ).toBe(true);
  });
});

describe('editing matching and ordering items', () => {
  const base = first('mcq');
  const ordering: Item = {
    ...base,
    id: 'o-1',
    type: 'ordering',
    prompt: { ar: 'رتّب الأحداث من الأقدم إلى الأحدث.', en: 'Order the events.' },
    sequence: [
      { ar: 'بدء الحملة', en: 'The campaign began', date: '2024-03' },
      { ar: 'إعلان النتائج', en: 'Results announced', date: '2024-04' },
      { ar: 'تقييم الحملة', en: 'The campaign assessed', date: '2024-05' }
    ]
  };
  const matching: Item = {
    ...base,
    id: 'm-1',
    type: 'matching',
    prompt: { ar: 'صِل كل شخص بصفته.', en: 'Match each person.' },
    pairs: [
      { left: { ar: 'نادية', en: 'Nadia' }, right: { ar: 'وزيرة', en: 'Minister' } },
      { left: { ar: 'عمر', en: 'Omar' }, right: { ar: 'طبيب', en: 'Doctor' } },
      { left: { ar: 'خديجة', en: 'Khadija' }, right: { ar: 'ممرضة', en: 'Nurse' } }
    ]
  };

  it('renames an event and moves it, its date and English going with it', () => {
    const edited = edit(ordering, (d) => {
      d.events[0]!.text.ar = 'انطلاق الحملة';
      d.events.reverse();
    });
    expect(edited.type === 'ordering' && edited.sequence).toEqual([
      { ar: 'تقييم الحملة', en: 'The campaign assessed', date: '2024-05' },
      { ar: 'إعلان النتائج', en: 'Results announced', date: '2024-04' },
      { ar: 'انطلاق الحملة', date: '2024-03' }
    ]);
    // The dates now run backwards: the build's rule is shown on the events.
    expect(Object.keys(errors(edited))).toContain('sequence');
  });

  it('edits either side of a pair and keeps the English of what did not change', () => {
    const edited = edit(matching, (d) => {
      d.pairs[1]!.second.ar = 'طبيب أطفال';
    });
    expect(edited.type === 'matching' && edited.pairs[1]).toEqual({
      left: { ar: 'عمر', en: 'Omar' },
      right: { ar: 'طبيب أطفال' }
    });
    const short = edit(matching, (d) => {
      d.pairs.splice(2, 1);
      d.pairs.splice(1, 1);
    });
    expect(errors(short)).toHaveProperty('pairs');
  });
});
