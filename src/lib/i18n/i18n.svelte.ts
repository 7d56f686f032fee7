import i18next, { type TOptions } from 'i18next';
import { createFormatter, type Digits, type Formatter } from '$lib/domain/format';
import ar from './resources/ar';
import en from './resources/en';
import { LOCALES, type Dir, type Lang } from './locales';

/**
 * The interface language as reactive state. Components call `i18n.t(...)` and `i18n.fmt`;
 * both are read through `$state`, so a language or digits change re-renders what uses them.
 */
class I18n {
  #lang = $state<Lang>('ar');
  #digits = $state<Digits>('latn');
  #fmt = $derived(createFormatter(LOCALES[this.#lang].intl, this.#digits));
  #ready = false;

  get lang(): Lang {
    return this.#lang;
  }
  get dir(): Dir {
    return LOCALES[this.#lang].dir;
  }
  get digits(): Digits {
    return this.#digits;
  }
  get fmt(): Formatter {
    return this.#fmt;
  }

  init(lang: Lang, digits: Digits): void {
    if (!this.#ready) {
      void i18next.init({
        lng: lang,
        fallbackLng: false,
        supportedLngs: ['ar', 'en'],
        initAsync: false,
        resources: { ar: { translation: ar }, en: { translation: en } },
        interpolation: { escapeValue: false },
        returnNull: false
      });
      // `{{count, num}}` formats with the active locale and the chosen digits.
      i18next.services.formatter?.add('num', (value: unknown) =>
        typeof value === 'number' ? this.#fmt.number(value) : String(value)
      );
      this.#ready = true;
    }
    this.set(lang, digits);
  }

  set(lang: Lang, digits: Digits = this.#digits): void {
    this.#lang = lang;
    this.#digits = digits;
    if (i18next.language !== lang) void i18next.changeLanguage(lang);
  }

  /** Translate; reading `lang` and `digits` here ties the result to both. */
  t = (key: string, options?: TOptions): string => {
    void this.#lang;
    void this.#digits;
    return i18next.t(key, options) as string;
  };
}

export const i18n = new I18n();
