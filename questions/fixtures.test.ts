import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArticleBank } from '../src/lib/domain/bank';
import { main } from './cli';
import { parseArticle } from './parse-article';

// The test articles of other subjects (issue 12, point 6): they must keep parsing and building,
// since the review of unseen articles and the generator's rules are checked on them.
const FIXTURES = [
  {
    file: 'tests/fixtures/health-article.txt',
    title: 'حملة وطنية لتلقيح الأطفال ضد الحصبة في المغرب',
    authors: ['منى العلوي', 'يوسف بنعيسى'],
    date: '2024-03-18',
    source: 'صحيفة الصحة اليوم',
    paragraphs: 7
  },
  {
    file: 'tests/fixtures/economy-article.txt',
    title: 'المركزي المصري يرفع الفائدة لكبح تضخّم قياسي',
    authors: ['أحمد فتحي', 'ريم الشاذلي'],
    date: '2024-02-08',
    source: 'جريدة الأسواق',
    paragraphs: 8
  }
];

const dir = mkdtempSync(join(tmpdir(), 'dars-fixtures-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.each(FIXTURES)('$file', (f) => {
  const text = readFileSync(f.file, 'utf8');

  it('parses with its metadata, caption and paragraphs', () => {
    const a = parseArticle(text);
    expect(a.title).toBe(f.title);
    expect(a.authors).toEqual(f.authors);
    expect(a.date).toBe(f.date);
    expect(a.source).toBe(f.source);
    expect(a.caption).toContain(' | ');
    expect(a.paragraphs).toHaveLength(f.paragraphs);
    expect(a.paragraphs.every((p) => !p.ar.includes(' | '))).toBe(true);
  });

  it('builds into a valid bank', () => {
    const out = join(dir, `${f.paragraphs}.json`);
    const code = main(
      ['--article', f.file, '--out', out, '--report-file', join(dir, 'r.md')],
      () => {}
    );
    expect(code).toBe(0);
    const bank = parseArticleBank(JSON.parse(readFileSync(out, 'utf8')));
    expect(bank.meta.date).toBe(f.date);
    expect(bank.paragraphs).toHaveLength(f.paragraphs);
    expect(bank.items.length).toBeGreaterThan(0);
  });
});
