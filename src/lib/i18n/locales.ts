/** The interface languages, with everything that depends on the language in one table. */
export const LOCALES = {
  ar: { dir: 'rtl', name: 'العربية', intl: 'ar' },
  en: { dir: 'ltr', name: 'English', intl: 'en' }
} as const;

export type Lang = keyof typeof LOCALES;
export type Dir = (typeof LOCALES)[Lang]['dir'];
export const LANGS = Object.keys(LOCALES) as Lang[];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.hasOwn(LOCALES, value);
}

/**
 * The language to use: `?lang=` first, then the stored choice, then the browser's languages
 * (ar… → Arabic, en… → English), and Arabic when nothing matches.
 */
export function pickLanguage(input: {
  query?: string | null;
  stored?: string | null;
  browser?: readonly string[];
}): Lang {
  if (isLang(input.query)) return input.query;
  if (isLang(input.stored)) return input.stored;
  for (const tag of input.browser ?? []) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return 'ar';
}
