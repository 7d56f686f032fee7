import { describe, expect, it } from 'vitest';
import { LOCALES, pickLanguage } from './locales';

describe('pickLanguage', () => {
  it('prefers ?lang= over the stored choice and the browser', () => {
    expect(pickLanguage({ query: 'en', stored: 'ar', browser: ['ar-EG'] })).toBe('en');
    expect(pickLanguage({ query: 'ar', stored: 'en', browser: ['en-US'] })).toBe('ar');
  });
  it('ignores an unknown ?lang= and falls back to the stored choice', () => {
    expect(pickLanguage({ query: 'fr', stored: 'en', browser: ['ar'] })).toBe('en');
  });
  it('uses the first browser language it knows', () => {
    expect(pickLanguage({ browser: ['fr-FR', 'en-GB', 'ar'] })).toBe('en');
    expect(pickLanguage({ browser: ['ar-SA'] })).toBe('ar');
    expect(pickLanguage({ browser: ['EN-us'] })).toBe('en');
  });
  it('defaults to Arabic', () => {
    expect(pickLanguage({ browser: ['fr', 'de'] })).toBe('ar');
    expect(pickLanguage({})).toBe('ar');
  });
  it('gives each language its direction', () => {
    expect(LOCALES.ar.dir).toBe('rtl');
    expect(LOCALES.en.dir).toBe('ltr');
  });
});
