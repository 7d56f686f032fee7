// The strings' own small translator, for the first screen: i18next is 16 KB of the first load's
// 65 KB (gzip) and the first screen needs little of it. It reads the same resources with the same
// rules as the app's i18next set-up (keys by dots, plurals by `count`, `{{name}}` and
// `{{name, format}}` placeholders, no escaping, a missing key as itself, a missing value left as
// written); `translate.test.ts` checks it against i18next on every string of both languages.
// i18next takes over once it has loaded (`i18n.svelte.ts`).

export type Strings = { readonly [key: string]: string | Strings };
export type Options = { readonly [name: string]: unknown; count?: number };
export type Formats = Readonly<Record<string, (value: unknown) => string>>;

const rules = new Map<string, Intl.PluralRules>();

function pluralRules(lang: string): Intl.PluralRules {
  let r = rules.get(lang);
  if (!r) rules.set(lang, (r = new Intl.PluralRules(lang)));
  return r;
}

function find(strings: Strings, key: string): string | Strings | undefined {
  let node: string | Strings | undefined = strings;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return node;
}

/** The string for `key`, in its plural form for `count` when it has one, else the key itself. */
function pick(strings: Strings, lang: string, key: string, count: number | undefined): string {
  if (typeof count === 'number') {
    const plural = find(strings, `${key}_${pluralRules(lang).select(count)}`);
    if (typeof plural === 'string') return plural;
  }
  const found = find(strings, key);
  return typeof found === 'string' ? found : key;
}

/** Translates `key` from `strings` (one language's loaded strings) as the app's i18next does. */
export function translate(
  strings: Strings,
  lang: string,
  key: string,
  options: Options | undefined,
  formats: Formats
): string {
  const text = pick(strings, lang, key, options?.count);
  if (!options) return text;
  return text.replace(/\{\{\s*([\w.]+)\s*(?:,\s*([\w]+)\s*)?\}\}/g, (whole, name, format) => {
    // As i18next: a placeholder with no such option stays as written; one given as undefined
    // goes, unless it has a format.
    const value = options[name as string];
    if (value === undefined) return Object.hasOwn(options, name as string) && !format ? '' : whole;
    const f = format === undefined ? undefined : formats[format as string];
    return f ? f(value) : String(value);
  });
}

/** Two string trees as one, the later's strings winning (as i18next's deep resource merge). */
export function mergeStrings(a: Strings, b: Strings): Strings {
  const out: Record<string, string | Strings> = { ...a };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] = typeof prev === 'object' && typeof v === 'object' ? mergeStrings(prev, v) : v;
  }
  return out;
}
