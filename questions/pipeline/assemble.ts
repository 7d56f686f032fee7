import {
  ITEM_TYPES,
  SCHEMA_VERSION,
  type ArticleBank,
  type GazetteerEntity,
  type Item,
  type TimelineEvent
} from '../../src/lib/domain/bank';
import { paragraphNumber } from '../../src/lib/domain/deck';
import type { Entity } from '../entities';
import { byCodePoint, canonicalJson, shortHash, textOf } from '../util';
import type { ParsedSources } from './parse';

/**
 * The bank of one article: its items in article order (curated first within a paragraph), its
 * meta data, paragraphs, topics, entities and timeline, and a version hashed from all of them.
 */
export function assembleBank(parsed: ParsedSources, items: readonly Item[]): ArticleBank {
  const unversioned: Omit<ArticleBank, 'bankVersion'> = {
    schemaVersion: SCHEMA_VERSION,
    slug: parsed.slug,
    meta: bankMeta(parsed),
    paragraphs: parsed.paragraphs,
    topics: parsed.topics.map((t) => ({ id: t.id, ar: t.ar, en: t.en })),
    entities: parsed.entities.map((e) => entityOut(e, parsed.paragraphMap)),
    events: timeline(parsed.entities, parsed.paragraphMap),
    items: articleOrder(items)
  };
  return {
    schemaVersion: SCHEMA_VERSION,
    bankVersion: shortHash(canonicalJson(unversioned), 12),
    slug: unversioned.slug,
    meta: unversioned.meta,
    paragraphs: unversioned.paragraphs,
    topics: unversioned.topics,
    entities: unversioned.entities,
    events: unversioned.events,
    items: unversioned.items
  };
}

function articleOrder(items: readonly Item[]): Item[] {
  return [...items].sort(
    (a, b) =>
      paragraphNumber(a) - paragraphNumber(b) ||
      (a.source === b.source ? 0 : a.source === 'curated' ? -1 : 1) ||
      ITEM_TYPES.indexOf(a.type) - ITEM_TYPES.indexOf(b.type) ||
      byCodePoint(a.id, b.id)
  );
}

function bankMeta({ article, translation }: ParsedSources): ArticleBank['meta'] {
  const meta = translation?.meta;
  const authorsEn = meta?.authors ?? [];
  return {
    title: textOf({ ar: article.title, ...(meta?.title === undefined ? {} : { en: meta.title }) }),
    authors: article.authors.map((ar, i) =>
      textOf({
        ar,
        ...(authorsEn.length === article.authors.length && authorsEn[i] !== undefined
          ? { en: authorsEn[i] }
          : {})
      })
    ),
    date: article.date,
    dateText: article.dateText,
    source: article.source,
    ...(article.caption === undefined
      ? {}
      : {
          caption: textOf({
            ar: article.caption,
            ...(meta?.caption === undefined ? {} : { en: meta.caption })
          })
        })
  };
}

/** Dated events and dates of the gazetteer, earliest first. */
function timeline(
  entities: readonly Entity[],
  paragraphs: ReadonlyMap<string, string>
): TimelineEvent[] {
  return entities
    .filter((e) => e.date !== undefined && (e.type === 'event' || e.type === 'date'))
    .map((e) => {
      const out = entityOut(e, paragraphs);
      return {
        id: e.id,
        date: e.date ?? '',
        title: textOf({ ar: e.ar, ...(e.en === undefined ? {} : { en: e.en }) }),
        ...(out.evidence === undefined ? {} : { evidence: out.evidence })
      };
    })
    .sort((a, b) => byCodePoint(a.date, b.date) || byCodePoint(a.id, b.id));
}

/** A gazetteer entry as the bank stores it; its evidence only when the quote is verbatim. */
function entityOut(e: Entity, paragraphs: ReadonlyMap<string, string>): GazetteerEntity {
  const evidence =
    e.paragraph !== undefined &&
    e.quote !== undefined &&
    paragraphs.get(e.paragraph)?.includes(e.quote)
      ? { paragraph: e.paragraph, quote: e.quote }
      : undefined;
  return {
    id: e.id,
    type: e.type,
    ar: e.ar,
    ...(e.en === undefined ? {} : { en: e.en }),
    aliases: { ar: e.aliases.ar, en: e.aliases.en },
    ...(e.gender === undefined ? {} : { gender: e.gender }),
    ...(e.role === undefined ? {} : { role: textOf(e.role) }),
    ...(e.country === undefined ? {} : { country: e.country }),
    ...(e.camp === undefined ? {} : { camp: e.camp }),
    ...(e.date === undefined ? {} : { date: e.date }),
    ...(e.value === undefined ? {} : { value: e.value }),
    ...(e.unit === undefined ? {} : { unit: textOf(e.unit) }),
    ...(evidence === undefined ? {} : { evidence })
  };
}
