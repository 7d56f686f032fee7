import { describe, expect, it } from 'vitest';
import { createFormatter } from './format';

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
    expect(en.bytes(1_500_000)).toBe('1.5 MB');
    expect(en.percent(0.9)).toBe('90%');
    expect(createFormatter('ar', 'arab').percent(0.9)).toContain('٩٠');
  });
});
