import { describe, expect, it } from 'vitest';
import { createFormatter, elapsedSeconds, isolate, isoDate } from './format';

describe('createFormatter', () => {
  it('writes Latin digits in Arabic by default and Arabic-Indic digits on request', () => {
    expect(createFormatter('ar', 'latn').number(2023)).toMatch(/^2,?023$/);
    expect(createFormatter('ar', 'arab').number(2023)).toBe('٢٬٠٢٣');
  });
  it('never writes Arabic-Indic digits in English, whatever the setting', () => {
    expect(createFormatter('en', 'arab').number(80)).toBe('80');
  });
  it('formats dates in the Gregorian calendar with the chosen digits', () => {
    const day = new Date(Date.UTC(2023, 0, 10, 12));
    const ar = createFormatter('ar', 'arab').date(day, { dateStyle: 'long', timeZone: 'UTC' });
    expect(ar).toContain('٢٠٢٣');
    expect(ar).toContain('يناير');
    expect(createFormatter('en', 'latn').date(day, { dateStyle: 'long', timeZone: 'UTC' })).toBe(
      'January 10, 2023'
    );
  });
  it('formats durations for interval previews', () => {
    const en = createFormatter('en', 'latn');
    expect(en.duration(10)).toBe('10 minutes');
    expect(en.duration(60 * 24 * 3)).toBe('3 days');
    expect(createFormatter('ar', 'arab').duration(60 * 24 * 3)).toContain('٣');
  });
  it('formats sizes and percentages', () => {
    const en = createFormatter('en', 'latn');
    expect(en.bytes(1_500_000)).toBe('1.5\u00a0MB');
    expect(en.percent(0.9)).toBe('90%');
    expect(createFormatter('ar', 'arab').percent(0.9)).toContain('٩٠');
  });
});

describe('small whole numbers, written without Intl', () => {
  it('read exactly as Intl writes them, in every locale and digits', () => {
    for (const [locale, digits] of [
      ['ar', 'arab'],
      ['ar', 'latn'],
      ['en-US', 'latn']
    ] as const) {
      const fmt = createFormatter(locale, digits);
      const intl = new Intl.NumberFormat(locale, { numberingSystem: fmt.numberingSystem });
      for (const n of [0, 7, 10, 42, 305, 999, 1000, 12345, 2.5, -3]) {
        expect(fmt.number(n)).toBe(intl.format(n));
      }
      const year = new Intl.NumberFormat(locale, {
        numberingSystem: fmt.numberingSystem,
        useGrouping: false
      });
      for (const n of [2015, 12345, 7]) {
        expect(fmt.number(n, { useGrouping: false })).toBe(year.format(n));
      }
    }
  });
});

describe('isoDate', () => {
  const en = createFormatter('en-GB', 'latn');
  const format = (value: number, options: Intl.DateTimeFormatOptions) => en.date(value, options);

  it('formats a day, a month or a year to its own precision', () => {
    expect(isoDate('2023-01-10', format)).toBe('10 January 2023');
    expect(isoDate('2023-01', format)).toBe('January 2023');
    expect(isoDate('2023', format)).toBe('2023');
  });

  it('writes the article’s date in the interface language and digits, never shifting the day', () => {
    const arab = createFormatter('ar', 'arab');
    const ar = isoDate('2023-01-10', (v, o) => arab.date(v, o));
    expect(ar).toContain('يناير');
    expect(ar).toContain('١٠');
    expect(ar).not.toMatch(/[0-9]/);
    const us = createFormatter('en', 'arab');
    expect(isoDate('2023-01-10', (v, o) => us.date(v, o))).toBe('January 10, 2023');
  });

  it('shows anything else as it is', () => {
    expect(isoDate('', format)).toBe('');
    expect(isoDate('early 2023', format)).toBe('early 2023');
  });
});

describe('elapsedSeconds', () => {
  it('counts whole seconds under a minute, at least one', () => {
    expect(elapsedSeconds(0)).toBe(1);
    expect(elapsedSeconds(400)).toBe(1);
    expect(elapsedSeconds(7_400)).toBe(7);
    expect(elapsedSeconds(59_400)).toBe(59);
  });

  it('leaves a minute or more to minutes', () => {
    expect(elapsedSeconds(59_600)).toBeNull();
    expect(elapsedSeconds(60_000)).toBeNull();
    expect(elapsedSeconds(3_600_000)).toBeNull();
  });
});

describe('isolate', () => {
  it('wraps text in a first-strong isolate', () => {
    expect(isolate('سارة')).toBe('\u2068سارة\u2069');
  });
});
