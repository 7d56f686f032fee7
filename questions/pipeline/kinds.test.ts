import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/lib/domain/bank';
import { generateItems } from './candidates';
import { datedEvents, PAIR_LEAD, PAIR_TOO_LONG, tenseOf } from './chronology';
import { indexMentions } from './mentions';
import { quotations } from './quotes';
import { plainArticle } from './plain-article';

const article = (...paragraphs: string[]) => plainArticle('kinds', ...paragraphs);

const generated = (input: ReturnType<typeof article>) => generateItems(input);
const whoSaid = (items: readonly Item[]) =>
  items.filter((i) => i.type === 'mcq' && i.prompt.ar.startsWith('من قال'));

const PEOPLE = [
  'وقال المدرب سعيد شيبا بعد المباراة: «اللاعبون آمنوا بأنفسهم حتى الدقيقة الأخيرة».',
  'وقال رئيس الاتحاد باتريس موتسيبي إن الشباب يتحسنون كل عام.',
  'وسجّل المهاجم أيوب الكعبي هدف الفوز في الدقيقة الأخيرة من اللقاء.',
  'وقالت الحكمة سلمى العلي إن المباراة كانت نظيفة في معظم أوقاتها.'
];

describe('who said this', () => {
  it('finds quotations of four to thirty words in «…», "…" and “…”', () => {
    expect(
      quotations('قال: «هذا إنجاز كبير لنا» ثم "نعم" و“سنعود أقوى في البطولة المقبلة”.')
    ).toEqual([
      expect.objectContaining({ text: 'هذا إنجاز كبير لنا' }),
      expect.objectContaining({ text: 'سنعود أقوى في البطولة المقبلة' })
    ]);
  });

  it('asks for the speaker among the article’s other people (a quotation that tells no gender)', () => {
    const [item] = whoSaid(generated(article(...PEOPLE)).candidates.map((c) => c.item));
    expect(item?.type).toBe('mcq');
    if (item?.type !== 'mcq') {
      return;
    }
    expect(item.prompt.ar).toBe('من قال في المقال: «اللاعبون آمنوا بأنفسهم حتى الدقيقة الأخيرة»؟');
    expect(item.options[item.answer]?.ar).toBe('سعيد شيبا');
    // (The quotation tells no gender: the referee «سلمى العلي» is an option too.)
    expect(item.options.map((o) => o.ar).sort()).toEqual(
      ['أيوب الكعبي', 'باتريس موتسيبي', 'سعيد شيبا', 'سلمى العلي'].sort()
    );
  });

  it('is refused with fewer than two other people', () => {
    const { candidates, rejected } = generated(article(PEOPLE[0]!, PEOPLE[1]!));
    expect(whoSaid(candidates.map((c) => c.item))).toEqual([]);
    expect(rejected.map((r) => r.reason)).toContain(
      'who said it: fewer than 2 other people of the article to offer'
    );
  });
});

describe('who said this, going on from the sentence before', () => {
  const PARK = [
    'وقال رئيس البلدية سامر الخطيب إن درجة الحرارة في الأحياء المجاورة انخفضت درجتين في الصيف.',
    'وأضاف أن البلدية تخطط لتوسيع الحديقة لتضم مكتبة صغيرة وملعباً للأطفال، من دون أن يحدد موعداً لذلك.',
    'أما الباحثة هدى قاسم فترى أن نجاح الحديقة يتوقف على الري المنتظم.'
  ];

  it('takes «وأضاف أن …» as the last speaker’s, across a paragraph, without the clause about him', () => {
    const statements = generated(article(...PARK))
      .candidates.map((c) => c.item)
      .filter((i) => i.type === 'truefalse' && i.evidence[0]?.paragraph === 'p-2');
    expect(statements.map((i) => [i.prompt.ar, i.type === 'truefalse' && i.answer])).toEqual(
      expect.arrayContaining([
        [
          'بحسب المقالة، قال سامر الخطيب إن البلدية تخطط لتوسيع الحديقة لتضم مكتبة صغيرة وملعباً للأطفال.',
          true
        ],
        [
          'بحسب المقالة، قالت هدى قاسم إن البلدية تخطط لتوسيع الحديقة لتضم مكتبة صغيرة وملعباً للأطفال.',
          false
        ]
      ])
    );
  });

  it('asks among three people or more as multiple choice', () => {
    const items = generated(article(...PARK, PEOPLE[1]!)).candidates.map((c) => c.item);
    const asked = whoSaid(items).filter((i) => i.evidence[0]?.paragraph === 'p-2');
    expect(asked.map((i) => i.prompt.ar)).toEqual([
      'من قال في المقال إن البلدية تخطط لتوسيع الحديقة لتضم مكتبة صغيرة وملعباً للأطفال؟'
    ]);
  });

  it('is not taken when the verb’s gender does not agree with the last speaker', () => {
    const items = generated(article(PARK[0]!, PARK[1]!.replace('وأضاف', 'وأضافت'), PARK[2]!))
      .candidates.map((c) => c.item)
      .filter((i) => i.evidence[0]?.paragraph === 'p-2' && /قال|من قال/u.test(i.prompt.ar));
    expect(items).toEqual([]);
  });
});

describe('which came first', () => {
  const paragraphs = [
    'بدأ العمل في المشروع في نيسان 2021، وتأخر تسليمه ستة أشهر.',
    'وكانت الحكومة قد أعلنت في العام 2019 خطة وطنية لمواجهة العجز المائي.',
    'ستنقل المياه إلى مدن الجنوب، على أن يبدأ الضخ التجريبي في 15 أيار 2024.',
    'وتقول الباحثة ليلى منصور إن المراقبة يجب أن تستمر حتى العام 2030 على الأقل.'
  ];

  it('takes the clause of a date said with «في» or «عام», the date taken out', () => {
    const events = datedEvents(indexMentions(article(...paragraphs)).located);
    expect(events.map((e) => [e.text, e.iso])).toEqual([
      ['بدأ العمل في المشروع', '2021-04'],
      ['كانت الحكومة قد أعلنت خطة وطنية لمواجهة العجز المائي', '2019'],
      ['يبدأ الضخ التجريبي', '2024-05-15']
    ]);
  });

  it('leaves out a bound («حتى العام 2030»), a preposition phrase and a relative clause', () => {
    const events = datedEvents(
      indexMentions(
        article(
          'ويجب أن تستمر المراقبة حتى العام 2030 على الأقل.',
          'وهذا اللقب هو الثاني للمغرب، بعد لقبه الأول في عام 1997.',
          'وتأهلت أربعة منتخبات إلى البطولة التي ستقام في الأرجنتين في أيار 2024.'
        )
      ).located
    );
    expect(events).toEqual([]);
  });

  // Three events told in one tense (the past): no verb form gives their order away, and none
  // writes as known what another introduces (see rules.test.ts).
  const past = [
    'افتتحت البلدية حديقة عامة كبيرة في أيار 2018 بعد سنتين من العمل.',
    'وأعلنت وزارة البيئة في العام 2016 خطة وطنية لتشجير المدن الكبرى.',
    'وزرع المتطوعون ألف شجرة على ضفاف النهر في 12 آذار 2020 بدعم من جمعية محلية.'
  ];

  it('orders three events or more, earliest first', () => {
    const items = generated(article(...past)).candidates.map((c) => c.item);
    const ordering = items.find((i) => i.type === 'ordering');
    expect(ordering?.type === 'ordering' && ordering.sequence.map((s) => s.date)).toEqual([
      '2016',
      '2018-05',
      '2020-03-12'
    ]);
    expect(ordering?.evidence).toHaveLength(3);
  });

  it('reads the tense an event is told in', () => {
    expect(tenseOf('كانت الحكومة قد أعلنت خطة وطنية')).toBe('pluperfect');
    expect(tenseOf('وكان المجلس قد وافق على الميزانية')).toBe('pluperfect');
    expect(tenseOf('بدأ العمل في المشروع')).toBe('past');
    expect(tenseOf('يبدأ الضخ التجريبي')).toBe('future');
    expect(tenseOf('سوف تفتتح البلدية الجسر')).toBe('future');
  });

  it('refuses to order events whose verb forms (pluperfect, past, future) give the order', () => {
    const g = generated(article(...paragraphs));
    const items = g.candidates.map((c) => c.item);
    expect(items.some((i) => i.type === 'ordering')).toBe(false);
    expect(g.rejected.map((r) => r.reason)).toContain(
      'which came first: a verb form (pluperfect, past, future) tells the order'
    );
  });

  it('orders the events of one tense only, past ones of a mixed article', () => {
    const items = generated(article(...paragraphs.slice(0, 3), ...past)).candidates.map(
      (c) => c.item
    );
    const ordering = items.find((i) => i.type === 'ordering');
    expect(ordering?.type === 'ordering' && ordering.sequence.map((s) => s.date)).toEqual([
      '2016',
      '2018-05',
      '2020-03-12',
      '2021-04'
    ]);
  });

  it('states which of two events came first, true or false', () => {
    const short = [
      'افتتحت البلدية حديقة عامة في أيار 2018.',
      'وأعلنت الوزارة في العام 2016 خطة وطنية.'
    ];
    const items = generated(article(short[0]!, short[1]!)).candidates.map((c) => c.item);
    const statement = items.find(
      (i) => i.type === 'truefalse' && i.prompt.ar.startsWith(PAIR_LEAD)
    );
    expect(statement?.type).toBe('truefalse');
    if (statement?.type === 'truefalse') {
      const first = statement.prompt.ar.indexOf('أعلنت') < statement.prompt.ar.indexOf('افتتحت');
      expect(statement.answer).toBe(first);
    }
  });

  it('makes no statement of two long events (over 20 words)', () => {
    const made = generated(article(past[0]!, past[1]!));
    expect(made.candidates.some((c) => c.item.prompt.ar.startsWith(PAIR_LEAD))).toBe(false);
    expect(made.rejected.some((r) => r.reason === PAIR_TOO_LONG)).toBe(true);
  });

  it('is not made on a bilingual article (no English to show)', () => {
    const items = generated({ ...article(...paragraphs), bilingual: true }).candidates;
    expect(items.some((c) => c.item.type === 'ordering')).toBe(false);
  });
});

describe('organisations with too few of their class', () => {
  const input = article(
    'وأعلنت وزارة البيئة في العام 2016 خطة وطنية لتشجير المدن الكبرى بميزانية كبيرة.',
    'وزرع المتطوعون الأشجار في الحديقة العامة في 12 آذار 2020 بدعم من جمعية الغد الأخضر.',
    'وقالت الباحثة هدى قاسم من جامعة اليرموك إن نجاح الحديقة يتوقف على الري المنتظم.',
    'وبثّت قناة المدينة الفضائية تقريراً عن الحديقة الجديدة في نشرة المساء.'
  );
  const mcqOn = (answer: string) =>
    generated(input).candidates.find(
      (c) => c.item.type === 'mcq' && c.item.options[c.item.answer]?.ar === answer
    );

  it('offers other public bodies of the same gender (a ministry, a university), never a channel', () => {
    const c = mcqOn('جمعية الغد الأخضر');
    const options = c?.item.type === 'mcq' ? c.item.options.map((o) => o.ar) : [];
    expect(options).toEqual(
      expect.arrayContaining(['جمعية الغد الأخضر', 'وزارة البيئة', 'جامعة اليرموك'])
    );
    expect(options.join(' ')).not.toContain('قناة');
  });

  it('asks a university or a ministry among its own class only: the sentence cues the class', () => {
    expect(mcqOn('جامعة اليرموك')).toBeUndefined();
    expect(mcqOn('وزارة البيئة')).toBeUndefined();
  });

  it('keeps a channel among channels only (none here: no multiple choice)', () => {
    expect(mcqOn('قناة المدينة الفضائية')).toBeUndefined();
    expect(
      generated(input).rejected.some(
        (r) => r.answer === 'قناة المدينة الفضائية' && r.type === 'mcq' && /channel/u.test(r.reason)
      )
    ).toBe(true);
  });
});
