import { normalizeSearch } from '$lib/domain/answers';
import type { Item, ItemType, Text } from '$lib/domain/bank';
import type { CardPhase, CardRecord } from '$lib/domain/records';

export interface CardFilter {
  query: string;
  type: ItemType | 'all';
  topic: string;
  phase: CardPhase | 'all';
  suspended: boolean;
  leech: boolean;
  due: boolean;
}

export const EMPTY_FILTER: CardFilter = {
  query: '',
  type: 'all',
  topic: 'all',
  phase: 'all',
  suspended: false,
  leech: false,
  due: false
};

export interface Row {
  item: Item;
  card: CardRecord | undefined;
}

const texts = (item: Item): Text[] => {
  const base = [item.prompt, item.explanation];
  switch (item.type) {
    case 'mcq':
      return [...base, ...item.options];
    case 'cloze':
    case 'short':
      return [...base, item.answer];
    case 'matching':
      return [...base, ...item.pairs.flatMap((p) => [p.left, p.right])];
    case 'ordering':
      return [...base, ...item.sequence];
    default:
      return base;
  }
};

const folded = new WeakMap<Item, string>();

/** Everything searchable about the item (Arabic and English), folded at its first search and
 * kept: opening the list folds nothing (folding every item was most of a long task). */
function haystack(item: Item): string {
  let text = folded.get(item);
  if (text === undefined) {
    text = normalizeSearch(
      texts(item)
        .flatMap((t) => [t.ar, t.en ?? ''])
        .join(' ')
    );
    folded.set(item, text);
  }
  return text;
}

export function makeRows(items: readonly Item[], cards: readonly CardRecord[]): Row[] {
  const byItem = new Map(cards.map((card) => [card.itemId, card]));
  return items.map((item) => ({ item, card: byItem.get(item.id) }));
}

/**
 * The rows that pass the filter. The query matches Arabic with or without diacritics, hamza forms,
 * ة/ه and ى/ي folded, and English case-insensitively; every word of it must appear.
 */
export function filterRows(rows: readonly Row[], filter: CardFilter, now: number): Row[] {
  const words = normalizeSearch(filter.query).split(' ').filter(Boolean);
  return rows.filter(({ item, card }) => {
    if (filter.type !== 'all' && item.type !== filter.type) return false;
    if (filter.topic !== 'all' && item.topic !== filter.topic) return false;
    if (filter.phase !== 'all' && (card?.phase ?? 'new') !== filter.phase) return false;
    if (filter.suspended && !card?.suspended) return false;
    if (filter.leech && !card?.leech) return false;
    if (filter.due && !(card && card.phase !== 'new' && !card.suspended && card.due <= now)) {
      return false;
    }
    return words.every((w) => haystack(item).includes(w));
  });
}
