import type { Entity } from './entities';
import { generateItems } from './pipeline/candidates';

/**
 * For tests: the candidates of an article of these paragraphs (p-1, p-2, …), with no translation,
 * no gazetteer unless given, and one topic.
 */
export function arabicOnly(
  paragraphs: readonly string[],
  { entities = [], title }: { entities?: Entity[]; title?: string } = {}
) {
  return generateItems({
    slug: 'fixture',
    paragraphs: paragraphs.map((ar, i) => ({ id: `p-${i + 1}`, ar })),
    entities,
    topicFor: () => 't',
    bilingual: false,
    ...(title === undefined ? {} : { title })
  });
}
