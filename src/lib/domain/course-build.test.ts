// Asserts that what the generator makes from a pasted text becomes a course the storage accepts:
// scoped, valid against the bank and stored-course schemas, its ids apart from any other course's,
// even one made from the same text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { safeParse } from 'valibot';
import { describe, expect, it } from 'vitest';
import { buildFromText } from '../../../questions/build';
import { parseArticleBank } from './bank';
import { courseOfItemId, courseProblems, DeviceCourseSchema, scopeCourse } from './course';

const articleText = readFileSync(
  join(import.meta.dirname, '../../../questions/fixtures/mini/article.txt'),
  'utf8'
);

describe('a course made from a pasted article', () => {
  const made = (id: string) => scopeCourse(buildFromText({ slug: id, articleText }).bank, id);

  it('passes the course rules and the schemas', () => {
    const bank = made('my-article');
    // One generated item per sentence at most: the mini article gives five.
    expect(bank.items.length).toBeGreaterThanOrEqual(5);
    expect(courseProblems(bank, 'my-article')).toEqual([]);
    expect(() => parseArticleBank(bank)).not.toThrow();
    const stored = { id: 'my-article', createdAt: 1, text: articleText, bank };
    expect(safeParse(DeviceCourseSchema, stored).success).toBe(true);
    expect(new Set(bank.items.map((i) => courseOfItemId(i.id)))).toEqual(new Set(['my-article']));
  });

  it('gives the same text made twice, as two courses, ids that never meet', () => {
    const a = new Set(made('copy-a').items.map((i) => i.id));
    const b = made('copy-b').items.map((i) => i.id);
    expect(b.filter((id) => a.has(id))).toEqual([]);
  });
});
