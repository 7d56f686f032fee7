import { describe, expect, it } from 'vitest';
import { entityMatchers, findMentions, type Entity } from './entities';
import { distractorsFor, nearbyNumbers } from './distractors';
import { capPerSentence, printsAnswerOf } from './pipeline/cap';
import { generateItems } from './pipeline/candidates';

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
    // A surname for a surname: «روحاني», not «حسن روحاني».
    expect(got).toContain('روحاني');
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

describe('distractors that are clearly wrong and agree with the sentence', () => {
  const people = [
    entity({
      id: 'zelensky',
      type: 'person',
      ar: 'زيلينسكي',
      en: 'Zelensky',
      gender: 'm',
      role: { ar: 'الرئيس الأوكراني' },
      country: 'ukraine'
    }),
    entity({
      id: 'biden',
      type: 'person',
      ar: 'بايدن',
      en: 'Biden',
      gender: 'm',
      role: { ar: 'الرئيس الأميركي' },
      country: 'us'
    }),
    entity({
      id: 'zarif',
      type: 'person',
      ar: 'ظريف',
      en: 'Zarif',
      gender: 'm',
      role: { ar: 'وزير الخارجية' },
      country: 'iran'
    }),
    entity({
      id: 'kuleba',
      type: 'person',
      ar: 'كوليبا',
      en: 'Kuleba',
      gender: 'm',
      role: { ar: 'وزير الخارجية الأوكراني' },
      country: 'ukraine'
    }),
    entity({
      id: 'official',
      type: 'person',
      ar: 'مسؤول أميركي',
      en: 'A US official',
      gender: 'm',
      country: 'us'
    }),
    entity({
      id: 'ukraine',
      type: 'country',
      ar: 'أوكرانيا',
      en: 'Ukraine',
      nisba: { ar: ['الأوكراني'], en: ['Ukrainian'] }
    }),
    entity({ id: 'white-house', type: 'organisation', ar: 'البيت الأبيض', en: 'White House' }),
    entity({ id: 'congress', type: 'organisation', ar: 'الكونغرس', en: 'Congress' }),
    entity({ id: 'government', type: 'organisation', ar: 'الحكومة', en: 'The government' }),
    entity({ id: 'ministry', type: 'organisation', ar: 'الوزارة', en: 'The ministry' })
  ];
  const byIdP = new Map(people.map((e) => [e.id, e]));
  const poolsP = { entities: people, byId: byIdP, years: [], numbers: [], dates: [] };
  const matchersP = entityMatchers(people);

  it('never offers a person of the same standing (another president among “Western leaders”)', () => {
    const s = 'لاحظ القادة الغربيون ما يحصل في الحرب، لا سيما زيلينسكي.';
    const ms = findMentions(s, matchersP);
    const got = distractorsFor(
      ms.find((m) => m.core === 'زيلينسكي')!,
      ms,
      poolsP,
      'Zelensky'
    );
    expect(got.map((d) => d.ar)).not.toContain('بايدن');
    expect(got.map((d) => d.ar)).toContain('ظريف');
  });

  it('never offers a description instead of a name', () => {
    const s = 'لاحظ القادة الغربيون ما يحصل في الحرب، لا سيما زيلينسكي.';
    const ms = findMentions(s, matchersP);
    const got = distractorsFor(
      ms.find((m) => m.core === 'زيلينسكي')!,
      ms,
      poolsP,
      'Zelensky'
    );
    expect(got.map((d) => d.ar)).not.toContain('مسؤول أميركي');
  });

  it('offers only foreigners when the sentence gives the nationality before the name', () => {
    const s = 'قال وزير الخارجية الأوكراني كوليبا إن الحرب مستمرة منذ أشهر.';
    const ms = findMentions(s, matchersP);
    const got = distractorsFor(
      ms.find((m) => m.core === 'كوليبا')!,
      ms,
      poolsP,
      'Kuleba'
    );
    expect(got.map((d) => d.ar)).not.toContain('زيلينسكي');
  });

  it('keeps the grammatical gender of an organisation («أنكرت البيت الأبيض» never happens)', () => {
    const s = 'أنكرت الحكومة هذه الإدعاءات وزعمت أنها تستعمل القمر الاصطناعي للأبحاث.';
    const ms = findMentions(s, matchersP);
    const got = distractorsFor(
      ms.find((m) => m.core === 'الحكومة')!,
      ms,
      poolsP,
      'government'
    );
    expect(got.map((d) => d.ar)).toEqual(['الوزارة']);
  });
});

describe('number distractors', () => {
  it('are round values near the answer, not article numbers of another unit', () => {
    expect(nearbyNumbers(80)).toEqual([40, 120, 160, 240, 20, 320]);
    const drones = entity({
      id: 'drones',
      type: 'number',
      ar: '80',
      en: '80',
      value: 80,
      unit: { ar: 'طائرة مسيّرة' }
    });
    const s = 'تم إسقاط أكثر من 80 طائرة مسيّرة خلال يومين فوق المدن.';
    const ms = findMentions(s, entityMatchers([drones]));
    const got = distractorsFor(
      ms[0]!,
      ms,
      {
        entities: [drones],
        byId: new Map([['drones', drones]]),
        years: [],
        numbers: [2, 45],
        dates: []
      },
      '80',
      s.slice(ms[0]!.end)
    ).map((d) => d.ar);
    expect(got).not.toContain('45');
    expect(got.slice(0, 3)).toEqual(['50', '130', '40']);
  });
});

describe('false statements and the per-sentence caps', () => {
  const ents = [
    entity({ id: 'russia', type: 'country', ar: 'روسيا', en: 'Russia' }),
    entity({
      id: 'uae',
      type: 'country',
      ar: 'الإمارات',
      en: 'United Arab Emirates',
      aliases: { ar: [], en: ['UAE'] }
    }),
    entity({ id: 'china', type: 'country', ar: 'الصين', en: 'China' }),
    entity({ id: 'syria', type: 'country', ar: 'سوريا', en: 'Syria' }),
    entity({ id: 'ukraine', type: 'country', ar: 'أوكرانيا', en: 'Ukraine' })
  ];
  const paragraphs = [
    {
      id: 'p-1',
      ar: 'وافقت روسيا على إطلاق قمر اصطناعي جديد في آب 2022 بعد مفاوضات طويلة. وقد وافقت الإمارات على تمويل المشروع الجديد منذ بدايته، لتضخّ حياة جديدة في الاقتصاد. جاء الغزو الروسي لأوكرانيا ليضخّ حياة جديدة في علاقة موسكو مع الصين.',
      en: "Russia agreed to launch a new satellite in August 2022 after long talks. The UAE has agreed to fund the new project since it began, breathing new life into the economy. The Russian invasion of Ukraine breathed new life into Moscow's relationship with China."
    }
  ];
  const gen = generateItems({
    slug: 'caps',
    paragraphs,
    entities: ents,
    topicFor: () => 't',
    bilingual: true
  });

  it('swaps in a name with the article English needs and says what the article says', () => {
    const falses = gen.candidates
      .map((c) => c.item)
      .filter((i) => i.type === 'truefalse' && !i.answer);
    const russia = falses.find((i) => i.explanation.ar.includes('«روسيا»'));
    expect(russia).toBeDefined();
    if (russia?.prompt.en?.startsWith('The United Arab Emirates')) {
      expect(russia.prompt.ar).toContain('وافقت الإمارات');
    }
    for (const i of falses) {
      expect(i.prompt.en).not.toMatch(/\bthe [Tt]he\b|^UAE\b|^United Arab/u);
      expect(i.explanation.en).toMatch(/^False: the article says /u);
    }
  });

  it('writes ل + ال as «لل» in a swapped statement', () => {
    const invasion = gen.candidates
      .map((c) => c.item)
      .find((i) => i.type === 'truefalse' && !i.answer && i.prompt.ar.startsWith('جاء الغزو'));
    expect(invasion?.prompt.ar).not.toMatch(/لال/u);
  });

  it('keeps one item per sentence, and none that prints another one’s answer', () => {
    const { kept, dropped } = capPerSentence(gen.candidates);
    const bySentence = new Map<string, number>();
    for (const c of kept) {
      const p = c.meta.provenance!;
      bySentence.set(p.sentence, (bySentence.get(p.sentence) ?? 0) + 1);
    }
    expect([...bySentence.values()].every((n) => n === 1)).toBe(true);
    for (const a of kept) {
      expect(kept.filter((b) => printsAnswerOf(b, a))).toEqual([]);
    }
    expect(dropped.length).toBeGreaterThan(0);
    expect(new Set(kept.map((c) => c.item.id)).size).toBe(kept.length);
    // Deterministic.
    expect(JSON.stringify(capPerSentence(gen.candidates).kept)).toBe(JSON.stringify(kept));
  });
});

describe('options a student rules out by the calendar or the form of a state (session 22)', () => {
  const made = (ar: string, dateline?: string) =>
    generateItems({
      slug: 'fixture',
      paragraphs: [{ id: 'p-1', ar }],
      entities: [],
      topicFor: () => 't',
      bilingual: false,
      ...(dateline === undefined ? {} : { dateline })
    });
  const port =
    'يعود تشغيل ميناء الدقم تجاريا إلى عام 2012، ضمن منطقة اقتصادية خاصة واسعة. وستبلغ طاقة المحطة 4.5 ملايين حاوية بحلول 2029، على أن يبدأ خط جديد للشحن عام 2027.';
  const years = (dateline?: string) =>
    made(port, dateline)
      .candidates.filter((c) => c.item.type === 'mcq' && c.item.prompt.ar.includes('عام ____'))
      .flatMap((c) => (c.item.type === 'mcq' ? c.item.options.map((o) => Number(o.ar)) : []));

  it('offers a past year among past years, by the dateline’s year', () => {
    expect(years().some((y) => y > 2025)).toBe(true);
    const dated = years('الدقم، 2 فبراير 2025');
    expect(dated).toContain(2012);
    expect(dated.filter((y) => y > 2025)).toEqual([]);
  });

  it('never blanks a country after «سلطنة» or «مملكة»', () => {
    const g = made(
      'وقال وزير النقل إن الدقم بوابة سلطنة عُمان إلى أسواق شرق أفريقيا وجنوب آسيا منذ افتتاحه عام 2012.'
    );
    expect(g.rejected.map((r) => r.reason)).toContain(
      'the form of a state names the country («سلطنة ____»)'
    );
    expect(g.candidates.filter((c) => c.item.prompt.ar.includes('سلطنة ____'))).toEqual([]);
  });
});

describe('names a blank never splits (session 22)', () => {
  it('leaves a plan named by a country and a year whole', () => {
    const g = generateItems({
      slug: 'fixture',
      paragraphs: [
        {
          id: 'p-1',
          ar: 'وقال الوزير سالم الهنائي إن توسعة ميناء الدقم تنسجم مع رؤية عمان 2040 في تنويع مصادر الدخل.'
        }
      ],
      entities: [],
      topicFor: () => 't',
      bilingual: false
    });
    const reasons = g.rejected.filter((r) => r.reason.startsWith('part of a plan'));
    // The blank on «عمان» is refused first as the country the article is set in (session 26).
    expect(reasons.map((r) => r.answer).sort()).toEqual(['2040', '2040', 'عمان']);
    expect(
      g.rejected.filter((r) => r.reason.startsWith('the country the article is set in'))
    ).toEqual([expect.objectContaining({ answer: 'عمان' })]);
    expect(g.candidates.filter((c) => /رؤية (?:عمان )?____/u.test(c.item.prompt.ar))).toEqual([]);
  });
});
