import { describe, expect, it } from 'vitest';
import { buildArticle } from './build';
import { readArticleFolder } from './files';
import { reviewSheet } from './review';

const bank = buildArticle(readArticleFolder('questions/fixtures/mini')).bank;

describe('reviewSheet', () => {
  it('draws the asked number of items, the same for the same seed, others for another', () => {
    const a = reviewSheet(bank, { count: 5, seed: 's1' });
    expect(a.match(/^## \d+\. /gmu)).toHaveLength(5);
    expect(reviewSheet(bank, { count: 5, seed: 's1' })).toBe(a);
    expect(reviewSheet(bank, { count: 5, seed: 's2' })).not.toBe(a);
  });

  it('draws from one origin when asked and never says which origin an item has', () => {
    const sheet = reviewSheet(bank, { count: 100, seed: 's', pool: 'curated' });
    const ids = [...sheet.matchAll(/^## \d+\. \w+ \((.+)\)$/gmu)].map((m) => m[1]);
    const curated = bank.items.filter((i) => i.source === 'curated').map((i) => i.id);
    expect(ids.sort()).toEqual(curated.sort());
    expect(sheet).not.toMatch(/curated|generated/u);
  });

  it('marks the right option and ends with the article', () => {
    const sheet = reviewSheet(bank, { count: 100, seed: 's' });
    const mcqs = bank.items.filter((i) => i.type === 'mcq').length;
    expect(sheet.match(/\(right\)/gu)).toHaveLength(mcqs);
    expect(sheet).toContain(`**p-1** ${bank.paragraphs[0]!.ar}`);
  });
});
