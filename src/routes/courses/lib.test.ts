// Asserts a course's date shown to the precision the article gives, in UTC (the day never shifts).
import { describe, expect, it } from 'vitest';
import { createFormatter } from '$lib/domain/format';
import { courseDate } from './lib';

describe('courseDate', () => {
  const en = createFormatter('en-GB', 'latn');
  const format = (value: number, options: Intl.DateTimeFormatOptions) => en.date(value, options);

  it('formats a day, a month or a year to its own precision', () => {
    expect(courseDate('2023-01-10', format)).toBe('10 January 2023');
    expect(courseDate('2023-01', format)).toBe('January 2023');
    expect(courseDate('2023', format)).toBe('2023');
  });

  it('shows anything else as it is', () => {
    expect(courseDate('', format)).toBe('');
    expect(courseDate('early 2023', format)).toBe('early 2023');
  });
});
