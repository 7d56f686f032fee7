import { normalizeAnswer, stripMarks } from '../src/lib/domain/answers';
import type { EntityType } from '../src/lib/domain/bank';

/**
 * Countries and world regions named in Arabic, from the platform's own region names
 * (`Intl.DisplayNames`, the Unicode CLDR data every browser and Node ships): no list to keep.
 */

export interface Region {
  /** ISO 3166 code («FR») or UN M49 area code («002»). */
  code: string;
  type: EntityType;
  /** The CLDR Arabic name, without a parenthesised note. */
  ar: string;
  en: string;
  /** Other Arabic names: the CLDR short name, the common name, the name without its head. */
  aliases: string[];
  /** Nationality adjectives, with and without «ال», in every gender and number. */
  nisba: string[];
}

// Codes of bodies rather than places.
const ORGANISATIONS = new Set(['EU', 'UN']);
// Names that are also everyday words: «مالي» (financial), «بنين» (sons).
const AMBIGUOUS = new Set(['ML', 'BJ']);
// Numeric areas other than the world itself: continents and their parts.
const AREA_CODES = ['002', '009', '019', '142', '150', '145', '015', '005', '021', '013', '029'];

/**
 * The everyday name where CLDR gives the formal one («أمريكا» beside «الولايات المتحدة») or
 * another spelling in common use («الدانمارك» beside «الدانمرك»), and the
 * adjective of a country whose name does not yield it by rule: «الولايات المتحدة» gives no
 * «أمريكي», «النمسا» gives «نمساوي» rather than «نمسي».
 */
const COMMON_NAMES: Record<string, string[]> = {
  US: ['أمريكا', 'أميركا'],
  GB: ['بريطانيا'],
  NL: ['هولندا'],
  HU: ['المجر'],
  // Spellings of the press beside CLDR's: a typed «الدانمارك» is right. (Not «بولونيا» for
  // Poland: it is also Bologna, «جامعة بولونيا الإيطالية».)
  DK: ['الدانمارك'],
  CZ: ['تشيكيا'],
  MR: ['موريطانيا'],
  BY: ['بيلاروسيا'],
  MD: ['مولدافيا']
};
const IRREGULAR_NISBA: Record<string, string[]> = {
  US: ['أمريكي', 'أميركي'],
  GB: ['بريطاني'],
  AT: ['نمساوي'],
  AF: ['أفغاني'],
  PE: ['بيروفي']
};

// Heads and adjectives dropped to find the short name: «المملكة العربية السعودية» → «السعودية».
const FORMAL_HEADS = new Set(['المملكة', 'الجمهورية', 'جمهورية', 'الولايات', 'دولة', 'سلطنة']);
const FORMAL_ADJECTIVES = new Set([
  'العربية',
  'المتحدة',
  'الشعبية',
  'الديمقراطية',
  'الاتحادية',
  'الإسلامية'
]);

function clean(name: string): string {
  return name
    .replace(/\s*\(.*\)\s*/u, '')
    .split(' - ')[0]!
    .trim();
}

/** «الإمارات العربية المتحدة» → «الإمارات», «المملكة العربية السعودية» → «السعودية». */
export function shortName(name: string): string | undefined {
  const words = name.split(' ');
  const rest = FORMAL_HEADS.has(words[0] ?? '') ? words.slice(1) : words;
  const short = rest.filter((w) => !FORMAL_ADJECTIVES.has(w)).join(' ');
  return short === '' || short === name ? undefined : short;
}

/**
 * The nationality adjective's stem by the nisba rules: «ال» dropped; a final «يا» or «ا» gives
 * «ي» (روسيا → روسي, فرنسا → فرنسي); «ية» and «ة» drop their «ة» (السعودية → سعودي); a final
 * «ي» stays; otherwise «ي» is added (الأردن → أردني, الإمارات → إماراتي). Names of several
 * words, and names ending in «و», have no stem.
 */
export function nisbaStem(name: string): string | undefined {
  const bare = stripMarks(name).replace(/^ال/u, '');
  if (bare.includes(' ') || /و$/u.test(bare) || bare.length < 3) {
    return undefined;
  }
  if (/يا$/u.test(bare)) {
    return bare.slice(0, -1);
  }
  if (/[اة]$/u.test(bare)) {
    const stem = bare.slice(0, -1);
    return /ي$/u.test(stem) ? stem : `${stem}ي`;
  }
  return /ي$/u.test(bare) ? bare : `${bare}ي`;
}

/** Every form of a nisba stem: «فرنسي» → الفرنسي، فرنسية، الفرنسيون، الفرنسيين، الفرنسيات… */
export function nisbaForms(stem: string): string[] {
  const forms = [stem, `${stem}ة`, `${stem}ون`, `${stem}ين`, `${stem}ات`];
  return [...forms.map((f) => `ال${f}`), ...forms];
}

function isCanonical(code: string): boolean {
  try {
    return Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`;
  } catch {
    return false;
  }
}

function letterCodes(): string[] {
  const out: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      out.push(String.fromCharCode(a, b));
    }
  }
  return out;
}

function regionOf(
  code: string,
  names: { ar: Intl.DisplayNames; arShort: Intl.DisplayNames; en: Intl.DisplayNames }
): Region | undefined {
  const long = names.ar.of(code);
  const en = names.en.of(code);
  if (long === undefined || en === undefined || !/[\u0600-\u06FF]/u.test(long)) {
    return undefined;
  }
  const ar = clean(long);
  const short = clean(names.arShort.of(code) ?? ar);
  const formal = ORGANISATIONS.has(code) ? undefined : shortName(ar);
  const aliases = [short, formal, ...(COMMON_NAMES[code] ?? [])].filter(
    (a): a is string => a !== undefined && a !== ar
  );
  const type: EntityType = ORGANISATIONS.has(code)
    ? 'organisation'
    : /^\d/u.test(code)
      ? 'place'
      : 'country';
  const stems =
    type !== 'country'
      ? []
      : (IRREGULAR_NISBA[code] ??
        [ar, ...aliases].map(nisbaStem).filter((s): s is string => s !== undefined));
  return {
    code,
    type,
    ar,
    en: clean(en),
    aliases: [...new Set(aliases)],
    nisba: [...new Set(stems.flatMap(nisbaForms))]
  };
}

let cache: Region[] | undefined;

/**
 * Every region the platform names in Arabic and English: ISO codes AA–ZZ that are current
 * (`Intl.getCanonicalLocales` keeps them as they are: «SU» becomes «RU» and is left out) and
 * resolve to a name, and the continents; one entry per Arabic name, in code order.
 */
export function regions(): Region[] {
  if (cache !== undefined) {
    return cache;
  }
  const names = {
    ar: new Intl.DisplayNames('ar', { type: 'region', fallback: 'none' }),
    arShort: new Intl.DisplayNames('ar', { type: 'region', style: 'short', fallback: 'none' }),
    en: new Intl.DisplayNames('en', { type: 'region', fallback: 'none' })
  };
  const seen = new Set<string>();
  const out: Region[] = [];
  const codes = letterCodes().filter(
    (c) => isCanonical(c) && !AMBIGUOUS.has(c) && !/^(?:X.|Q[M-Z]|ZZ|AA)$/u.test(c)
  );
  for (const code of [...codes, ...AREA_CODES]) {
    const r = regionOf(code, names);
    const key = r === undefined ? '' : normalizeAnswer(r.ar);
    if (r !== undefined && !seen.has(key)) {
      seen.add(key);
      out.push(r);
    }
  }
  cache = out;
  return out;
}
