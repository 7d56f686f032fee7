import type { Entity } from './entities';
import { generateItems } from './pipeline/candidates';
import { datedEvents } from './pipeline/chronology';
import { indexMentions } from './pipeline/mentions';
import { parseSources } from './pipeline/parse';

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

/** For tests: the candidates of an article's text (its header parsed), before the per-sentence cap. */
export function textCandidates(articleText: string) {
  const src = { slug: 'x', articleText };
  const parsed = parseSources(src);
  return generateItems({
    slug: src.slug,
    paragraphs: parsed.paragraphs,
    entities: parsed.entities,
    topicFor: () => 'article',
    bilingual: false,
    title: parsed.article.title
  }).candidates;
}

/** For tests: the dated events of an article of these paragraphs, no names known. */
export function eventsOf(paragraphs: readonly string[]) {
  return datedEvents(
    indexMentions({
      slug: 'fixture',
      paragraphs: paragraphs.map((ar, i) => ({ id: `p-${i + 1}`, ar })),
      entities: [],
      topicFor: () => 't',
      bilingual: false
    }).located
  );
}
