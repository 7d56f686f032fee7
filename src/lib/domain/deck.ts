import type { Item, Lang, Text } from './bank';

/**
 * Article order for new cards: by the paragraph of the first evidence, hand-written items before
 * generated ones within a paragraph, then by id so the order is stable across bank versions.
 */
export function articleOrder(items: readonly Item[]): Map<string, number> {
  const sorted = [...items].sort(
    (a, b) =>
      paragraphNumber(a) - paragraphNumber(b) ||
      Number(a.source === 'generated') - Number(b.source === 'generated') ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
  return new Map(sorted.map((item, i) => [item.id, i]));
}

/**
 * New-card order over several courses: each course's items in article order, course after course,
 * so a course added later comes after the ones before it.
 */
export function courseOrder(courses: readonly { items: readonly Item[] }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const course of courses) {
    const offset = out.size;
    for (const [id, i] of articleOrder(course.items)) out.set(id, offset + i);
  }
  return out;
}

/** The text in the wanted language, falling back to Arabic (every item has Arabic). */
export function textIn(text: Text, lang: Lang): { text: string; lang: Lang } {
  return lang === 'en' && text.en ? { text: text.en, lang: 'en' } : { text: text.ar, lang: 'ar' };
}

/** Accepted typed answers for a cloze or short item in a language: the answer and its variants. */
export function acceptedAnswers(
  item: Extract<Item, { type: 'cloze' | 'short' }>,
  lang: Lang
): string[] {
  const main = textIn(item.answer, lang);
  return [main.text, ...item.accept[main.lang]];
}

export type { Verdict } from './answers';

/**
 * Items the student must answer before seeing the back. Matching and ordering can be tried on the
 * front too, but may also simply be turned over.
 */
export function isInteractive(item: Item): boolean {
  return (
    item.type === 'mcq' ||
    item.type === 'truefalse' ||
    item.type === 'cloze' ||
    item.type === 'short'
  );
}

/** The paragraph number of an item's first evidence (p-7 → 7). */
export function paragraphNumber(item: Item): number {
  return Number(item.evidence[0]?.paragraph.slice(2) ?? 0);
}
