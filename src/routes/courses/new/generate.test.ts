// Asserts the worker's work: a fixture article becomes a valid bank under a new course id that no
// course on the device has, with each stage told in order; a text without a header gets the form's
// title and date and no author; items that break a check are left out and counted; a text the
// reader cannot take or that yields no item fails with the reason; the same request, same bank.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { parseArticleBank } from '$lib/domain/bank';
import { isCourseId } from '$lib/domain/course';
import * as validate from '../../../../questions/validate';
import { courseId, generateCourse } from './generate';

const HEALTH = readFileSync('tests/fixtures/health-article.txt', 'utf8');
const BODY = HEALTH.split('\n\n').slice(6).join('\n\n');
const FIELDS = { title: 'حملة التلقيح', date: '2024-03-18', source: '' };

describe('courseId', () => {
  it('is a course id from the text, with a suffix when taken', () => {
    const id = courseId('نص', new Set());
    expect(id).toMatch(/^article-[0-9a-f]{8}$/u);
    expect(isCourseId(id)).toBe(true);
    expect(courseId('نص', new Set([id]))).toBe(`${id}-2`);
    expect(courseId('نص', new Set([id, `${id}-2`]))).toBe(`${id}-3`);
    expect(courseId('نص آخر', new Set())).not.toBe(id);
  });
});

describe('generateCourse', () => {
  it('makes a valid bank from the health article, each stage told in order', () => {
    const steps: string[] = [];
    const taken = [courseId(HEALTH, new Set()), 'iran-russia-2023'];
    const result = generateCourse({ text: HEALTH, fields: null, taken }, (s) => steps.push(s));
    expect(steps).toEqual(['read', 'find', 'write', 'check']);
    if (result.type !== 'done') throw new Error(result.reason);
    const bank = parseArticleBank(JSON.parse(JSON.stringify(result.bank)));
    expect(bank.slug).toBe(`${taken[0]}-2`);
    expect(bank.items.length).toBeGreaterThan(10);
    expect(bank.items.every((item) => item.article === bank.slug)).toBe(true);
    expect(bank.meta.authors.map((a) => a.ar)).toEqual(['منى العلوي', 'يوسف بنعيسى']);
    expect(result.dropped).toBe(0);
    expect(generateCourse({ text: HEALTH, fields: null, taken })).toEqual(result);
  });

  it('gives a text without a header the fields as title and date, and no author', () => {
    const result = generateCourse({ text: BODY, fields: FIELDS, taken: [] });
    if (result.type !== 'done') throw new Error(result.reason);
    expect(result.bank.meta).toMatchObject({ title: { ar: 'حملة التلقيح' }, date: '2024-03-18' });
    expect(result.bank.meta.authors).toEqual([]);
    expect(result.bank.items.length).toBeGreaterThan(10);
    const other = generateCourse({ text: BODY, fields: { ...FIELDS, title: 'آخر' }, taken: [] });
    expect(other.type === 'done' && other.bank.bankVersion).not.toBe(result.bank.bankVersion);
  });

  it('leaves out the items that break a check, counts them and versions the bank anew', () => {
    const whole = generateCourse({ text: HEALTH, fields: null, taken: [] });
    if (whole.type !== 'done') throw new Error(whole.reason);
    const bad = whole.bank.items.slice(0, 2).map((item) => item.id);
    const spy = vi
      .spyOn(validate, 'validateItems')
      .mockReturnValue(bad.map((id) => ({ id, rule: 'leak', message: 'test' })));
    const result = generateCourse({ text: HEALTH, fields: null, taken: [] });
    spy.mockRestore();
    if (result.type !== 'done') throw new Error(result.reason);
    expect(result.dropped).toBe(2);
    expect(result.bank.items.map((i) => i.id)).toEqual(whole.bank.items.slice(2).map((i) => i.id));
    expect(result.bank.bankVersion).not.toBe(whole.bank.bankVersion);
  });

  it('fails as unreadable on a header with no paragraphs, as noItems on a text with no facts', () => {
    const header = HEALTH.split('\n\n').slice(0, 4).join('\n\n');
    expect(generateCourse({ text: header, fields: null, taken: [] })).toEqual({
      type: 'failed',
      reason: 'unreadable'
    });
    const plain = Array.from({ length: 40 }, () => 'هذا نص بسيط.').join(' ');
    expect(generateCourse({ text: plain, fields: FIELDS, taken: [] })).toEqual({
      type: 'failed',
      reason: 'noItems'
    });
  });
});
