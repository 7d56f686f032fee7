import type { i18n as I18next, InitOptions } from 'i18next';
import { createFormatter, isolate, type Digits, type Formatter } from '$lib/domain/format';
import { whenIdle } from '$lib/idle';
import { LOCALES, type Dir, type Lang } from './locales';
import { mergeStrings, translate, type Formats, type Options, type Strings } from './translate';

type Part = 'core' | 'rest';

/** How i18next is set up (`translate.ts` follows the same rules; its test sets it up so too). */
export const I18NEXT_OPTIONS = {
  fallbackLng: false,
  supportedLngs: ['ar', 'en'],
  initAsync: false,
  resources: {},
  partialBundledLanguages: true,
  interpolation: { escapeValue: false },
  returnNull: false
} as const satisfies InitOptions;

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
  /** i18next, once loaded (when the browser is idle after the first screen, whichever it is). */
  #engine: I18next | null = null;
  #engineLoad: Promise<I18next> | null = null;
  /** Each language's strings loaded so far, for the first screen's translator (`translate.ts`). */
  #strings: Partial<Record<Lang, Strings>> = {};
  /** `{{count, num}}` formats with the active locale and the chosen digits; `{{name, bidi}}` keeps
   * a name, title or answer in its own direction (first-strong isolate … pop), so an Arabic name
   * does not reorder an English sentence. */
  #formats: Formats = {
    num: (value) => (typeof value === 'number' ? this.#fmt.number(value) : String(value)),
    bidi: (value) => isolate(String(value))
  };
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
    this.#ready = true;
    this.#wanted = lang;
    await this.#load(lang, 'core');
    if (this.#all) await this.#load(lang, 'rest');
    if (this.#wanted !== lang) return;
    this.#lang = lang;
    this.#digits = digits;
    if (this.#engine && this.#engine.language !== lang) void this.#engine.changeLanguage(lang);
  }

  /**
   * Starts fetching the strings of the language the start-up will most likely pick, while the
   * database opens: the settings that decide it come later, and the two fetches would wait for them.
   * Once only, before the strings are first used: later the language in use is known.
   */
  prefetch(lang: Lang, all: boolean): void {
    if (this.#ready) return;
    this.#ready = true;
    void this.#load(lang, 'core');
    if (all) void this.#load(lang, 'rest').catch(() => {});
  }

  /** Loads every screen's strings for the language in use (and for any language used later). */
  async loadAll(): Promise<void> {
    this.#all = true;
    await this.#load(this.#lang, 'rest');
  }

  /**
   * Whatever screen opens first translates without i18next (`translate.ts`, which gives the same
   * text for every string); once it is shown, i18next loads when the browser is idle and
   * translates from then on.
   */
  loadEngineWhenIdle(): void {
    whenIdle(() => void this.#loadEngine().catch(() => {}));
  }

  /** Loads and sets up i18next with the strings loaded so far; it translates from then on. */
  #loadEngine(): Promise<I18next> {
    this.#engineLoad ??= import('i18next').then(({ default: i18next }) => {
      void i18next.init({ ...I18NEXT_OPTIONS, lng: this.#lang });
      for (const [name, format] of Object.entries(this.#formats)) {
        i18next.services.formatter?.add(name, format);
      }
      for (const [lang, strings] of Object.entries(this.#strings)) {
        i18next.addResourceBundle(lang, 'translation', strings, true, true);
      }
      // Nothing re-renders: it translates every string as the first screen's translator did.
      this.#engine = i18next;
      return i18next;
    });
    // A failed load (offline before the worker cached it) is tried again next time.
    this.#engineLoad.catch(() => (this.#engineLoad = null));
    return this.#engineLoad;
  }

  #load(lang: Lang, part: Part): Promise<void> {
    const key = `${lang}:${part}`;
    let loading = this.#loads.get(key);
    if (!loading) {
      loading = PARTS[lang][part]().then((module) => {
        this.#strings[lang] = mergeStrings(this.#strings[lang] ?? {}, module.default);
        this.#engine?.addResourceBundle(lang, 'translation', module.default, true, true);
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
  t = (key: string, options?: Options): string => {
    void this.#lang;
    void this.#digits;
    void this.#revision;
    if (this.#engine) return this.#engine.t(key, options);
    return translate(this.#strings[this.#lang] ?? {}, this.#lang, key, options, this.#formats);
  };
}

export const i18n = new I18n();
