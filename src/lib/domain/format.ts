/** Digits the Arabic interface writes numbers with: Latin (0–9) or Arabic-Indic (٠–٩). */
export type Digits = 'latn' | 'arab';

export interface Formatter {
  readonly locale: string;
  readonly numberingSystem: Digits;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  percent(ratio: number, fractionDigits?: number): string;
  bytes(value: number): string;
  date(value: Date | number, options?: Intl.DateTimeFormatOptions): string;
  /** A duration in whole units, for interval previews: "10 min", "3 days". */
  duration(minutes: number): string;
  list(items: readonly string[]): string;
}

/** `make` once per distinct options object (by value). */
function memo<O, F>(make: (options: O) => F): (options?: O) => F {
  const made = new Map<string, F>();
  return (options = {} as O) => {
    const key = JSON.stringify(options);
    let f = made.get(key);
    if (!f) made.set(key, (f = make(options)));
    return f;
  };
}

/**
 * A whole number Intl would write as bare digits: from 0 to 999 with no options, or of any size
 * without grouping (a year).
 */
const plain = (value: number, options?: Intl.NumberFormatOptions) =>
  Number.isInteger(value) &&
  value >= 0 &&
  (options === undefined
    ? value < 1000
    : Object.keys(options).length === 1 && options.useGrouping === false);
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';

/**
 * A plain whole number's digits, without Intl: a page's first number format costs 40–90 ms of
 * the main thread (the locale's data), and most pages show only counts under a thousand.
 */
function digitsOf(value: number, digits: Digits): string {
  const latin = String(value);
  return digits === 'arab' ? latin.replace(/\d/g, (d) => ARABIC_INDIC[Number(d)]!) : latin;
}

/**
 * Every number and date in the interface goes through here, with the numbering system spelt out
 * so that a browser's regional default never decides the digits.
 */
export function createFormatter(intlLocale: string, digits: Digits): Formatter {
  const numberingSystem: Digits = intlLocale.startsWith('ar') ? digits : 'latn';
  const nf = memo(
    (options: Intl.NumberFormatOptions) =>
      new Intl.NumberFormat(intlLocale, { numberingSystem, ...options })
  );
  // A date format is costly to make (a year's calendar formats 365 days): one per options.
  const df = memo(
    (options: Intl.DateTimeFormatOptions) =>
      new Intl.DateTimeFormat(intlLocale, { numberingSystem, calendar: 'gregory', ...options })
  );
  const lf = memo((options: Intl.ListFormatOptions) => new Intl.ListFormat(intlLocale, options));
  const unit = (value: number, name: string) =>
    nf({ style: 'unit', unit: name, unitDisplay: 'long', maximumFractionDigits: 0 }).format(value);

  return {
    locale: intlLocale,
    numberingSystem,
    number: (value, options) =>
      plain(value, options) ? digitsOf(value, numberingSystem) : nf(options).format(value),
    percent: (ratio, fractionDigits = 0) =>
      nf({ style: 'percent', maximumFractionDigits: fractionDigits }).format(ratio),
    bytes(value) {
      const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
      let v = Math.max(0, value);
      let i = 0;
      while (v >= 1000 && i < units.length - 1) {
        v /= 1000;
        i++;
      }
      return (
        nf({
          style: 'unit',
          unit: units[i],
          unitDisplay: 'short',
          maximumFractionDigits: v < 10 && i > 0 ? 1 : 0
        })
          .format(v)
          // A size and its unit stay on one line («4.3 غ.ب» split at large text sizes).
          .replaceAll(' ', '\u00a0')
      );
    },
    date: (value, options = { dateStyle: 'medium' }) => df(options).format(value),
    duration(minutes) {
      if (minutes < 60) return unit(Math.max(1, Math.round(minutes)), 'minute');
      if (minutes < 60 * 24) return unit(Math.round(minutes / 60), 'hour');
      const days = minutes / (60 * 24);
      if (days < 30) return unit(Math.round(days), 'day');
      if (days < 365) return unit(Math.round(days / 30), 'month');
      return nf({
        style: 'unit',
        unit: 'year',
        unitDisplay: 'long',
        maximumFractionDigits: 1
      }).format(days / 365);
    },
    list: (items) => lf({ type: 'conjunction' }).format(items)
  };
}

/** Text set inside a sentence in its own direction: first-strong isolate … pop directional isolate. */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/**
 * An ISO date as precise as the article gives it (a year, a month or a day), formatted to that
 * precision in UTC so the day never shifts; anything else is returned as it is.
 */
export function isoDate(
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

/**
 * How long something took, for a result: whole seconds (at least one) under a minute, or null
 * from a minute on, when minutes ({@link Formatter.duration}) say it better.
 */
export function elapsedSeconds(ms: number): number | null {
  const seconds = Math.max(1, Math.round(ms / 1000));
  return seconds < 60 ? seconds : null;
}
