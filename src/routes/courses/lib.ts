/**
 * A course's date as the list shows it: an ISO date as precise as the article (a year, a month or
 * a day), formatted to that precision; anything else as it is.
 */
export function courseDate(
  iso: string,
  format: (value: number, options: Intl.DateTimeFormatOptions) => string
): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const when = Date.UTC(Number(y), Number(mo ?? 1) - 1, Number(d ?? 1));
  const options: Intl.DateTimeFormatOptions = d
    ? { dateStyle: 'long' }
    : mo
      ? { year: 'numeric', month: 'long' }
      : { year: 'numeric' };
  return format(when, { ...options, timeZone: 'UTC' });
}
