import type { GenerateInput } from './mentions';

/**
 * For tests: an Arabic-only article of the given paragraphs (p-1, p-2, …) with no gazetteer, so
 * every name is recognised from the text, and one topic.
 */
export const plainArticle = (slug: string, ...paragraphs: string[]): GenerateInput => ({
  slug,
  paragraphs: paragraphs.map((ar, i) => ({ id: `p-${i + 1}`, ar })),
  entities: [],
  topicFor: () => 'article',
  bilingual: false
});
