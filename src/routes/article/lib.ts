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
