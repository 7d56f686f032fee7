// The first screen's translator against i18next, set up as the app sets it up, on every string of
// both languages: each plural key with counts of every Arabic form, each placeholder filled (and
// left out), and keys that are missing or name a group.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { createFormatter, isolate } from '$lib/domain/format';
import arRest from './resources/ar';
import arCore from './resources/ar.core';
import enRest from './resources/en';
import enCore from './resources/en.core';
import { I18NEXT_OPTIONS } from './i18n.svelte';
import { mergeStrings, translate, type Formats, type Options, type Strings } from './translate';

const STRINGS: Record<'ar' | 'en', Strings> = {
  ar: mergeStrings(arCore, arRest),
  en: mergeStrings(enCore, enRest)
};
const fmt = createFormatter('ar', 'arab');
const FORMATS: Formats = {
  num: (value) => (typeof value === 'number' ? fmt.number(value) : String(value)),
  bidi: (value) => isolate(String(value))
};
// Zero, one, two, few (3–10), many (11–99), other (100, 1.5) in Arabic.
const COUNTS = [0, 1, 2, 3, 10, 11, 99, 100, 102, 1.5];

async function engine() {
  const i18n = i18next.createInstance();
  await i18n.init({ ...I18NEXT_OPTIONS, lng: 'ar' });
  for (const [name, format] of Object.entries(FORMATS)) i18n.services.formatter?.add(name, format);
  // In two parts, as they load.
  i18n.addResourceBundle('ar', 'translation', arCore, true, true);
  i18n.addResourceBundle('ar', 'translation', arRest, true, true);
  i18n.addResourceBundle('en', 'translation', enCore, true, true);
  i18n.addResourceBundle('en', 'translation', enRest, true, true);
  return i18n;
}

/** Every key (plural keys by their base) with the placeholders its strings use. */
function keys(tree: Strings, prefix = ''): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v !== 'string') {
      for (const [kk, names] of keys(v, key)) out.set(kk, names);
      continue;
    }
    const base = key.replace(/_(zero|one|two|few|many|other)$/, '');
    const names = out.get(base) ?? new Set<string>();
    for (const m of v.matchAll(/\{\{\s*([\w.]+)/g)) names.add(m[1]!);
    if (base !== key) names.add('count');
    out.set(base, names);
  }
  return out;
}

/** Option sets for a key: none, every placeholder filled (each count), one left out. */
function optionSets(names: Set<string>): (Options | undefined)[] {
  const fill = (count: number): Options =>
    Object.fromEntries([...names].map((n) => [n, n === 'count' ? count : `«قيمة ${n}» 7`]));
  const sets: (Options | undefined)[] = [undefined];
  for (const count of names.has('count') ? COUNTS : [4]) {
    const numeric = Object.fromEntries([...names].map((n) => [n, n === 'count' ? count : 12]));
    sets.push(fill(count), numeric);
  }
  const [first] = names;
  if (first !== undefined && first !== 'count') sets.push({ ...fill(3), [first]: undefined });
  return sets;
}

describe('the first screen’s translator', () => {
  it('translates every string of both languages as i18next does', async () => {
    const i18n = await engine();
    let compared = 0;
    for (const lang of ['ar', 'en'] as const) {
      await i18n.changeLanguage(lang);
      for (const [key, names] of keys(STRINGS[lang])) {
        for (const options of optionSets(names)) {
          const expected = i18n.t(key, options);
          expect(translate(STRINGS[lang], lang, key, options, FORMATS), `${lang} ${key}`).toBe(
            expected
          );
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(2000);
  });

  it('gives a missing key as itself, and a key of a group as i18next does not: as itself', () => {
    expect(translate(STRINGS.ar, 'ar', 'today.nothing', undefined, FORMATS)).toBe('today.nothing');
    expect(translate(STRINGS.ar, 'ar', 'today', undefined, FORMATS)).toBe('today');
    expect(translate(STRINGS.ar, 'ar', 'today.cards', { count: 2 }, FORMATS)).toBe('بطاقتان');
    expect(translate(STRINGS.ar, 'ar', 'today.cards', { count: 5 }, FORMATS)).toBe('٥ بطاقات');
  });
});
