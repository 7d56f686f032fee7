import {
  array,
  looseObject,
  number,
  object,
  optional,
  picklist,
  safeParse,
  string,
  summarize,
  union,
  type InferOutput
} from 'valibot';
import { ENTITY_TYPES, type EntityType } from '../src/lib/domain/bank';
import { latinDigits, stripMarks } from '../src/lib/domain/answers';
import { arabicPattern, WORD_CHAR } from './arabic';
import { ARABIC_MONTHS, englishDates, findDates } from './dates';
import { DUAL_RE, NUMBER_WORD_RE, numberWord } from './numbers';

const Strings = optional(array(string()));
const Bilingual = optional(object({ ar: Strings, en: Strings }));

/** An entry of `gazetteer.yaml` (FORMAT.md); unknown keys are tolerated. */
export const GazetteerEntrySchema = looseObject({
  id: string(),
  type: picklist(ENTITY_TYPES),
  ar: union([string(), number()]),
  en: optional(union([string(), number()])),
  aliases: Bilingual,
  nisba: Bilingual,
  gender: optional(picklist(['m', 'f'])),
  role: optional(object({ ar: string(), en: optional(string()) })),
  country: optional(string()),
  camp: optional(picklist(['first', 'second'])),
  date: optional(union([string(), number()])),
  paragraph: optional(string()),
  quote: optional(string()),
  value: optional(union([number(), string()])),
  unit: optional(object({ ar: string(), en: optional(string()) }))
});

/** A gazetteer entry with every optional list filled in. */
export interface Entity {
  id: string;
  type: EntityType;
  ar: string;
  en?: string;
  aliases: { ar: string[]; en: string[] };
  nisba: { ar: string[]; en: string[] };
  gender?: 'm' | 'f';
  role?: { ar: string; en?: string };
  country?: string;
  camp?: 'first' | 'second';
  date?: string;
  paragraph?: string;
  quote?: string;
  value?: number;
  unit?: { ar: string; en?: string };
}

type Entry = InferOutput<typeof GazetteerEntrySchema>;

function toEntity(e: Entry): Entity {
  const value = e.value === undefined ? undefined : Number(e.value);
  return {
    id: e.id,
    type: e.type,
    ar: String(e.ar),
    ...(e.en === undefined ? {} : { en: String(e.en) }),
    aliases: { ar: e.aliases?.ar ?? [], en: e.aliases?.en ?? [] },
    nisba: { ar: e.nisba?.ar ?? [], en: e.nisba?.en ?? [] },
    ...(e.gender && { gender: e.gender }),
    ...(e.role && { role: e.role }),
    ...(e.country !== undefined && { country: e.country }),
    ...(e.camp && { camp: e.camp }),
    ...(e.date !== undefined && { date: String(e.date) }),
    ...(e.paragraph !== undefined && { paragraph: e.paragraph }),
    ...(e.quote !== undefined && { quote: e.quote }),
    ...(value !== undefined && Number.isFinite(value) && { value }),
    ...(e.unit && { unit: e.unit })
  };
}

/**
 * Reads the parsed `gazetteer.yaml` (an object with `entities`, or a bare list). Entries that do
 * not match the format are returned as problems, not thrown, so one bad entry is reported with
 * the rest.
 */
export function readGazetteer(data: unknown): { entities: Entity[]; problems: string[] } {
  const list: unknown = Array.isArray(data)
    ? data
    : data && typeof data === 'object'
      ? (data as { entities?: unknown }).entities
      : undefined;
  if (data === null || data === undefined) {
    return { entities: [], problems: [] };
  }
  if (!Array.isArray(list)) {
    return { entities: [], problems: ['gazetteer.yaml: expected a list under `entities:`'] };
  }
  const entities: Entity[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  list.forEach((raw: unknown, i) => {
    const result = safeParse(GazetteerEntrySchema, raw);
    if (!result.success) {
      const id = (raw as { id?: unknown } | null)?.id;
      problems.push(`gazetteer.yaml entry ${i + 1} (${String(id)}): ${summarize(result.issues)}`);
      return;
    }
    if (seen.has(result.output.id)) {
      problems.push(`gazetteer.yaml: duplicate id ${result.output.id}`);
      return;
    }
    seen.add(result.output.id);
    entities.push(toEntity(result.output));
  });
  return { entities, problems };
}

/** What a mention is: a gazetteer entity (by name or nisba adjective), a number, a year, a date. */
export type MentionKind = 'entity' | 'nisba' | 'number' | 'year' | 'date';

/** A mention found in a text; `text` is verbatim, `prefix` the clitics in front of `core`. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  prefix: string;
  core: string;
  kind: MentionKind;
  entityId?: string;
  entityType?: EntityType;
  /** The gazetteer form that matched (canonical, alias or nisba), without marks. */
  form: string;
  /** «لل» written for ل + ال: `core` then lacks the article's alef. */
  merged: boolean;
  iso?: string;
  value?: number;
  /** For dates: the month naming system used (0 Levantine). */
  variant?: number;
}

export interface FormMatcher {
  entity: Entity;
  kind: 'entity' | 'nisba';
  form: string;
  re: RegExp;
}

const NOT_WORD_BEFORE = `(?<!${WORD_CHAR})`;
const NOT_WORD_AFTER = `(?!${WORD_CHAR})`;

function formMatcher(entity: Entity, kind: 'entity' | 'nisba', form: string): FormMatcher {
  const bare = stripMarks(form).trim();
  const startsWithArticle = /^ال/u.test(bare);
  const pattern = arabicPattern(bare);
  // Clitics و/ف then ب/ك/ل; an optional article when the form has none; «لل» for ل + ال.
  const body = startsWithArticle
    ? `(?:([وف]?[بك]?)(${pattern})|([وف]?ل)(${arabicPattern(bare.slice(1))}))`
    : `(?:([وف]?[بكل]?)((?:ال)?${pattern})|([وف]?ل)(ل${pattern}))`;
  return {
    entity,
    kind,
    form: bare,
    re: new RegExp(`${NOT_WORD_BEFORE}${body}${NOT_WORD_AFTER}`, 'gu')
  };
}

/** Compiles matchers for every Arabic form of every entity. */
export function entityMatchers(entities: readonly Entity[]): FormMatcher[] {
  const out: FormMatcher[] = [];
  for (const e of entities) {
    const names = new Set([e.ar, ...e.aliases.ar].filter((f) => stripMarks(f).trim() !== ''));
    for (const name of names) {
      out.push(formMatcher(e, 'entity', name));
    }
    for (const n of new Set(e.nisba.ar)) {
      if (!names.has(n) && stripMarks(n).trim() !== '') {
        out.push(formMatcher(e, 'nisba', n));
      }
    }
  }
  return out;
}

const DIGITS = '[0-9\\u0660-\\u0669\\u06F0-\\u06F9]';
const NUMBER_RE = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}.,٫٬])([وفبكل]?)(${DIGITS}+(?:[.,\\u066B\\u066C]${DIGITS}+)*)(?![\\p{N}])`,
  'gu'
);

/** Reads a written number («1,000», «٢٫٥») as a value. */
export function numberValue(text: string): number {
  const latin = latinDigits(text)
    .replace(/[,\u066C](?=\d{3}(?!\d))/g, '')
    .replace(/[\u066B,]/g, '.');
  return Number(latin);
}

function isYear(value: number, core: string, after = '', before = ''): boolean {
  // «إلى عام 1894»: an earlier year after «عام» or «سنة».
  const named = value >= 1000 && /(?:^|\s)[وفبل]?(?:ال)?(?:عام|سنة)\s*$/u.test(before);
  // «منذ خريف 2021 أزمة…»، «في مارس 2024 دورة…»: a time before the figure makes it a year.
  const timed =
    YEAR_BEFORE.test(before) ||
    ARABIC_MONTHS.flat().some((m) => new RegExp(`${arabicPattern(m)}\\s*$`, 'u').test(before));
  // «نحو 1900 لاعب»: a figure given roughly is a count; a year is exact.
  const rough = !named && !timed && ROUGHLY.test(before);
  return (
    /^\d{4}$/.test(latinDigits(core)) &&
    !rough &&
    (value >= 1900 || named) &&
    value <= 2100 &&
    // «2000 درهم»، «1950 متراً»: a count of a unit, not a year; so is «2000 شتلة» (an indefinite
    // noun in «ة» or the accusative after it) unless «عام» or «سنة» names the year before.
    !COUNTED_UNIT.test(after) &&
    (named || timed || !COUNTED_NOUN.test(after))
  );
}

const YEAR_BEFORE =
  /(?:^|\s)[وفبل]?(?:ال)?(?:منذ|خريف|ربيع|صيف|شتاء|مطلع|نهاية|بداية|أواخر|أوائل|منتصف|حتى|بحلول|موسم|قبل|بعد|في|عن|خلال)\s*$/u;
const ROUGHLY =
  /(?:^|\s)(?:نحو|قرابة|حوالي|زهاء|أكثر\s+من|أقل\s+من|ما\s+يقارب|ما\s+يزيد\s+على)\s*$/u;
const COUNTED_NOUN =
  /^\s*(?![وفبلك]?ال|(?:أيضًا|أيضا|تقريبًا|تقريبا|مثلًا|مثلا|فقط|سنويًا|سنويًّا)(?![\p{L}]))[\p{L}\u064B-\u0652]{2,}(?:ة|ًا|اً)(?![\p{L}])/u;

/** Currencies an amount is counted in: «2000 درهم», and a currency's country («دينار جزائري»). */
export const CURRENCIES = ['درهم', 'دينار', 'ريال', 'جنيه', 'ليرة', 'دولار', 'يورو', 'فرنك'];

const COUNTED_UNIT = new RegExp(
  `^\\s*(?:${CURRENCIES.join('|')}|متر|متراً|مترًا|كيلومتر|كيلومتراً|كيلومترًا|طن|طناً|طنًا|هكتار|هكتاراً|هكتارًا|شخص|أسرة|عامل|زائر|مستخدم|طالب|فلاح|ميغاواط|لاعب|لاعبة|مشارك|موظف|طفل|مريض|عضو|سرير)(?![\\p{L}])`,
  'u'
);

/**
 * «أمريكا اللاتينية»، «أفريقيا الوسطى»: a name followed by a compass adjective names a region,
 * not the country («أمريكا» is also the United States); «كوريا الجنوبية» is matched whole first.
 */
function regionNamed(text: string, m: Mention): boolean {
  return (
    m.kind === 'entity' &&
    /^\s+(?:اللاتينية|الجنوبية|الشمالية|الوسطى|الشرقية|الغربية)(?![\p{L}\p{M}])/u.test(
      text.slice(m.end)
    )
  );
}

/**
 * Every mention in `text`: gazetteer forms (with clitics and article, on word boundaries),
 * dates («day? month year»), years and numbers in Latin or Arabic-Indic digits. Overlaps resolve
 * to the longest span; at equal length a gazetteer entity beats a date, a date beats a number.
 */
export function findMentions(text: string, matchers: readonly FormMatcher[]): Mention[] {
  const found = [
    ...entityMentions(text, matchers).filter((f) => !regionNamed(text, f.m)),
    ...dateMentions(text),
    ...numberMentions(text)
  ].sort(
    (a, b) =>
      b.m.end - b.m.start - (a.m.end - a.m.start) || a.rank - b.rank || a.m.start - b.m.start
  );
  const chosen: Mention[] = [];
  for (const { m } of found) {
    if (chosen.every((c) => m.end <= c.start || m.start >= c.end)) {
      chosen.push(m);
    }
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** The id of every entity the text's patterns found (`names.ts`), not the gazetteer. */
export const RECOGNISED_ID = 'r-';

/** Whether the patterns found the entity («r-person-…»): the gazetteer's have standing rules. */
export const recognised = (e: Entity): boolean => e.id.startsWith(RECOGNISED_ID);

/**
 * «مجرى الليطاني» is a riverbed, not «مجري» (Hungarian): a nationality adjective never ends in
 * «ى», so such a match of a nisba form is no mention; nor is «عمّان» one of Oman (any form), nor
 * «بقطر» before a number, «قطر» before a vessel or «قطر الماكينة يبلغ 10.7 أمتار» (`after`: the
 * `AFTER` characters that follow the match), nor «المغرب» after «قبل» (`before`: those before it:
 * the sunset prayer), nor a name with tanween.
 */
export const falseMatch = (
  kind: FormMatcher['kind'],
  matched: string,
  after = '',
  before = ''
): boolean =>
  (kind === 'nisba' && /ى\p{M}*$/u.test(matched)) ||
  (SUNSET.test(matched) && TIME_BEFORE.test(before)) ||
  AMMAN.test(matched) ||
  (DIAMETER.test(matched) && /^\s*[\d\u0660-\u0669]/u.test(after)) ||
  (TOWING.test(matched) && (TOWED.test(after) || MEASURED.test(after))) ||
  TOWING_NOUN.test(matched) ||
  // «بلدًا عربيًا وإفريقيًّا»: a name with tanween is an adjective (the noun «إفريقيا» takes none).
  (kind !== 'nisba' && /\u064B/u.test(matched));

// «يعود إلى البيت قبل المغرب»: the sunset prayer, not Morocco.
const SUNSET = /^[وفبل]?ال\p{M}*م\p{M}*غ\p{M}*ر\p{M}*ب\p{M}*$/u;
const TIME_BEFORE = /(?:^|\s)[وف]?(?:قبل|بعد|عند|حتى|حتّى|صلاة|صلاتي|أذان|آذان|موعد|وقت|بين)\s*$/u;

// «تلسكوب بقطر 40 سنتيمترًا»: a diameter before its measure, not Qatar.
const DIAMETER = /^[وف]?ب\p{M}*ق\p{M}*ط\p{M}*ر\p{M}*$/u;

// «ثم قطر السفينة»: towing a vessel, not Qatar.
const TOWING = /^[وفب]?ق\p{M}*ط\p{M}*ر\p{M}*$/u;
// «أن قطر الماكينة يبلغ 10.7 أمتار»: the diameter of a thing, given a length just after.
const MEASURED =
  /^\s+ال\S+(?:\s+\S+){0,2}?\s+[\d\u0660-\u0669]+(?:[.,\u066B][\d\u0660-\u0669]+)?\s+(?:أمتار|امتار|متر|سنتي|سم(?=[\s.،,]|$)|ملي|ملم|بوص|إنش|انش|كيلومتر|كلم)/u;
/** How much of the text after a match `falseMatch` reads. */
export const AFTER = 40;
// «عملية القطر»: Qatar takes no «ال».
const TOWING_NOUN = /^[وفب]?ال\p{M}*ق\p{M}*ط\p{M}*ر\p{M}*$/u;
const TOWED = /^\s+(?:ال)?(?:سفين|ناقل|قارب|مركب|باخر|عبّار|عبار|شاحن|سيار|حافل|طائر)/u;

// «عمّان» with its shadda is Jordan's capital, not «عُمان» (Oman), which folds to the same letters.
const AMMAN = /^[وفبكل]*ع\p{M}*م\p{M}*\u0651/u;

/** A mention found, and its rank among overlapping ones of the same length (lower wins). */
interface Found {
  m: Mention;
  rank: number;
}

function entityMentions(text: string, matchers: readonly FormMatcher[]): Found[] {
  const found: Found[] = [];
  for (const matcher of matchers) {
    for (const r of text.matchAll(matcher.re)) {
      const merged = r[3] !== undefined;
      const end = r.index + r[0].length;
      const before = text.slice(Math.max(0, r.index - AFTER), r.index);
      if (falseMatch(matcher.kind, r[0], text.slice(end, end + AFTER), before)) continue;
      const e = matcher.entity;
      const value = e.type === 'number' ? e.value : undefined;
      found.push({
        rank: 0,
        m: {
          start: r.index,
          end: r.index + r[0].length,
          text: r[0],
          prefix: (merged ? r[3] : r[1]) ?? '',
          core: (merged ? r[4] : r[2]) ?? '',
          kind: matcher.kind,
          entityId: e.id,
          entityType: e.type,
          form: matcher.form,
          merged,
          ...(e.date === undefined ? {} : { iso: e.date }),
          ...(value === undefined ? {} : { value })
        }
      });
    }
  }
  return found;
}

function dateMentions(text: string): Found[] {
  return findDates(text).map((d) => ({
    rank: 1,
    m: {
      start: d.start,
      end: d.end,
      text: d.text,
      prefix: '',
      core: d.text,
      kind: 'date',
      form: d.text,
      merged: false,
      iso: d.iso,
      variant: d.variant
    }
  }));
}

/** A number mention of match `r` (clitics in group 1, the number in group 2). */
function numberFound(
  r: RegExpMatchArray & { index: number },
  value: number,
  kind: 'number' | 'year',
  form: string
): Found {
  const core = r[2] ?? '';
  return {
    rank: 2,
    m: {
      start: r.index,
      end: r.index + r[0].length,
      text: r[0],
      prefix: r[1] ?? '',
      core,
      kind,
      form,
      merged: false,
      value,
      ...(kind === 'year' ? { iso: String(value) } : {})
    }
  };
}

/** Numbers in digits («1,200»، «٢٠٢٣»), counts of 3 to 10 in words («ستة أشهر») and of two («سنتين»). */
function numberMentions(text: string): Found[] {
  const found: Found[] = [];
  for (const r of text.matchAll(NUMBER_RE)) {
    const core = r[2] ?? '';
    const value = numberValue(core);
    if (Number.isFinite(value)) {
      const year = isYear(value, core, text.slice(r.index + r[0].length), text.slice(0, r.index));
      found.push(numberFound(r, value, year ? 'year' : 'number', latinDigits(core)));
    }
  }
  for (const re of [NUMBER_WORD_RE, DUAL_RE]) {
    for (const r of text.matchAll(re)) {
      if (ordinalTeen(text, r.index) || cardinalTeen(text, r.index, r[0].length)) continue;
      const value = numberWord(r[2] ?? '')?.value;
      if (value !== undefined) found.push(numberFound(r, value, 'number', r[2] ?? ''));
    }
  }
  return found;
}

/**
 * «اثنتا عشرة حافلة»، «ثلاثة عشر عامًا»: a number from 11 to 19, of two words; neither «عشرة» nor
 * the unit before it counts alone (a changed «عشرة» had made «اثنتا ثمانية حافلة»).
 */
function cardinalTeen(text: string, at: number, length: number): boolean {
  const before = stripMarks(text.slice(Math.max(0, at - 12), at));
  const after = stripMarks(text.slice(at + length, at + length + 8));
  const unit =
    /(?:^|\s)[وف]?(?:اثنتا|اثنا|اثنتي|اثني|إحدى|احدى|أحد|احد|ثلاث|ثلاثة|أربع|أربعة|خمس|خمسة|ست|ستة|سبع|سبعة|ثماني|ثمانية|تسع|تسعة)\s+$/u;
  return (
    (/^عشرة?(?![\p{L}\p{M}])/u.test(stripMarks(text.slice(at))) && unit.test(before)) ||
    /^\s+عشرة?(?![\p{L}\p{M}])/u.test(after)
  );
}

/** «الدورة الحادية عشرة»: «عشرة» after a definite ordinal is part of it (the 11th), no count. */
function ordinalTeen(text: string, at: number): boolean {
  return (
    /^عشرة?(?![\p{L}\p{M}])/u.test(text.slice(at)) && /ال[\p{L}\p{M}]+\s$/u.test(text.slice(0, at))
  );
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The English forms of a mention (names before nisba adjectives), for finding it in a translation. */
export function englishForms(m: Mention, entity: Entity | undefined): string[] {
  if (entity) {
    const names = [entity.en, ...entity.aliases.en].filter((x): x is string => !!x);
    if (m.kind === 'nisba') {
      return entity.nisba.en;
    }
    if (entity.type === 'date' && entity.date !== undefined) {
      return [...names, ...englishDates(entity.date)];
    }
    return names;
  }
  if (m.kind === 'date' && m.iso !== undefined) {
    return englishDates(m.iso);
  }
  if (m.value !== undefined) {
    const plain = latinDigits(m.core);
    return [...new Set([plain, m.value.toLocaleString('en-US')])];
  }
  return [];
}

/** Where an English form occurs in `text` on word boundaries (longest forms first). */
export function findEnglish(
  text: string,
  forms: readonly string[]
): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const sorted = [...new Set(forms)]
    .filter((f) => f.trim() !== '')
    .sort((a, b) => b.length - a.length);
  for (const form of sorted) {
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRe(form).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`,
      'gu'
    );
    for (const r of text.matchAll(re)) {
      const start = r.index;
      const end = start + r[0].length;
      if (out.every((o) => end <= o.start || start >= o.end)) {
        out.push({ start, end, text: r[0] });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
