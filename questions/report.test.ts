import { describe, expect, it } from 'vitest';
import { buildArticle } from './build';
import { readArticleFolder } from './files';
import { articleReport, summarize } from './report';

describe('report', () => {
  const build = buildArticle(readArticleFolder('questions/fixtures/mini'));

  it('counts by type, topic and paragraph', () => {
    const s = summarize(build);
    expect(s.total).toBe(build.bank.items.length);
    expect(s.curated + s.generated).toBe(s.total);
    expect(Object.values(s.byType).reduce((a, b) => a + b, 0)).toBe(s.total);
    expect(Object.keys(s.byParagraph)).toEqual(['p-1', 'p-2', 'p-3', 'p-4']);
  });

  it('flags paragraphs with fewer than 3 items', () => {
    const thin = {
      ...build,
      bank: {
        ...build.bank,
        items: build.bank.items.filter((i) => i.evidence[0]?.paragraph !== 'p-3')
      }
    };
    expect(summarize(thin).thin).toContain('p-3');
    expect(articleReport(thin)).toContain('⚠ fewer than 3');
  });
});
