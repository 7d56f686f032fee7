import i18next, { type TOptions } from 'i18next';
import { createFormatter, isolate, type Digits, type Formatter } from '$lib/domain/format';
import { LOCALES, type Dir, type Lang } from './locales';

type Strings = { readonly [key: string]: string | Strings };
type Part = 'core' | 'rest';

/**
 * Strings load per language and in two parts: `core` is the shell and the Today screen (all the
 * first screen needs), `rest` is every other screen and message. Only the language in use loads.
 */
const PARTS: Record<Lang, Record<Part, () => Promise<{ default: Strings }>>> = {
  ar: { core: () => import('./resources/ar.core'), rest: () => import('./resources/ar') },
  en: { core: () => import('./resources/en.core'), rest: () => import('./resources/en') }
};

/**
 * The interface language as reactive state. Components call `i18n.t(...)` and `i18n.fmt`;
 * both are read through `$state`, so a language or digits change re-renders what uses them.
 */
class I18n {
  #lang = $state<Lang>('ar');
  #digits = $state<Digits>('latn');
  #fmt = $derived(createFormatter(LOCALES[this.#lang].intl, this.#digits));
  /** Bumped whenever strings arrive, so text shown before they did is translated again. */
  #revision = $state(0);
  /** The languages whose every string is loaded. */
  #complete = $state<Lang[]>([]);
  #ready = false;
  /** Whether every screen's strings are wanted, not only the first screen's. */
  #all = false;
  #loads = new Map<string, Promise<void>>();
  /** The latest language asked for; an older request that finishes later does not win. */
  #wanted: Lang | null = null;

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
  /** Whether every string of the language in use is loaded, not only the first screen's. */
  get complete(): boolean {
    return this.#complete.includes(this.#lang);
  }

  /** Loads a language's strings (the first screen's, or all once any other screen was opened), then uses it. */
  async use(lang: Lang, digits: Digits): Promise<void> {
    this.#init();
    this.#wanted = lang;
    await this.#load(lang, 'core');
    if (this.#all) await this.#load(lang, 'rest');
    if (this.#wanted !== lang) return;
    this.#lang = lang;
    this.#digits = digits;
    if (i18next.language !== lang) void i18next.changeLanguage(lang);
  }

  /**
   * Starts fetching the strings of the language the start-up will most likely pick, while the
   * database opens: the settings that decide it come later, and the two fetches would wait for them.
   * Once only, before the strings are first used: later the language in use is known.
   */
  prefetch(lang: Lang, all: boolean): void {
    if (this.#ready) return;
    this.#init();
    void this.#load(lang, 'core');
    if (all) void this.#load(lang, 'rest');
  }

  /** Loads every screen's strings for the language in use (and for any language used later). */
  async loadAll(): Promise<void> {
    this.#all = true;
    await this.#load(this.#lang, 'rest');
  }

  #init(): void {
    if (this.#ready) return;
    void i18next.init({
      lng: this.#lang,
      fallbackLng: false,
      supportedLngs: ['ar', 'en'],
      initAsync: false,
      resources: {},
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
      returnNull: false
    });
    // `{{count, num}}` formats with the active locale and the chosen digits.
    i18next.services.formatter?.add('num', (value: unknown) =>
      typeof value === 'number' ? this.#fmt.number(value) : String(value)
    );
    // `{{name, bidi}}`: a name, title or answer inside a sentence keeps its own direction
    // (first-strong isolate … pop), so an Arabic name does not reorder an English sentence.
    i18next.services.formatter?.add('bidi', (value: unknown) => isolate(String(value)));
    this.#ready = true;
  }

  #load(lang: Lang, part: Part): Promise<void> {
    const key = `${lang}:${part}`;
    let loading = this.#loads.get(key);
    if (!loading) {
      loading = PARTS[lang][part]().then((module) => {
        i18next.addResourceBundle(lang, 'translation', module.default, true, true);
        if (part === 'rest') this.#complete = [...this.#complete, lang];
        this.#revision++;
      });
      // A failed load (offline before the worker cached it) is tried again next time.
      loading.catch(() => this.#loads.delete(key));
      this.#loads.set(key, loading);
    }
    return loading;
  }

  /** Translate; reading `lang`, `digits` and the loaded strings here ties the result to them. */
  t = (key: string, options?: TOptions): string => {
    void this.#lang;
    void this.#digits;
    void this.#revision;
    return i18next.t(key, options) as string;
  };
}

export const i18n = new I18n();
