import { describe, expect, it } from 'vitest';
import { resultsCsv, summarise, toCsv, type CollectedResult } from './lib';

const r = (name: string, answers: boolean[], score?: number): CollectedResult => ({
  key: name,
  name,
  answers,
  score,
  addedAt: 0
});

describe('summarise', () => {
  it('ranks students and finds the questions missed most', () => {
    const s = summarise(
      [
        r('سارة', [true, false, true]),
        r('Omar', [false, false, true]),
        r('ليلى', [true, true, true])
      ],
      3
    );
    expect(s.students.map((x) => x.name)).toEqual(['ليلى', 'سارة', 'Omar']);
    expect(s.mostMissed).toEqual([
      { index: 1, missed: 2 },
      { index: 0, missed: 1 }
    ]);
    expect(s.average).toBeCloseTo(2);
  });
  it('uses the partial-credit score when a result carries one', () => {
    expect(summarise([r('a', [true, false], 1.5)], 2).students[0]!.score).toBe(1.5);
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
