import { describe, expect, it } from 'vitest';
import { entityMatchers, findMentions, type Entity } from './entities';
import { distractorsFor, generateItems } from './generate';

const entity = (e: Partial<Entity> & Pick<Entity, 'id' | 'type' | 'ar'>): Entity => ({
  aliases: { ar: [], en: [] },
  nisba: { ar: [], en: [] },
  ...e
});
const ENTITIES = [
  entity({ id: 'putin', type: 'person', ar: 'بوتين', en: 'Putin', gender: 'm' }),
  entity({ id: 'khamenei', type: 'person', ar: 'خامنئي', en: 'Khamenei', gender: 'm' }),
  entity({ id: 'raisi', type: 'person', ar: 'رئيسي', en: 'Raisi', gender: 'm' }),
  entity({ id: 'zarif', type: 'person', ar: 'ظريف', en: 'Zarif', gender: 'm' }),
  entity({ id: 'notte', type: 'person', ar: 'هانا نوتي', en: 'Hanna Notte', gender: 'f' }),
  entity({ id: 'rouhani', type: 'person', ar: 'حسن روحاني', en: 'Hassan Rouhani', gender: 'm' }),
  entity({ id: 'tehran', type: 'place', ar: 'طهران', en: 'Tehran' }),
  entity({ id: 'moscow', type: 'place', ar: 'موسكو', en: 'Moscow' })
];
const byId = new Map(ENTITIES.map((e) => [e.id, e]));
const pools = { entities: ENTITIES, byId, years: [2015, 2022, 2023], numbers: [80], dates: [] };

describe('distractorsFor', () => {
  const sentence = 'زار بوتين طهران للقاء خامنئي في العام 2022.';
  const mentions = findMentions(sentence, entityMatchers(ENTITIES));
  const of = (text: string) => mentions.find((m) => m.text === text);

  it('offers persons of the same gender, never one named in the sentence', () => {
    const got = distractorsFor(of('بوتين')!, mentions, pools, 'Putin').map((d) => d.ar);
    expect(got).toContain('رئيسي');
    expect(got).toContain('ظريف');
    expect(got).not.toContain('خامنئي'); // in the sentence: would also be right
    expect(got).not.toContain('هانا نوتي'); // another gender
  });

  it('keeps lengths similar', () => {
    const got = distractorsFor(of('بوتين')!, mentions, pools, 'Putin').map((d) => d.ar);
    expect(got).toContain('حسن روحاني');
    const long = entity({
      id: 'long',
      type: 'person',
      gender: 'm',
      ar: 'آية الله علي أكبر هاشمي رفسنجاني الكبير',
      en: 'X'
    });
    const more = {
      ...pools,
      entities: [...ENTITIES, long],
      byId: new Map([...byId, ['long', long]])
    };
    expect(distractorsFor(of('بوتين')!, mentions, more, 'Putin').map((d) => d.ar)).not.toContain(
      long.ar
    );
  });

  it('offers places for a place and years for a year, never the answer itself', () => {
    expect(distractorsFor(of('طهران')!, mentions, pools, 'Tehran').map((d) => d.ar)).toEqual([
      'موسكو'
    ]);
    const years = distractorsFor(of('2022')!, mentions, pools, '2022').map((d) => d.ar);
    expect(years).toEqual(expect.arrayContaining(['2015', '2023', '2021']));
    expect(years).not.toContain('2022');
    expect(years.every((y) => /^\d{4}$/.test(y))).toBe(true);
  });
});

const PARAGRAPHS = [
  {
    id: 'p-1',
    ar: 'في العام 2015 نفّذت روسيا تدخلاً عسكرياً في سوريا لدعم حليفها. وزار بوتين طهران في تموز 2022 للقاء خامنئي والمسؤولين.',
    en: 'In 2015 Russia intervened militarily in Syria to support its ally. Putin visited Tehran in July 2022 to meet Khamenei and officials.'
  }
];
const input = {
  slug: 'mini',
  paragraphs: PARAGRAPHS,
  entities: ENTITIES,
  topicFor: () => 't',
  bilingual: true
};

describe('generateItems', () => {
  it('makes cloze items whose evidence is verbatim and whose blank replaces the span', () => {
    const { candidates } = generateItems(input);
    const clozes = candidates.map((c) => c.item).filter((i) => i.type === 'cloze');
    expect(clozes.map((i) => (i.type === 'cloze' ? i.answer.ar : ''))).toEqual(
      expect.arrayContaining(['2015', 'بوتين', 'طهران', 'تموز 2022', 'خامنئي'])
    );
    for (const i of clozes) {
      expect(PARAGRAPHS[0]?.ar.includes(i.evidence[0]?.quote ?? '-')).toBe(true);
      expect(i.prompt.en).toContain('____');
      if (i.type === 'cloze') {
        expect(i.prompt.ar.replace('____', i.answer.ar)).toBe(i.evidence[0]?.quote);
      }
    }
  });

  it('is deterministic and ids do not depend on order', () => {
    const a = generateItems(input);
    const b = generateItems(input);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const reversed = generateItems({ ...input, entities: [...ENTITIES].reverse() });
    expect(new Set(reversed.candidates.map((c) => c.item.id))).toEqual(
      new Set(a.candidates.map((c) => c.item.id))
    );
  });

  it('rejects, with a reason, what it cannot make bilingual', () => {
    const noEnglish = generateItems({
      ...input,
      paragraphs: [{ ...PARAGRAPHS[0]!, en: 'Something else entirely happened in 2015.' }]
    });
    expect(
      noEnglish.rejected.some((r) => r.reason === 'no English counterpart in the translation')
    ).toBe(true);
    expect(noEnglish.candidates.every((c) => c.item.prompt.en !== undefined)).toBe(true);
  });

  it('makes Arabic-only items when the article has no translation', () => {
    const { candidates } = generateItems({
      ...input,
      paragraphs: [{ id: 'p-1', ar: PARAGRAPHS[0]!.ar }],
      bilingual: false
    });
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.every((c) => c.item.prompt.en === undefined)).toBe(true);
  });
});
