import { describe, expect, it } from 'vitest';
import { decodeQuizCode, encodeQuizCode } from '$lib/domain/class-code';
import { scopeCourse } from '$lib/domain/course';
import { testBank } from '$lib/domain/fixtures/banks';
import { buildQuiz, DEFAULT_QUIZ_SETTINGS } from '$lib/domain/quiz';
import {
  classLink,
  classQuestions,
  classSource,
  courseLookup,
  questionShares,
  readScanned,
  resultsCsv,
  summarise,
  toCsv,
  type CollectedResult
} from './lib';

const r = (name: string, answers: boolean[], score?: number): CollectedResult => ({
  key: name,
  name,
  answers,
  score,
  addedAt: 0
});

describe('summarise', () => {
  it('ranks students and counts who got each question right', () => {
    const s = summarise(
      [
        r('سارة', [true, false, true]),
        r('Omar', [false, false, true]),
        r('ليلى', [true, true, true])
      ],
      3
    );
    expect(s.students.map((x) => x.name)).toEqual(['ليلى', 'سارة', 'Omar']);
    expect(s.questions).toEqual([
      { right: 2, total: 3 },
      { right: 1, total: 3 },
      { right: 3, total: 3 }
    ]);
    expect(s.average).toBeCloseTo(2);
  });
  it('uses the partial-credit score when a result carries one', () => {
    expect(summarise([r('a', [true, false], 1.5)], 2).students[0]!.score).toBe(1.5);
  });
});

describe('questionShares', () => {
  it('counts a question only in the results that carry it', () => {
    // A result made for a shorter quiz (the teacher's bank changed) has no mark for question 3.
    expect(questionShares([r('a', [true, false, true]), r('b', [false, true])], 3)).toEqual([
      { right: 1, total: 2 },
      { right: 1, total: 2 },
      { right: 1, total: 1 }
    ]);
  });
  it('gives zero of zero with no results, and ignores marks past the quiz', () => {
    expect(questionShares([], 2)).toEqual([
      { right: 0, total: 0 },
      { right: 0, total: 0 }
    ]);
    expect(questionShares([r('a', [true, true, true])], 1)).toEqual([{ right: 1, total: 1 }]);
  });
});

describe('CSV', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    expect(toCsv([['a,b', 'say "hi"', '=SUM(A1)', 'محمد']])).toBe(
      '"a,b","say ""hi""",\'=SUM(A1),محمد\r\n'
    );
  });
  it('writes one row per student with 1/0 per question', () => {
    expect(resultsCsv([r('سارة', [true, false])], 2)).toBe('name,score,q1,q2\r\nسارة,1,1,0\r\n');
  });
});

describe('class quiz sources', () => {
  const seedCourse = testBank('iran-russia-2023', 4);
  const made = scopeCourse(testBank('health-article', 5), 'health-article');
  const code = (source: ReturnType<typeof classSource>) =>
    encodeQuizCode({ ...source, seed: 9, settings: { ...DEFAULT_QUIZ_SETTINGS } });

  it('writes the one built-in course as the first code format, readable by every version', () => {
    const source = classSource(seedCourse, [seedCourse]);
    expect(source.course).toBeUndefined();
    expect(source.items).toHaveLength(4);
    // A student's device with only the built-in course reads it.
    expect(decodeQuizCode(code(source), courseLookup([seedCourse], [seedCourse])).ok).toBe(true);
  });

  it('names any other course, which only a device that has it reads', () => {
    const source = classSource(made, [seedCourse]);
    expect(source).toMatchObject({ course: 'health-article', bankVersion: 'v-health-article' });
    expect(decodeQuizCode(code(source), courseLookup([seedCourse], [seedCourse]))).toEqual({
      ok: false,
      reason: 'course',
      course: 'health-article'
    });
    const decoded = decodeQuizCode(code(source), courseLookup([seedCourse, made], [seedCourse]));
    expect(decoded).toMatchObject({ ok: true, settings: { course: 'health-article' } });
    const newer = { ...made, bankVersion: 'v-2' };
    expect(decodeQuizCode(code(source), courseLookup([seedCourse, newer], [seedCourse]))).toEqual({
      ok: false,
      reason: 'version',
      course: 'health-article'
    });
  });

  it('rebuilds the questions a student gets, in their order, from the code alone', () => {
    for (const [chosen, builtIn] of [
      [seedCourse, [seedCourse]],
      [made, [seedCourse]]
    ] as const) {
      const source = classSource(chosen, builtIn);
      const settings = {
        ...DEFAULT_QUIZ_SETTINGS,
        ...(source.course && { course: source.course })
      };
      const display = encodeQuizCode({ ...source, seed: 9, settings });
      const rebuilt = classQuestions(display, [seedCourse, made], builtIn);
      // A student's device (QuizSession.startClass): the built-in courses' items for a code that
      // names no course, else every item it has; the code's settings and seed.
      const pool = source.course ? [...seedCourse.items, ...made.items] : seedCourse.items;
      const student = buildQuiz(pool, settings, 9).questions;
      expect(rebuilt?.questions.map((q) => q.question)).toEqual(student);
      expect(rebuilt?.questions.every((q) => q.item.id === q.question.itemId)).toBe(true);
      expect(rebuilt?.settings).toEqual(settings);
    }
  });

  it('rebuilds nothing when the course is gone or at another version', () => {
    const display = code(classSource(made, [seedCourse]));
    expect(classQuestions(display, [seedCourse], [seedCourse])).toBeNull();
    const newer = { ...made, bankVersion: 'v-2' };
    expect(classQuestions(display, [seedCourse, newer], [seedCourse])).toBeNull();
  });

  it('names a built-in course once there are several', () => {
    const other = testBank('second-seed', 2);
    expect(classSource(seedCourse, [seedCourse, other]).course).toBe('iran-russia-2023');
  });
});

describe('the QR code’s link', () => {
  it('carries the code and the course title, and reads back', () => {
    const link = classLink('https://dars.example', '0123-4567', 'صحة المدارس & more');
    expect(link).toMatch(/^https:\/\/dars\.example\/class\?quiz=0123-4567&title=/);
    expect(readScanned(link)).toEqual({ code: '0123-4567', title: 'صحة المدارس & more' });
  });

  it('passes a bare code, any other text and a link without a quiz as they are', () => {
    expect(readScanned('0123-4567')).toEqual({ code: '0123-4567' });
    expect(readScanned('https://example.com/x')).toEqual({ code: 'https://example.com/x' });
    expect(readScanned('https://dars.example/class?quiz=AB')).toEqual({ code: 'AB' });
  });

  it('keeps a long title short', () => {
    const link = classLink('https://dars.example', 'C', 'ا'.repeat(500));
    expect(readScanned(link).title).toHaveLength(80);
    const hostile = `https://x.example/class?quiz=C&title=${'b'.repeat(1000)}`;
    expect(readScanned(hostile).title).toHaveLength(80);
  });
});
