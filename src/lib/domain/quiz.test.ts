// What these tests assert, on real items of the bank: a quiz is a pure function of the items, the
// settings and the seed; filters and the sibling rule hold; each answer kind is checked as
// PRODUCT.md says (Arabic-aware typed answers, partial credit for matching and ordering); scores add
// up by topic and by type.
import fc from 'fast-check';
import { array, parse } from 'valibot';
import { describe, expect, it } from 'vitest';
import { ITEM_TYPES, ItemSchema, type Item, type ItemType } from './bank';
import { paragraphNumber } from './deck';
import raw from './fixtures/quiz-items.json';
import {
  buildQuiz,
  checkAnswer,
  DEFAULT_QUIZ_SETTINGS,
  eligibleItems,
  mergeQuizSettings,
  QUIZ_LENGTHS,
  QUIZ_TIMER_CHOICES,
  questionFor,
  rightAnswer,
  studyQuestion,
  type QuizAnswer,
  type QuizPlan,
  type QuizSettings,
  schedulerGrade,
  scoreQuiz
} from './quiz';
import { scopeCourse } from './course';
import { testBank } from './fixtures/banks';

/** 42 items copied from static/bank/iran-russia-2023.json (bank 26b456de245d). */
const ITEMS: Item[] = parse(array(ItemSchema), raw);
const BY_ID = new Map(ITEMS.map((item) => [item.id, item]));

function item<T extends Item['type']>(id: string, type: T): Extract<Item, { type: T }> {
  const found = BY_ID.get(id);
  if (found?.type !== type) throw new Error(`fixture ${id} is not a ${type}`);
  return found as Extract<Item, { type: T }>;
}

const settings = (over: Partial<QuizSettings> = {}): QuizSettings => ({
  ...DEFAULT_QUIZ_SETTINGS,
  ...over
});
const ids = (plan: QuizPlan) => plan.questions.map((q) => q.itemId);
const itemsOf = (plan: QuizPlan) => plan.questions.map((q) => BY_ID.get(q.itemId) as Item);
const isIdentity = (order: readonly number[]) => order.every((v, i) => v === i);
const sortedNumbers = (a: readonly number[]) => [...a].sort((x, y) => x - y);
const range = (n: number) => Array.from({ length: n }, (_, i) => i);

const settingsArb: fc.Arbitrary<QuizSettings> = fc.record({
  length: fc.constantFrom(...QUIZ_LENGTHS),
  topics: fc.subarray([...new Set(ITEMS.map((i) => i.topic))]),
  types: fc.subarray([...ITEM_TYPES]),
  paragraphs: fc.option(
    fc
      .tuple(fc.integer({ min: 1, max: 26 }), fc.integer({ min: 1, max: 26 }))
      .map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) })),
    { nil: null }
  ),
  feedback: fc.constantFrom('each' as const, 'end' as const),
  timerSeconds: fc.option(fc.constantFrom(...QUIZ_TIMER_CHOICES), { nil: null }),
  contentLang: fc.constantFrom('ui' as const, 'ar' as const, 'en' as const)
});
const seedArb = fc.integer({ min: 0, max: 2 ** 32 - 1 });

describe('buildQuiz', () => {
  it('gives the same plan for the same items, settings and seed, in any item order', () => {
    const s = settings({ length: 20 });
    const plan = buildQuiz(ITEMS, s, 12345);
    expect(buildQuiz(ITEMS, s, 12345)).toEqual(plan);
    expect(buildQuiz([...ITEMS].reverse(), s, 12345)).toEqual(plan);
    expect(plan.seed).toBe(12345);
    expect(plan.settings).toEqual(s);
    expect(plan.settings).not.toBe(s);
  });

  it('pins the plan, so that a change in the algorithm (which would split a class) is noticed', () => {
    expect(ids(buildQuiz(ITEMS, settings({ length: 5 }), 1))).toMatchInlineSnapshot(`
      [
        "c-2f410411c6",
        "g-a55db1cfdd",
        "c-9ab836a8eb",
        "c-9f2b05692b",
        "g-e92f791d4e",
      ]
    `);
  });

  it('gives another quiz for another seed', () => {
    const s = settings({ length: 10 });
    const a = buildQuiz(ITEMS, s, 1);
    for (const seed of [2, 3, 1000, 2 ** 20 - 1]) {
      expect(ids(buildQuiz(ITEMS, s, seed))).not.toEqual(ids(a));
    }
  });

  it('gives the asked number of questions, or all there are', () => {
    for (const length of [5, 10, 20] as const) {
      expect(buildQuiz(ITEMS, settings({ length }), 9).questions).toHaveLength(length);
    }
    const few = settings({ length: 20, types: ['ordering'] });
    expect(buildQuiz(ITEMS, few, 9).questions).toHaveLength(5);
    expect(buildQuiz(ITEMS, settings({ topics: ['no-such-topic'] }), 9).questions).toEqual([]);
    expect(buildQuiz([], settings(), 9).questions).toEqual([]);
  });

  it('keeps to the topics, types and paragraphs chosen', () => {
    fc.assert(
      fc.property(settingsArb, seedArb, (s, seed) => {
        for (const x of itemsOf(buildQuiz(ITEMS, s, seed))) {
          if (s.topics.length > 0) expect(s.topics).toContain(x.topic);
          if (s.types.length > 0) expect(s.types).toContain(x.type);
          if (s.paragraphs) {
            expect(paragraphNumber(x)).toBeGreaterThanOrEqual(s.paragraphs.from);
            expect(paragraphNumber(x)).toBeLessThanOrEqual(s.paragraphs.to);
          }
        }
      })
    );
    const plan = buildQuiz(
      ITEMS,
      settings({ length: 'all', topics: ['syria', 'nuclear'], types: ['ordering', 'cloze'] }),
      4
    );
    expect(ids(plan).sort()).toEqual(
      ['c-bbc13aa990', 'c-9f2b05692b', 'g-78d1b0778a', 'g-0c98faad53'].sort()
    );
    const p10 = buildQuiz(ITEMS, settings({ length: 'all', paragraphs: { from: 10, to: 10 } }), 4);
    expect(itemsOf(p10).map(paragraphNumber)).toEqual([10, 10, 10, 10]);
  });

  it('never puts two items of one sibling group in a quiz', () => {
    fc.assert(
      fc.property(settingsArb, seedArb, (s, seed) => {
        const siblings = itemsOf(buildQuiz(ITEMS, s, seed)).map((i) => i.sibling);
        expect(new Set(siblings).size).toBe(siblings.length);
      })
    );
  });

  it('takes one item of every eligible sibling group for length "all"', () => {
    fc.assert(
      fc.property(settingsArb, seedArb, (s, seed) => {
        const all = { ...s, length: 'all' as const };
        const groups = new Set(eligibleItems(ITEMS, all).map((i) => i.sibling));
        const siblings = itemsOf(buildQuiz(ITEMS, all, seed)).map((i) => i.sibling);
        expect(new Set(siblings)).toEqual(groups);
      })
    );
    // Both members of a pair get their turn over seeds: the pick within a group is random.
    const picks = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const plan = buildQuiz(ITEMS, settings({ length: 'all' }), seed);
      picks.add(ids(plan).find((id) => id === 'g-fb5cf39553' || id === 'g-6f9d56a9ea') ?? '');
    }
    expect(picks).toEqual(new Set(['g-fb5cf39553', 'g-6f9d56a9ea']));
  });

  it('spreads a quiz over topics and types', () => {
    for (let seed = 0; seed < 50; seed++) {
      const chosen = itemsOf(buildQuiz(ITEMS, settings({ length: 10 }), seed));
      // Nine topics, ten questions: every topic once before any topic twice.
      expect(new Set(chosen.slice(0, 9).map((i) => i.topic)).size).toBe(9);
      // Consecutive questions never share a topic while another is left.
      for (let i = 1; i < chosen.length; i++) {
        expect(chosen[i]?.topic).not.toBe(chosen[i - 1]?.topic);
      }
      expect(new Set(chosen.map((i) => i.type)).size).toBeGreaterThanOrEqual(5);
    }
  });

  it('asks every type chosen when the quiz has room, even a rare type on a busy topic', () => {
    // Six matching items on six topics, one ordering item on the first of them: spreading the
    // topics first left the ordering out whenever the first question was that topic's matching.
    const matching = ITEMS.find((i) => i.type === 'matching')!;
    const ordering = ITEMS.find((i) => i.type === 'ordering')!;
    const pool: Item[] = [
      ...['a', 'b', 'c', 'd', 'e', 'f'].map((t) => ({
        ...matching,
        id: `m-${t}`,
        sibling: `m-${t}`,
        topic: t
      })),
      { ...ordering, id: 'o-a', sibling: 'o-a', topic: 'a' }
    ];
    for (let seed = 0; seed < 50; seed++) {
      const plan = buildQuiz(pool, settings({ length: 5 }), seed);
      const types = plan.questions.map((q) => pool.find((i) => i.id === q.itemId)?.type);
      expect(types, `seed ${seed}`).toContain('ordering');
      expect(types, `seed ${seed}`).toContain('matching');
    }
  });

  it('draws display orders: options shuffled, right-hand sides and sequences never in line', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 200; seed++) {
      const plan = buildQuiz(ITEMS, settings({ length: 'all' }), seed);
      for (const q of plan.questions) {
        const it = BY_ID.get(q.itemId) as Item;
        if (it.type === 'mcq') {
          expect(sortedNumbers(q.choiceOrder ?? [])).toEqual(range(it.options.length));
          if (it.id === 'c-9884e3ad45') seen.add((q.choiceOrder ?? []).join());
        } else if (it.type === 'matching') {
          expect(sortedNumbers(q.rightOrder ?? [])).toEqual(range(it.pairs.length));
          expect(isIdentity(q.rightOrder ?? [])).toBe(false);
        } else if (it.type === 'ordering') {
          expect(sortedNumbers(q.startOrder ?? [])).toEqual(range(it.sequence.length));
          expect(isIdentity(q.startOrder ?? [])).toBe(false);
        } else {
          expect(q).toEqual({ itemId: it.id });
        }
      }
    }
    // Every one of the 24 orders of four options turns up over 200 seeds.
    expect(seen.size).toBe(24);
  });

  it('gives an item the same display order whatever else is in the quiz', () => {
    const a = buildQuiz(ITEMS, settings({ length: 'all' }), 77);
    const b = buildQuiz(ITEMS, settings({ length: 'all', types: ['matching'] }), 77);
    for (const q of b.questions) {
      expect(a.questions.find((x) => x.itemId === q.itemId)).toEqual(q);
    }
  });
});

describe('checkAnswer', () => {
  const mcq = item('c-9884e3ad45', 'mcq');
  const tf = item('c-5dd8790ae4', 'truefalse');
  const khamenei = item('c-4bbf35c2e9', 'short');
  const zelensky = item('c-1a85a09020', 'short');
  const year = item('c-911a50aeb0', 'cloze');
  const month = item('g-ec5ea09a4e', 'cloze');
  const uae = item('g-0c98faad53', 'cloze');
  const text = (value: string): QuizAnswer => ({ kind: 'text', value });
  const correct = { verdict: 'correct', score: 1 };
  const typo = { verdict: 'typo', score: 1 };
  const wrong = { verdict: 'wrong', score: 0 };

  it('checks multiple choice by the stored option index', () => {
    expect(mcq.answer).toBe(0);
    expect(checkAnswer(mcq, { kind: 'choice', index: 0 }, 'ar')).toEqual(correct);
    expect(checkAnswer(mcq, { kind: 'choice', index: 2 }, 'ar')).toEqual(wrong);
    expect(checkAnswer(mcq, { kind: 'bool', value: true }, 'ar')).toEqual(wrong);
  });

  it('checks true or false', () => {
    expect(tf.answer).toBe(false);
    expect(checkAnswer(tf, { kind: 'bool', value: false }, 'en')).toEqual(correct);
    expect(checkAnswer(tf, { kind: 'bool', value: true }, 'en')).toEqual(wrong);
  });

  it('accepts Arabic answers with diacritics, hamza and alef maqsura variants', () => {
    expect(checkAnswer(khamenei, text('عَلِيّ خامنئي'), 'ar')).toEqual(correct);
    expect(checkAnswer(khamenei, text('على خامنئى'), 'ar')).toEqual(correct);
    expect(checkAnswer(khamenei, text('اية الله خامنئي'), 'ar')).toEqual(correct);
    expect(checkAnswer(uae, text('الامارات العربيه المتحده'), 'ar')).toEqual(correct);
    expect(checkAnswer(uae, text('الإمارات'), 'ar')).toEqual(correct);
    expect(checkAnswer(zelensky, text('الرئيس الأوكراني'), 'ar')).toEqual(correct);
  });

  it('accepts a typo as right, with verdict typo', () => {
    expect(checkAnswer(zelensky, text('زيلينسكا'), 'ar')).toEqual(typo);
    expect(checkAnswer(zelensky, text('Zelenskiy'), 'en')).toEqual(typo);
    expect(checkAnswer(zelensky, text('zelenskyy'), 'en')).toEqual(correct);
    expect(checkAnswer(zelensky, text('بوتين'), 'ar')).toEqual(wrong);
  });

  it('wants numbers exact, in either kind of digits', () => {
    expect(checkAnswer(year, text('٢٠٢٣'), 'ar')).toEqual(correct);
    expect(checkAnswer(year, text('2023'), 'en')).toEqual(correct);
    expect(checkAnswer(year, text('2022'), 'ar')).toEqual(wrong);
    expect(checkAnswer(month, text('ديسمبر 2022'), 'ar')).toEqual(correct);
    expect(checkAnswer(month, text('كانون الأول 2021'), 'ar')).toEqual(wrong);
  });

  it('grades in the language asked for', () => {
    expect(checkAnswer(khamenei, text('Ayatollah Khamenei'), 'en')).toEqual(correct);
    expect(checkAnswer(khamenei, text('Ayatollah Khamenei'), 'ar')).toEqual(wrong);
  });

  it('counts blanks, skips and answers of the wrong kind as wrong', () => {
    expect(checkAnswer(khamenei, text('   '), 'ar')).toEqual(wrong);
    expect(checkAnswer(khamenei, { kind: 'skip' }, 'ar')).toEqual(wrong);
    expect(checkAnswer(khamenei, { kind: 'choice', index: 0 }, 'ar')).toEqual(wrong);
    expect(checkAnswer(mcq, { kind: 'skip' }, 'ar')).toEqual(wrong);
  });

  it('gives partial credit for matching: the share of pairs right', () => {
    const m = item('c-8d05c5f0d9', 'matching');
    expect(m.pairs).toHaveLength(5);
    const pairs = (rightFor: number[]): QuizAnswer => ({ kind: 'pairs', rightFor });
    expect(checkAnswer(m, pairs([0, 1, 2, 3, 4]), 'ar')).toEqual(correct);
    expect(checkAnswer(m, pairs([0, 1, 2, 4, 3]), 'ar')).toEqual({ verdict: 'wrong', score: 0.6 });
    expect(checkAnswer(m, pairs([1, 2, 3, 4, 0]), 'ar')).toEqual(wrong);
    // Unanswered rows and out-of-range indexes are simply not right.
    expect(checkAnswer(m, pairs([0, 1]), 'ar')).toEqual({ verdict: 'wrong', score: 0.4 });
    expect(checkAnswer(m, pairs([0, 0, 0, 0, 9]), 'ar')).toEqual({ verdict: 'wrong', score: 0.2 });
  });

  it('gives partial credit for ordering: the share of positions right', () => {
    const o = item('c-4110d5ffe0', 'ordering');
    expect(o.sequence).toHaveLength(4);
    const order = (value: number[]): QuizAnswer => ({ kind: 'order', order: value });
    expect(checkAnswer(o, order([0, 1, 2, 3]), 'en')).toEqual(correct);
    expect(checkAnswer(o, order([0, 1, 3, 2]), 'en')).toEqual({ verdict: 'wrong', score: 0.5 });
    expect(checkAnswer(o, order([3, 1, 2, 0]), 'en')).toEqual({ verdict: 'wrong', score: 0.5 });
    expect(checkAnswer(o, order([1, 2, 3, 0]), 'en')).toEqual(wrong);
  });

  it('scores between 0 and 1 whatever the answer', () => {
    const answerArb: fc.Arbitrary<QuizAnswer> = fc.oneof(
      fc.record({ kind: fc.constant('choice' as const), index: fc.integer() }),
      fc.record({ kind: fc.constant('bool' as const), value: fc.boolean() }),
      fc.record({ kind: fc.constant('text' as const), value: fc.string() }),
      fc.record({ kind: fc.constant('pairs' as const), rightFor: fc.array(fc.nat(6)) }),
      fc.record({ kind: fc.constant('order' as const), order: fc.array(fc.nat(6)) }),
      fc.constant({ kind: 'skip' as const })
    );
    fc.assert(
      fc.property(fc.constantFrom(...ITEMS), answerArb, fc.constantFrom('ar', 'en'), (i, a, l) => {
        const { verdict, score } = checkAnswer(i, a, l as 'ar' | 'en');
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(verdict === 'wrong').toBe(score < 1);
      })
    );
  });
});

describe('scoreQuiz', () => {
  const plan: QuizPlan = {
    seed: 0,
    settings: settings(),
    questions: [
      { itemId: 'c-9884e3ad45' }, // mcq, drones-war
      { itemId: 'c-1a85a09020' }, // short, drones-war
      { itemId: 'c-8d05c5f0d9' }, // matching, diplomacy
      { itemId: 'c-5dd8790ae4' }, // truefalse, diplomacy
      { itemId: 'c-4110d5ffe0' }, // ordering, intelligence-space
      { itemId: 'gone-from-the-bank' },
      { itemId: 'c-911a50aeb0' } // cloze, drones-war
    ]
  };
  const answers: (QuizAnswer | undefined)[] = [
    { kind: 'choice', index: 0 },
    { kind: 'text', value: 'زيلينسكا' },
    { kind: 'pairs', rightFor: [0, 1, 2, 4, 3] },
    { kind: 'bool', value: true },
    { kind: 'order', order: [0, 1, 3, 2] },
    { kind: 'skip' }
    // the last question left unanswered
  ];

  it('sums the scores overall, by topic and by type', () => {
    const result = scoreQuiz(plan, BY_ID, answers, 'ar');
    expect(result.total).toBe(6);
    expect(result.score).toBeCloseTo(1 + 1 + 0.6 + 0 + 0.5 + 0);
    expect(result.byTopic).toEqual({
      'drones-war': { score: 2, total: 3 },
      diplomacy: { score: 0.6, total: 2 },
      'intelligence-space': { score: 0.5, total: 1 }
    });
    const expected = Object.fromEntries(ITEM_TYPES.map((t) => [t, { score: 0, total: 0 }]));
    Object.assign(expected, {
      mcq: { score: 1, total: 1 },
      short: { score: 1, total: 1 },
      matching: { score: 0.6, total: 1 },
      truefalse: { score: 0, total: 1 },
      ordering: { score: 0.5, total: 1 },
      cloze: { score: 0, total: 1 }
    } satisfies Partial<Record<ItemType, unknown>>);
    expect(result.byType).toEqual(expected);
  });

  it('lists what was wrong as mistakes, a typo apart as accepted, and one check per question', () => {
    const result = scoreQuiz(plan, BY_ID, answers, 'ar');
    expect(result.typos).toEqual([{ index: 1, itemId: 'c-1a85a09020' }]);
    expect(result.mistakes).toEqual([
      { index: 2, itemId: 'c-8d05c5f0d9', verdict: 'wrong', score: 0.6 },
      { index: 3, itemId: 'c-5dd8790ae4', verdict: 'wrong', score: 0 },
      { index: 4, itemId: 'c-4110d5ffe0', verdict: 'wrong', score: 0.5 },
      { index: 6, itemId: 'c-911a50aeb0', verdict: 'wrong', score: 0 }
    ]);
    expect(result.checks.map((c) => c?.verdict ?? null)).toEqual([
      'correct',
      'typo',
      'wrong',
      'wrong',
      'wrong',
      null,
      'wrong'
    ]);
  });

  it('scores a built quiz answered perfectly as full marks', () => {
    const built = buildQuiz(ITEMS, settings({ length: 'all' }), 5);
    const perfect = itemsOf(built).map((it): QuizAnswer => {
      switch (it.type) {
        case 'mcq':
          return { kind: 'choice', index: it.answer };
        case 'truefalse':
          return { kind: 'bool', value: it.answer };
        case 'cloze':
        case 'short':
          return { kind: 'text', value: it.answer.en ?? it.answer.ar };
        case 'matching':
          return { kind: 'pairs', rightFor: range(it.pairs.length) };
        case 'ordering':
          return { kind: 'order', order: range(it.sequence.length) };
      }
    });
    const result = scoreQuiz(built, BY_ID, perfect, 'en');
    expect(result.score).toBe(built.questions.length);
    expect(result.total).toBe(built.questions.length);
    expect(result.mistakes).toEqual([]);
    expect(result.typos).toEqual([]);
  });

  it('keeps topic ids that look like object properties apart', () => {
    const odd = { ...item('c-9884e3ad45', 'mcq'), topic: '__proto__' };
    const result = scoreQuiz(
      { seed: 0, settings: settings(), questions: [{ itemId: odd.id }] },
      new Map([[odd.id, odd]]),
      [{ kind: 'choice', index: 0 }],
      'ar'
    );
    expect(Object.keys(result.byTopic)).toEqual(['__proto__']);
  });
});

describe('rightAnswer', () => {
  it('is checked correct for every item, in both languages', () => {
    for (const i of ITEMS) {
      for (const lang of ['ar', 'en'] as const) {
        expect(checkAnswer(i, rightAnswer(i, lang), lang), `${i.id} ${lang}`).toEqual({
          verdict: 'correct',
          score: 1
        });
      }
    }
  });

  it('gives the typed answer in the language asked, Arabic when there is no English', () => {
    const zelensky = item('c-1a85a09020', 'short');
    expect(rightAnswer(zelensky, 'ar')).toEqual({ kind: 'text', value: zelensky.answer.ar });
    expect(rightAnswer(zelensky, 'en')).toEqual({ kind: 'text', value: zelensky.answer.en });
    const arOnly = { ...zelensky, answer: { ar: zelensky.answer.ar } };
    expect(rightAnswer(arOnly, 'en')).toEqual({ kind: 'text', value: zelensky.answer.ar });
  });
});

describe('studyQuestion', () => {
  it('keeps options as stored and scrambles matching and ordering as a quiz of seed 0', () => {
    for (const i of ITEMS) {
      const q = studyQuestion(i);
      expect(q.choiceOrder).toBeUndefined();
      expect(q.rightOrder).toEqual(questionFor(i, 0).rightOrder);
      expect(q.startOrder).toEqual(questionFor(i, 0).startOrder);
      const scrambled = q.rightOrder ?? q.startOrder;
      if (scrambled) expect(scrambled.some((v, k) => v !== k)).toBe(true);
    }
  });
});

describe('schedulerGrade', () => {
  it('maps wrong to Again, typo to Hard and correct to Good', () => {
    expect(schedulerGrade('wrong')).toBe(1);
    expect(schedulerGrade('typo')).toBe(2);
    expect(schedulerGrade('correct')).toBe(3);
  });
});

describe('mergeQuizSettings', () => {
  it('gives the defaults for nothing or garbage', () => {
    expect(mergeQuizSettings(undefined)).toEqual(DEFAULT_QUIZ_SETTINGS);
    expect(mergeQuizSettings('x')).toEqual(DEFAULT_QUIZ_SETTINGS);
    expect(
      mergeQuizSettings({
        length: 7,
        topics: 'syria',
        types: null,
        paragraphs: { from: 0, to: 3 },
        feedback: 'never',
        timerSeconds: -5,
        contentLang: 'fr'
      })
    ).toEqual(DEFAULT_QUIZ_SETTINGS);
  });

  it('keeps valid fields and tidies the rest', () => {
    expect(
      mergeQuizSettings({
        length: 'all',
        topics: ['syria', 3, 'syria', '', 'nuclear'],
        types: ['ordering', 'essay', 'mcq', 'mcq'],
        paragraphs: { from: 9, to: 4 },
        feedback: 'end',
        timerSeconds: 50,
        contentLang: 'en'
      })
    ).toEqual({
      length: 'all',
      topics: ['syria', 'nuclear'],
      types: ['mcq', 'ordering'],
      paragraphs: { from: 4, to: 9 },
      feedback: 'end',
      timerSeconds: 45,
      contentLang: 'en'
    });
  });

  it('is idempotent and returns what the settings arbitrary makes unchanged', () => {
    fc.assert(
      fc.property(settingsArb, (s) => {
        const merged = mergeQuizSettings(s);
        expect(mergeQuizSettings(merged)).toEqual(merged);
        expect(merged).toEqual({ ...s, types: ITEM_TYPES.filter((t) => s.types.includes(t)) });
      })
    );
  });
});

describe('a quiz over one course', () => {
  const other = scopeCourse(testBank('x', 4), 'my-course').items;
  const both = [...ITEMS, ...other];

  it('draws only from the course its settings name, and from every course without one', () => {
    const mine = eligibleItems(both, settings({ course: 'my-course' }));
    expect(mine.map((i) => i.id)).toEqual(other.map((i) => i.id));
    const seedOnly = eligibleItems(both, settings({ course: 'iran-russia-2023' }));
    expect(seedOnly.map((i) => i.id)).toEqual(ITEMS.map((i) => i.id));
    expect(eligibleItems(both, settings())).toHaveLength(both.length);
    const plan = buildQuiz(both, settings({ course: 'my-course', length: 'all' }), 3);
    expect(plan.questions.map((q) => q.itemId).sort()).toEqual(other.map((i) => i.id).sort());
  });

  it('keeps a paragraph range within the course', () => {
    const range = settings({ course: 'my-course', paragraphs: { from: 2, to: 3 } });
    expect(eligibleItems(both, range).map((i) => i.id)).toEqual(['my-course:i-2', 'my-course:i-3']);
  });
});
