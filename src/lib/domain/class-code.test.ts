// What these tests assert: quiz and result codes round-trip every setting, name and answer list;
// the check symbol catches every single substitution and every swap of neighbours; a code from
// another bank is refused as such; a code that names a course carries its id, is refused as such
// on a device without that course or with another version of it, and codes made before courses
// had names still read as the built-in courses; and no input, however hostile, makes decoding
// throw or pass for something that is not a code.
import fc from 'fast-check';
import { array, parse } from 'valibot';
import { describe, expect, it } from 'vitest';
import { ITEM_TYPES, ItemSchema } from './bank';
import {
  CLASS_SEED_LIMIT,
  CODE_ALPHABET,
  decodeQuizCode,
  decodeResultCode,
  encodeQuizCode,
  type CodeContext,
  encodeResultCode,
  formatCode,
  newClassSeed,
  normalizeCode,
  quizTag,
  RESULT_NAME_MAX
} from './class-code';
import raw from './fixtures/quiz-items.json';
import {
  buildQuiz,
  DEFAULT_QUIZ_SETTINGS,
  QUIZ_LENGTHS,
  QUIZ_TIMER_CHOICES,
  type QuizSettings
} from './quiz';
import { COURSE_ID } from './course';
import { seededRandom } from './random';

// The topics of static/bank/iran-russia-2023.json, in the bank's order.
const TOPIC_IDS = [
  'drones-war',
  'diplomacy',
  'economy-sanctions',
  'intelligence-space',
  'iran-camps',
  'syria',
  'nuclear',
  'north-korea-china',
  'western-reactions'
];
const CTX = { bankVersion: '26b456de245d', topicIds: TOPIC_IDS };
const settings = (over: Partial<QuizSettings> = {}): QuizSettings => ({
  ...DEFAULT_QUIZ_SETTINGS,
  ...over
});
const quizCode = (seed: number, over: Partial<QuizSettings> = {}) =>
  encodeQuizCode({ ...CTX, seed, settings: settings(over) });
const bare = (code: string) => code.replace(/-/g, '');
/** `body` followed by the one symbol that makes the check pass. */
const withCheck = (body: string) =>
  [...CODE_ALPHABET]
    .map((c) => body + c)
    .find((c) => {
      const d = decodeResultCode(c);
      return d.ok || d.reason !== 'check';
    }) ?? '';

// A course made on a device, as a student's device that has it knows it.
const COURSE = 'health-article';
const COURSE_CTX: CodeContext = { bankVersion: '9f3c2a17d0b4', topicIds: ['health', 'budget'] };
/** A device with the built-in courses and `health-article`. */
const lookup = (course: string | null) =>
  course === null ? CTX : course === COURSE ? COURSE_CTX : undefined;
const courseCode = (seed: number, over: Partial<QuizSettings> = {}, course = COURSE) =>
  encodeQuizCode({ ...COURSE_CTX, course, seed, settings: settings(over) });

const settingsArb: fc.Arbitrary<QuizSettings> = fc.record({
  length: fc.constantFrom(...QUIZ_LENGTHS),
  topics: fc.subarray(TOPIC_IDS),
  types: fc.subarray([...ITEM_TYPES]),
  paragraphs: fc.option(
    fc
      .tuple(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 2000 }))
      .map(([from, span]) => ({ from, to: from + span })),
    { nil: null }
  ),
  feedback: fc.constantFrom('each' as const, 'end' as const),
  timerSeconds: fc.option(fc.constantFrom(...QUIZ_TIMER_CHOICES), { nil: null }),
  contentLang: fc.constantFrom('ui' as const, 'ar' as const, 'en' as const)
});
const seedArb = fc.integer({ min: 0, max: CLASS_SEED_LIMIT - 1 });

const ARABIC_LETTERS = [...'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي'];
const arabicNameArb = fc
  .array(fc.constantFrom(...ARABIC_LETTERS, ' '), { maxLength: RESULT_NAME_MAX })
  .map((cs) => cs.join(''));
// 'binary' units include lone surrogates, which a name must survive too.
const anyNameArb = fc
  .oneof(
    fc.string({ unit: 'binary', maxLength: RESULT_NAME_MAX }),
    fc.string({ unit: 'grapheme', maxLength: 12 })
  )
  .filter((s) => s.length <= RESULT_NAME_MAX);
const resultArb = fc
  .record({
    name: fc.oneof(arabicNameArb, anyNameArb, fc.constantFrom('Sara Ali', "Jean-Pierre O'Neil")),
    answers: fc.array(fc.boolean(), { maxLength: 80 }),
    withScore: fc.boolean(),
    scoreShare: fc.double({ min: 0, max: 1, noNaN: true })
  })
  .map(({ name, answers, withScore, scoreShare }) => ({
    name,
    answers,
    // Scores are carried in sixtieths of a question.
    score: withScore ? Math.round(scoreShare * answers.length * 60) / 60 : undefined
  }));

/** Every code that differs from `code` in one symbol. */
function* substitutions(code: string): Generator<string> {
  const s = bare(code);
  for (let i = 0; i < s.length; i++) {
    for (const c of CODE_ALPHABET) {
      if (c !== s[i]) yield s.slice(0, i) + c + s.slice(i + 1);
    }
  }
}

/** Every code with two different neighbouring symbols swapped. */
function* transpositions(code: string): Generator<string> {
  const s = bare(code);
  for (let i = 0; i + 1 < s.length; i++) {
    if (s[i] !== s[i + 1]) yield s.slice(0, i) + s[i + 1] + s[i] + s.slice(i + 2);
  }
}

describe('normalizeCode', () => {
  it('ignores case, spaces, dashes and invisible marks', () => {
    expect(normalizeCode('7k3a - 0x9d\u200f\u200e -\tmm')).toBe('7K3A0X9DMM');
    expect(normalizeCode('\u202b7K3A\u202c')).toBe('7K3A');
  });

  it('reads Arabic-Indic, Persian and full-width digits as digits', () => {
    expect(normalizeCode('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normalizeCode('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(normalizeCode('３Ｋ')).toBe('3K');
  });

  it('reads letters that look like digits as those digits', () => {
    expect(normalizeCode('OQILZSGB')).toBe('00112568');
    expect(normalizeCode('oqilzsgb')).toBe('00112568');
  });

  it('refuses anything else', () => {
    for (const bad of ['P', 'U', 'V', 'W', 'Y', '7K3A!', 'ب', '😀', '\0', 'x'.repeat(5000)]) {
      expect(normalizeCode(bad)).toBeNull();
    }
  });

  it('formats bare symbols in groups of four', () => {
    expect(formatCode('0123456789ACD')).toBe('0123-4567-89AC-D');
    expect(formatCode('')).toBe('');
  });

  it('uses 23 distinct symbols (a prime, which the check relies on)', () => {
    expect(new Set(CODE_ALPHABET).size).toBe(23);
  });
});

describe('quiz codes', () => {
  it('round-trips the seed and every setting', () => {
    const cases: [number, Partial<QuizSettings>][] = [
      [0, {}],
      [CLASS_SEED_LIMIT - 1, { length: 'all', feedback: 'end', contentLang: 'en' }],
      [12345, { topics: ['syria', 'nuclear'], timerSeconds: 30 }],
      [777, { topics: [...TOPIC_IDS], types: [...ITEM_TYPES], contentLang: 'ar' }],
      [31, { types: ['ordering'], paragraphs: { from: 1, to: 1 }, length: 5 }],
      [999_999, { paragraphs: { from: 3, to: 26 }, timerSeconds: 120, length: 20 }]
    ];
    for (const [seed, over] of cases) {
      const code = quizCode(seed, over);
      expect(decodeQuizCode(code, CTX)).toEqual({ ok: true, seed, settings: settings(over) });
    }
  });

  it('round-trips random settings and seeds', () => {
    fc.assert(
      fc.property(settingsArb, seedArb, (s, seed) => {
        const code = encodeQuizCode({ ...CTX, seed, settings: s });
        expect(decodeQuizCode(code, CTX)).toEqual({ ok: true, seed, settings: s });
      }),
      { numRuns: 500 }
    );
  });

  it('is short: 12 symbols with the check for a plain quiz, 16 with topics and types', () => {
    expect(quizCode(987654)).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(bare(quizCode(0))).toHaveLength(12);
    expect(bare(quizCode(CLASS_SEED_LIMIT - 1, { length: 'all', timerSeconds: 90 }))).toHaveLength(
      12
    );
    expect(bare(quizCode(1, { topics: ['syria', 'nuclear'] }))).toHaveLength(14);
    expect(bare(quizCode(1, { topics: ['syria'], types: ['mcq', 'cloze'] }))).toHaveLength(16);
    expect(bare(quizCode(1, { paragraphs: { from: 3, to: 12 } }))).toHaveLength(15);
  });

  it('decodes however it was typed', () => {
    const code = quizCode(54321, { topics: ['diplomacy'] });
    const expected = decodeQuizCode(code, CTX);
    const arabicDigits = code.replace(/[0-9]/g, (d) => String.fromCharCode(0x660 + Number(d)));
    const variants = [
      code.toLowerCase(),
      bare(code),
      code.replace(/-/g, ' '),
      ` ${code.split('').join(' ')} `,
      code.replace(/0/g, 'O').replace(/1/g, 'l'),
      arabicDigits,
      `\u200f${code}\u200f`
    ];
    for (const v of variants) expect(decodeQuizCode(v, CTX)).toEqual(expected);
  });

  it('catches every single substitution and every neighbour swap', () => {
    for (const code of [quizCode(987654), quizCode(42, { topics: ['syria'], types: ['mcq'] })]) {
      let n = 0;
      for (const bad of substitutions(code)) {
        expect(decodeQuizCode(bad, CTX)).toEqual({ ok: false, reason: 'check' });
        n++;
      }
      expect(n).toBe(bare(code).length * 22);
      for (const bad of transpositions(code)) {
        expect(decodeQuizCode(bad, CTX)).toEqual({ ok: false, reason: 'check' });
      }
    }
  });

  it('catches one substitution or neighbour swap in any code', () => {
    fc.assert(
      fc.property(
        settingsArb,
        seedArb,
        fc.nat(),
        fc.integer({ min: 1, max: 22 }),
        (s, seed, at, shift) => {
          const code = bare(encodeQuizCode({ ...CTX, seed, settings: s }));
          const i = at % code.length;
          const c = CODE_ALPHABET.indexOf(code[i] as string);
          const changed = code.slice(0, i) + CODE_ALPHABET[(c + shift) % 23] + code.slice(i + 1);
          expect(decodeQuizCode(changed, CTX)).toEqual({ ok: false, reason: 'check' });
          const j = at % (code.length - 1);
          if (code[j] !== code[j + 1]) {
            const swapped = code.slice(0, j) + code[j + 1] + code[j] + code.slice(j + 2);
            expect(decodeQuizCode(swapped, CTX)).toEqual({ ok: false, reason: 'check' });
          }
        }
      ),
      { numRuns: 500 }
    );
  });

  it('refuses a code made from another version of the bank', () => {
    for (const other of ['26b456de245e', '000000000000', 'ffffffffffff', '']) {
      const code = encodeQuizCode({ ...CTX, bankVersion: other, seed: 5, settings: settings() });
      expect(decodeQuizCode(code, CTX)).toEqual({ ok: false, reason: 'bank' });
      expect(decodeQuizCode(code, { ...CTX, bankVersion: other }).ok).toBe(true);
    }
  });

  it('refuses a result code, an empty code and a truncated one as format errors', () => {
    const result = encodeResultCode({ quizCode: quizCode(1), name: 'Sara', answers: [true] });
    expect(decodeQuizCode(result, CTX)).toEqual({ ok: false, reason: 'format' });
    expect(decodeQuizCode('', CTX)).toEqual({ ok: false, reason: 'format' });
    expect(decodeQuizCode('7', CTX)).toEqual({ ok: false, reason: 'format' });
    expect(decodeQuizCode('7K3A-!', CTX)).toEqual({ ok: false, reason: 'format' });
    // A zero symbol added in front (or one taken away) keeps the number; with the check made
    // right again the code still fails, on its length.
    const body = bare(quizCode(3)).slice(0, -1);
    expect(body.startsWith('0')).toBe(true);
    expect(decodeQuizCode(withCheck(`0${body}`), CTX)).toEqual({ ok: false, reason: 'format' });
    expect(decodeQuizCode(withCheck(body.slice(1)), CTX)).toEqual({ ok: false, reason: 'format' });
    expect(decodeQuizCode(withCheck(body), CTX)).toEqual(decodeQuizCode(quizCode(3), CTX));
  });

  it('makes the same quiz on the teacher’s and the students’ devices', () => {
    const items = parse(array(ItemSchema), raw);
    const s = settings({ topics: ['diplomacy', 'syria', 'nuclear'], length: 5, feedback: 'end' });
    const seed = newClassSeed(seededRandom(99));
    const teacher = buildQuiz(items, s, seed);
    const decoded = decodeQuizCode(encodeQuizCode({ ...CTX, seed, settings: s }), CTX);
    if (!decoded.ok) throw new Error(decoded.reason);
    // A student's device may list the bank's items in another order.
    expect(buildQuiz([...items].reverse(), decoded.settings, decoded.seed)).toEqual(teacher);
  });

  it('refuses settings it cannot carry', () => {
    const enc = (seed: number, over: Partial<QuizSettings>) => () =>
      encodeQuizCode({ ...CTX, seed, settings: settings(over) });
    expect(enc(CLASS_SEED_LIMIT, {})).toThrow(RangeError);
    expect(enc(-1, {})).toThrow(RangeError);
    expect(enc(1.5, {})).toThrow(RangeError);
    expect(enc(1, { topics: ['unknown'] })).toThrow(RangeError);
    expect(enc(1, { timerSeconds: 50 })).toThrow(RangeError);
    expect(enc(1, { paragraphs: { from: 0, to: 3 } })).toThrow(RangeError);
    expect(enc(1, { paragraphs: { from: 5, to: 3 } })).toThrow(RangeError);
    expect(enc(1, { length: 7 as never })).toThrow(RangeError);
  });

  it('draws class seeds in range', () => {
    const random = seededRandom(1);
    for (let i = 0; i < 1000; i++) {
      const seed = newClassSeed(random);
      expect(Number.isInteger(seed) && seed >= 0 && seed < CLASS_SEED_LIMIT).toBe(true);
    }
    expect(newClassSeed(() => 0.9999999999)).toBe(CLASS_SEED_LIMIT - 1);
  });
});

describe('result codes', () => {
  const quiz = quizCode(987654);

  it('round-trips names, answers and scores', () => {
    const cases = [
      { name: 'محمد أحمد', answers: [true, false, true, true, false], score: 3.5 },
      { name: 'فاطمة الزهراء علي', answers: Array<boolean>(20).fill(true) },
      { name: 'Sara Ali', answers: [], score: 0 },
      { name: 'پریسا کاظمی', answers: [false] },
      { name: 'Zoë 😀 ١٢', answers: [true, true], score: 1 + 2 / 3 },
      { name: '', answers: [false, false] },
      { name: 'a\ud800b\udfff', answers: [true] }
    ];
    for (const c of cases) {
      const decoded = decodeResultCode(encodeResultCode({ quizCode: quiz, ...c }));
      const expected = { ok: true, quizTag: quizTag(quiz), name: c.name, answers: c.answers };
      expect(decoded).toEqual(
        c.score === undefined ? expected : { ...expected, score: expect.closeTo(c.score, 12) }
      );
    }
  });

  it('round-trips random Arabic names', () => {
    fc.assert(
      fc.property(arabicNameArb, fc.array(fc.boolean(), { maxLength: 30 }), (name, answers) => {
        const decoded = decodeResultCode(encodeResultCode({ quizCode: quiz, name, answers }));
        expect(decoded).toEqual({ ok: true, quizTag: quizTag(quiz), name, answers });
      }),
      { numRuns: 500 }
    );
  });

  it('round-trips any name, answer list and score', () => {
    fc.assert(
      fc.property(resultArb, ({ name, answers, score }) => {
        const code = encodeResultCode({ quizCode: quiz, name, answers, score });
        const decoded = decodeResultCode(code);
        const expected = { ok: true, quizTag: quizTag(quiz), name, answers };
        expect(decoded).toEqual(score === undefined ? expected : { ...expected, score });
      }),
      { numRuns: 500 }
    );
  });

  it('stays short for typical names', () => {
    const size = (name: string, n: number, score?: number) =>
      bare(encodeResultCode({ quizCode: quiz, name, answers: Array<boolean>(n).fill(true), score }))
        .length;
    expect(size('محمد أحمد', 10)).toBe(22);
    expect(size('محمد أحمد', 10, 7.5)).toBe(24);
    expect(size('Sara Ali', 10)).toBe(21);
    expect(size('فاطمة الزهراء علي', 20)).toBe(34);
    // Under half of UTF-8: 17 Arabic letters are 31 bytes, 55 symbols on their own.
    expect(size('فاطمة الزهراء علي', 20)).toBeLessThan(55);
  });

  it('catches every single substitution and every neighbour swap', () => {
    const code = encodeResultCode({
      quizCode: quiz,
      name: 'محمد أحمد',
      answers: [true, false, true, true, false, false, true, true, true, false],
      score: 6.25
    });
    for (const bad of substitutions(code)) {
      expect(decodeResultCode(bad)).toEqual({ ok: false, reason: 'check' });
    }
    for (const bad of transpositions(code)) {
      expect(decodeResultCode(bad)).toEqual({ ok: false, reason: 'check' });
    }
  });

  it('ties a result to its quiz by tag, however the quiz code was typed', () => {
    const tag = quizTag(quiz);
    expect(tag).toMatch(new RegExp(`^[${CODE_ALPHABET}]{4}$`));
    expect(quizTag(quiz.toLowerCase().replace(/-/g, ' '))).toBe(tag);
    expect(quizTag(tag)).toBe(tag);
    expect(quizTag(quizCode(987655))).not.toBe(tag);
    const viaTag = encodeResultCode({ quizCode: tag, name: 'Ali', answers: [true] });
    expect(viaTag).toBe(encodeResultCode({ quizCode: quiz, name: 'Ali', answers: [true] }));
    // Garbage in, a tag out: quizTag never throws.
    expect(quizTag('😀\0')).toMatch(/^[0-9A-Z]{4}$/);
  });

  it('refuses a quiz code, and inputs it cannot carry', () => {
    expect(decodeResultCode(quiz)).toEqual({ ok: false, reason: 'format' });
    const enc = (name: string, answers: boolean[], score?: number) => () =>
      encodeResultCode({ quizCode: quiz, name, answers, score });
    expect(enc('x'.repeat(RESULT_NAME_MAX + 1), [])).toThrow(RangeError);
    expect(enc('Ali', [true], 1.5)).toThrow(RangeError);
    expect(enc('Ali', [true], -0.1)).toThrow(RangeError);
    expect(enc('Ali', [true], Number.NaN)).toThrow(RangeError);
  });
});

describe('quiz codes that name a course', () => {
  const courseIdArb = fc
    .stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?$/)
    .filter((id) => COURSE_ID.test(id));

  it('round-trips the course id, the seed and every setting', () => {
    fc.assert(
      fc.property(courseIdArb, settingsArb, seedArb, (course, s, seed) => {
        const ctx = { bankVersion: 'v1', topicIds: TOPIC_IDS };
        const code = encodeQuizCode({ ...ctx, course, seed, settings: s });
        const decoded = decodeQuizCode(code, (id) => (id === course ? ctx : undefined));
        expect(decoded).toEqual({ ok: true, seed, settings: { ...s, course } });
      }),
      { numRuns: 300 }
    );
  });

  it('still reads codes made before codes named a course, as the built-in courses', () => {
    // Made by the first format, before courses were named: a teacher's board from then.
    expect(decodeQuizCode('006M-KM0T-TJ9N', lookup)).toEqual({
      ok: true,
      seed: 987654,
      settings: settings()
    });
    expect(decodeQuizCode('03EM-EMXT-5T05-T3', lookup)).toEqual({
      ok: true,
      seed: 4242,
      settings: settings({ topics: ['syria'], length: 5 })
    });
    // And a quiz over the built-in courses is still written that way (no course in the code).
    expect(quizCode(987654)).toBe('006M-KM0T-TJ9N');
  });

  it('says which course a device without it needs', () => {
    const code = courseCode(77, { length: 5 });
    expect(decodeQuizCode(code, CTX)).toEqual({ ok: false, reason: 'course', course: COURSE });
    const other = courseCode(77, {}, 'another-course-2024');
    expect(decodeQuizCode(other, lookup)).toEqual({
      ok: false,
      reason: 'course',
      course: 'another-course-2024'
    });
  });

  it('refuses a code made from another version of the course, naming it', () => {
    for (const version of ['9f3c2a17d0b5', '26b456de245d', '']) {
      const code = encodeQuizCode({
        ...COURSE_CTX,
        bankVersion: version,
        course: COURSE,
        seed: 5,
        settings: settings()
      });
      expect(decodeQuizCode(code, lookup)).toEqual({
        ok: false,
        reason: 'version',
        course: COURSE
      });
    }
    // The built-in courses' version does not stand in for the course's own.
    const builtInVersion = encodeQuizCode({
      ...CTX,
      course: COURSE,
      seed: 5,
      settings: settings()
    });
    expect(decodeQuizCode(builtInVersion, lookup)).toMatchObject({ reason: 'version' });
  });

  it('is the built-in code plus about 1.2 symbols a character of the id', () => {
    expect(bare(courseCode(0))).toHaveLength(30);
    expect(bare(courseCode(0, {}, 'a'))).toHaveLength(15);
    expect(bare(courseCode(0, {}, 'x'.repeat(64)))).toHaveLength(87);
  });

  it('catches every single substitution and every neighbour swap', () => {
    const code = courseCode(987654, { topics: ['budget'] });
    for (const bad of substitutions(code)) {
      expect(decodeQuizCode(bad, lookup)).toEqual({ ok: false, reason: 'check' });
    }
    for (const bad of transpositions(code)) {
      expect(decodeQuizCode(bad, lookup)).toEqual({ ok: false, reason: 'check' });
    }
  });

  it('refuses a course id that is none', () => {
    const enc = (course: string) => () =>
      encodeQuizCode({ ...COURSE_CTX, course, seed: 1, settings: settings() });
    for (const bad of ['', '-a', 'a-', 'A', 'a b', 'a:b', 'x'.repeat(65)]) {
      expect(enc(bad)).toThrow(RangeError);
    }
  });

  it('makes the same quiz from the course on every device, whatever else it has', () => {
    const builtIn = parse(array(ItemSchema), raw);
    const course = builtIn.map((item) => ({
      ...item,
      id: `${COURSE}:${item.id}`,
      sibling: `${COURSE}:${item.sibling}`,
      article: COURSE
    }));
    const s = settings({ length: 10, feedback: 'end' });
    const seed = newClassSeed(seededRandom(7));
    const teacher = buildQuiz(course, { ...s, course: COURSE }, seed);
    const code = encodeQuizCode({ ...COURSE_CTX, course: COURSE, seed, settings: s });
    const decoded = decodeQuizCode(code, lookup);
    if (!decoded.ok) throw new Error(decoded.reason);
    // The student's device also has the built-in course, and lists its items first.
    const student = buildQuiz([...builtIn, ...course].reverse(), decoded.settings, decoded.seed);
    expect(student.questions).toEqual(teacher.questions);
    expect(student.questions.every((q) => q.itemId.startsWith(`${COURSE}:`))).toBe(true);
  });
});

describe('decoding hostile input', () => {
  // `ok` only for a canonical code: re-encoding what was decoded gives back the same symbols.
  function assertQuizDecode(input: string) {
    const decoded = decodeQuizCode(input, lookup);
    if (decoded.ok) {
      const { course } = decoded.settings;
      const again = encodeQuizCode({
        ...(course === undefined ? CTX : { ...COURSE_CTX, course }),
        seed: decoded.seed,
        settings: decoded.settings
      });
      expect(bare(again)).toBe(normalizeCode(input));
    } else {
      expect(['format', 'check', 'bank', 'course', 'version']).toContain(decoded.reason);
      if ('course' in decoded) expect(decoded.course).toMatch(COURSE_ID);
    }
  }
  function assertResultDecode(input: string) {
    const decoded = decodeResultCode(input);
    if (decoded.ok) {
      const { quizTag: tag, name, answers, score } = decoded;
      const again = encodeResultCode({ quizCode: tag, name, answers, score });
      expect(bare(again)).toBe(normalizeCode(input));
    } else {
      expect(['format', 'check']).toContain(decoded.reason);
    }
  }

  const symbolsArb = (maxLength: number) =>
    fc
      .array(fc.constantFrom(...CODE_ALPHABET, '-', ' ', 'o', 'l', '٣', '\u200f'), { maxLength })
      .map((cs) => cs.join(''));
  const hostileArb = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    symbolsArb(30),
    symbolsArb(300),
    fc.constantFrom(
      '\0',
      '\0'.repeat(20),
      '😀😀😀😀',
      '\u202e0123-4567-89AC\u202c',
      'ﷺ'.repeat(500),
      '7'.repeat(3999),
      'A'.repeat(100_000),
      '0'.repeat(3000)
    )
  );

  it('never throws, and passes only canonical codes', () => {
    fc.assert(
      fc.property(hostileArb, (input) => {
        assertQuizDecode(input);
        assertResultDecode(input);
      }),
      { numRuns: 1000 }
    );
  });

  it('passes only canonical codes among strings that pass the check', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...CODE_ALPHABET), { minLength: 1, maxLength: 40 }),
        (symbols) => {
          const code = withCheck(symbols.join(''));
          assertQuizDecode(code);
          assertResultDecode(code);
        }
      ),
      { numRuns: 3000 }
    );
  });

  it('passes only canonical codes among real codes changed and given a right check again', () => {
    let okSeen = 0;
    fc.assert(
      fc.property(
        settingsArb,
        seedArb,
        resultArb,
        fc.nat(),
        fc.integer({ min: 1, max: 22 }),
        (s, seed, result, at, shift) => {
          const quiz = encodeQuizCode({ ...CTX, seed, settings: s });
          const course = courseCode(seed, { ...s, topics: [] });
          for (const code of [quiz, course, encodeResultCode({ quizCode: quiz, ...result })]) {
            const body = bare(code).slice(0, -1);
            const i = at % body.length;
            const c = CODE_ALPHABET[(CODE_ALPHABET.indexOf(body[i] as string) + shift) % 23];
            const changed = withCheck(body.slice(0, i) + c + body.slice(i + 1));
            assertQuizDecode(changed);
            assertResultDecode(changed);
            if (decodeQuizCode(changed, lookup).ok || decodeResultCode(changed).ok) okSeen++;
          }
        }
      ),
      // A fixed seed, so that the count below does not vary from run to run.
      { numRuns: 1000, seed: 2023 }
    );
    // Some such changes make another valid code, so the `ok` branch above was tested.
    expect(okSeen).toBeGreaterThan(10);
  });
});
