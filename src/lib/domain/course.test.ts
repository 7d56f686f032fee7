// Asserts course ids and id scoping: a device-made course's items carry the course in their ids,
// so they cannot clash with another course's, and the course can be read back from an item id.
import { describe, expect, it } from 'vitest';
import { parseArticleBank } from './bank';
import {
  courseMeta,
  courseOfItemId,
  courseProblems,
  isCourseId,
  progressByCourse,
  scopeCourse
} from './course';
import { testBank } from './fixtures/banks';

describe('course ids', () => {
  it('takes URL-safe ids and refuses the rest', () => {
    expect(['iran-russia-2023', 'a', 'my-2'].map(isCourseId)).toEqual([true, true, true]);
    for (const bad of ['', '-a', 'a-', 'A', 'a b', 'a:b', 'a/b', 'é', 'x'.repeat(65)]) {
      expect(isCourseId(bad), bad).toBe(false);
    }
  });

  it('reads the course from a scoped item id, none from a built-in one', () => {
    expect(courseOfItemId('my-2:g-0123456789')).toBe('my-2');
    expect(courseOfItemId('g-0123456789')).toBeNull();
    expect(courseOfItemId(':x')).toBeNull();
  });
});

describe('scopeCourse', () => {
  it('prefixes item and sibling ids with the course and points every item at it', () => {
    const bank = scopeCourse(testBank('draft'), 'my-course');
    expect(bank.slug).toBe('my-course');
    expect(bank.items.map((i) => [i.id, i.sibling, i.article])).toEqual([
      ['my-course:i-1', 'my-course:s-1', 'my-course'],
      ['my-course:i-2', 'my-course:s-2', 'my-course'],
      ['my-course:i-3', 'my-course:s-3', 'my-course']
    ]);
    expect(courseProblems(bank, 'my-course')).toEqual([]);
    expect(() => parseArticleBank(bank)).not.toThrow();
  });

  it('leaves ids already scoped alone, so scoping twice changes nothing', () => {
    const once = scopeCourse(testBank('draft'), 'c1');
    expect(scopeCourse(once, 'c1')).toEqual(once);
  });

  it('makes the same item ids of two courses different', () => {
    const a = scopeCourse(testBank('x'), 'a').items.map((i) => i.id);
    const b = scopeCourse(testBank('x'), 'b').items.map((i) => i.id);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
  });
});

describe('courseProblems', () => {
  it('names an unscoped id, a foreign article, a wrong slug and a repeated id', () => {
    const bank = scopeCourse(testBank('x'), 'c1');
    const items = [
      { ...bank.items[0]!, id: 'i-1' },
      { ...bank.items[1]!, article: 'other' },
      { ...bank.items[2]!, sibling: 's-3' },
      bank.items[2]!
    ];
    expect(courseProblems({ ...bank, slug: 'c2', items }, 'c1')).toEqual([
      'slug: c2',
      'i-1: id without c1:',
      'c1:i-2: article other',
      'c1:i-3: sibling without c1:',
      'c1:i-3: twice'
    ]);
    expect(courseProblems(bank, 'Bad Id')[0]).toBe('course id: Bad Id');
  });
});

it('courseMeta lists a course without its text and items', () => {
  expect(courseMeta(scopeCourse(testBank('x', 4), 'c1'), 42)).toEqual({
    id: 'c1',
    title: { ar: 'درس x', en: 'Course x' },
    source: 'Test',
    date: '2024-05-01',
    createdAt: 42,
    items: 4,
    paragraphs: 4,
    bankVersion: 'v-x'
  });
});

it('progressByCourse counts each course’s due and known cards by the course of their ids', () => {
  const card = (itemId: string, phase: string, queueDue?: number, suspended = false) => ({
    itemId,
    phase,
    suspended,
    ...(queueDue === undefined ? {} : { queueDue })
  });
  const cards = [
    card('c-1', 'review', 5),
    card('c-2', 'review', 50),
    card('c-3', 'new'),
    card('my:g-1', 'learning', 1),
    card('my:g-2', 'review', 2, true),
    card('lost', 'review', 1)
  ];
  const builtIn = new Set(['c-1', 'c-2', 'c-3']);
  const courseOf = (id: string) => courseOfItemId(id) ?? (builtIn.has(id) ? 'seed' : null);
  expect(Object.fromEntries(progressByCourse(cards, courseOf, 10))).toEqual({
    seed: { due: 1, known: 2 },
    my: { due: 1, known: 1 }
  });
});
