/** A paragraph split around the first occurrence of a quote, for highlighting it. */
export function splitAtQuote(
  text: string,
  quote: string | null
): { before: string; mark: string; after: string } | null {
  if (!quote) return null;
  const at = text.indexOf(quote);
  if (at === -1) return null;
  return { before: text.slice(0, at), mark: quote, after: text.slice(at + quote.length) };
}

/** Per paragraph: how many of the items whose evidence is there are known (cards in review). */
export function paragraphMastery(
  items: readonly { id: string; evidence: readonly { paragraph: string }[] }[],
  cards: readonly { itemId: string; phase: string }[]
): Map<string, { known: number; total: number }> {
  const phase = new Map(cards.map((c) => [c.itemId, c.phase]));
  const out = new Map<string, { known: number; total: number }>();
  for (const item of items) {
    const p = item.evidence[0]?.paragraph;
    if (!p) continue;
    const row = out.get(p) ?? { known: 0, total: 0 };
    row.total++;
    if (phase.get(item.id) === 'review') row.known++;
    out.set(p, row);
  }
  return out;
}
