import { distance } from 'fastest-levenshtein';
import { foldPhrase } from './arabic';
import { normalizeAnswer, stripMarks } from '../src/lib/domain/answers';
import { ARABIC_MONTHS, arabicDate, englishDates, shiftDate } from './dates';
import { recognised, type Entity, type Mention } from './entities';
import { inYearRange } from './identifiers';
import {
  answerOf,
  entityKind,
  isDescription,
  namedByOffice,
  mentionKind,
  nisbaClass,
  organisationClass,
  organisationFamily,
  precision,
  sameStanding
} from './kinds';
import {
  countingClass,
  DUAL_OPTIONS,
  dualNoun,
  numberInWords,
  agedNumber,
  numberOptions,
  numberWord
} from './numbers';
import { nameOrigin } from './origin';
import { byCodePoint, fathersName } from './util';

/** A possible wrong option: its text in both languages, kind, and every Arabic form it has. */
export interface Distractor {
  ar: string;
  en?: string;
  kind: string;
  forms: string[];
  /** A number's value, a year, or a date's day or month count: for the spacing of options. */
  value?: number;
}

function lengthSimilar(a: string, b: string): boolean {
  const x = stripMarks(a).length;
  const y = stripMarks(b).length;
  return Math.abs(x - y) <= 3 || Math.min(x, y) * 2 >= Math.max(x, y);
}

function closestIn(forms: readonly string[], target: string): string | undefined {
  let best: string | undefined;
  for (const f of forms) {
    if (
      best === undefined ||
      Math.abs(f.length - target.length) < Math.abs(best.length - target.length)
    ) {
      best = f;
    }
  }
  return best;
}

/** How many words a form has. */
export const words = (s: string) => s.trim().split(/\s+/u).length;
const isInitialism = (s: string) => /^[A-Z]{2,5}$/u.test(s);

/**
 * The Arabic forms of an entity fit to be shown as a wrong option or a swap: the canonical name
 * and the aliases, minus aliases that are spellings of a nisba adjective («الأمريكي» for the United
 * States) and, when the article is known, aliases it never uses unless they are plain names.
 */
function optionForms(other: Entity, occurs: ((form: string) => boolean) | undefined): string[] {
  const nisbas = other.nisba.ar.map(normalizeAnswer);
  return [other.ar, ...other.aliases.ar].filter((f, i) => {
    if (i === 0) {
      return true;
    }
    const n = normalizeAnswer(f);
    const nisbaShaped = /ي$|يه$|يين$|يون$/u.test(n);
    if (nisbaShaped && nisbas.some((x) => distance(x, n) <= 2)) {
      return false;
    }
    return occurs === undefined || occurs(f) || !nisbaShaped;
  });
}

/**
 * The distractor's Arabic and English forms parallel to the answer's: full name for a full
 * name, surname for a surname; English canonical with the canonical Arabic, else the English
 * form with as many words as the Arabic one (a name rather than an initialism).
 */
function parallelForms(
  other: Entity,
  arForms: readonly string[],
  answer: string,
  answerEn: string | undefined
): { ar: string; en?: string } {
  const target = words(answer);
  let ar = arForms[0] ?? other.ar;
  for (const f of arForms) {
    const d = Math.abs(words(f) - target) - Math.abs(words(ar) - target);
    if (d < 0) {
      ar = f;
    }
  }
  const enForms = [other.en, ...other.aliases.en].filter((x): x is string => x !== undefined);
  if (ar === other.ar && other.en !== undefined) {
    return { ar, en: other.en };
  }
  const wanted = words(ar);
  const answerInitialism = answerEn !== undefined && isInitialism(answerEn);
  const en =
    enForms.find((f) => words(f) === wanted && isInitialism(f) === answerInitialism) ??
    enForms.find((f) => words(f) === wanted) ??
    closestIn(enForms, answerEn ?? other.en ?? '');
  return en === undefined ? { ar } : { ar, en };
}

function toDigitsLike(latin: string, like: string): string {
  // «1,2 مليار درهم»، «٣٫٨»: the decimal mark the article writes, or a comma option stands out.
  const mark = /[\d\u0660-\u0669]([,\u066B])[\d\u0660-\u0669]{1,2}(?![\d\u0660-\u0669])/u.exec(
    like
  )?.[1];
  const decimal = mark === undefined ? latin : latin.replace('.', mark);
  if (/[\u0660-\u0669]/u.test(like)) {
    return decimal.replace(/\d/g, (d) => String.fromCodePoint(0x0660 + Number(d)));
  }
  return decimal;
}

export interface Pools {
  entities: readonly Entity[];
  byId: ReadonlyMap<string, Entity>;
  numbers: readonly number[];
  years: readonly number[];
  dates: readonly { iso: string; text: string }[];
  /** Whether the article itself writes this form (optional: every alias is then fit). */
  occurs?: (form: string) => boolean;
  /** Values of number entities by unit («طائرة مسيّرة» → [80]): the only article numbers used. */
  numbersByUnit?: ReadonlyMap<string, readonly number[]>;
  /** The year the article was written (its dateline's): a past year is offered among past ones. */
  year?: number;
}

/** Round numbers near `value`, of the same order of magnitude: half, one and a half, double… */
export function nearbyNumbers(value: number): number[] {
  const round = (v: number) => {
    if (!Number.isInteger(value)) {
      return Math.round(v * 10) / 10;
    }
    const step = v >= 1000 ? 100 : v >= 100 ? 10 : v >= 20 ? 5 : 1;
    return Math.round(v / step) * step;
  };
  return [0.5, 1.5, 2, 3, 0.25, 4].map((f) => round(value * f));
}

/** What a sentence already mentions: none of it may be a wrong option. */
interface InSentence {
  ids: ReadonlySet<string>;
  values: ReadonlySet<number>;
  dates: ReadonlySet<string>;
}

function inSentence(mentions: readonly Mention[]): InSentence {
  return {
    ids: new Set(mentions.map((x) => x.entityId).filter((x) => x !== undefined)),
    values: new Set(mentions.map((x) => x.value).filter((x) => x !== undefined)),
    dates: new Set(mentions.map((x) => x.iso).filter((x) => x !== undefined))
  };
}

/**
 * People of the answer's origin ({@link nameOrigin}) when there are two, any with one (the answer
 * then shares its origin with an option); none when every other is of the other origin: the one
 * Arab name among foreign ones, or the reverse, is picked without the article.
 */
function byOrigin(entity: Entity, options: Distractor[]): Distractor[] {
  // Only people the patterns found («r-person-…»): the gazetteer's are chosen by their standing.
  if (entity.type !== 'person' || !recognised(entity)) return options;
  const origin = nameOrigin(entity.ar);
  // The full name (its first form), not a family name offered alone («الخطيب»).
  const alike = (d: Distractor) => nameOrigin(d.forms[0] ?? d.ar) === origin;
  const same = options.filter(alike);
  return same.length >= MIN_OTHER_NAMES ? same : same.length === 0 ? [] : options;
}

/**
 * Every acceptable wrong option for `m` in `sentenceMentions`' sentence: same kind (persons of the
 * same gender, organisations and places of the same grammatical gender, a city for a city, a year
 * for a year…), similar length, nothing the sentence itself mentions, and no person of the same
 * standing (role or camp) as the answer, so that exactly one option is right. Sorted
 * deterministically; the caller picks with a seed.
 */
export function distractorsFor(
  m: Mention,
  sentenceMentions: readonly Mention[],
  pools: Pools,
  answerEn: string | undefined,
  after = '',
  before = ''
): Distractor[] {
  const entity = m.entityId === undefined ? undefined : pools.byId.get(m.entityId);
  const kind = mentionKind(m, entity);
  const seen = inSentence(sentenceMentions);
  if (
    entity &&
    (m.kind === 'entity' || m.kind === 'nisba') &&
    entity.type !== 'number' &&
    entity.type !== 'date'
  ) {
    const namedNationality = nationalityNamed(m, entity, sentenceMentions);
    const pick = (like: (other: string) => boolean) =>
      pools.entities
        .flatMap(
          (other) =>
            entityDistractor({ m, entity, like, seen, pools, answerEn }, other, namedNationality) ??
            []
        )
        .filter((d) => lengthSimilar(d.ar, answerOf(m)) && !sameBody(d.ar, entity.ar))
        .sort((a, b) => byCodePoint(a.ar, b.ar));
    const same = byOrigin(
      entity,
      pick((other) => other === kind)
    );
    // Only an association, a company or another body of no class takes other public bodies: a
    // university is cued by who works there («الباحثة … من ____»), a ministry by what a state does
    // («خطة وطنية … بميزانية»).
    return same.length >= MIN_OTHER_NAMES ||
      entity.type !== 'organisation' ||
      organisationClass(entity) !== 'other'
      ? same
      : pick((other) => organisationFamily(other) === organisationFamily(kind));
  }
  const value = m.value;
  if ((kind === 'year' || kind === 'number') && value !== undefined) {
    // («تبلغ من العمر ستة أعوام»: a count in words keeps the options of its form.)
    const age = /\p{Nd}/u.test(m.core) && agedNumber(before, after);
    const options = numberDistractors(m, entity, { kind, value, after, age }, seen, pools);
    // «مرة كل ____»: every week is «كل أسبوع», not «كل أسبوع واحد».
    return /(?:^|\s)كل\s*$/u.test(before)
      ? options.map((d) => (d.value === 1 ? { ...d, ar: d.ar.replace(/\s+واحدة?$/u, '') } : d))
      : options;
  }
  const iso = m.iso ?? entity?.date;
  if (kind.startsWith('date:') && iso !== undefined) {
    return dateDistractors(m, kind, iso, seen, pools);
  }
  return [];
}

/**
 * «مكتب الصحة السكان» beside «مكتب الصحة العامة والسكان»: a shorter writing of the same body (all
 * its words in the other's, «و» and «ال» aside) is no other body.
 */
export function sameBody(a: string, b: string): boolean {
  const words = (t: string) =>
    normalizeAnswer(t)
      .split(' ')
      .map((w) => w.replace(/^و(?=\S{3})/u, '').replace(/^ال(?=\S{2})/u, ''))
      .filter((w) => w.length > 1);
  const [short, long] = [words(a), words(b)].sort((x, y) => x.length - y.length);
  const has = new Set(long);
  return short!.length >= 2 && short!.every((w) => has.has(w));
}

/**
 * «الرئيس الإيراني الأسبق ____»: when the sentence gives the person's nationality right before
 * the name, a compatriot could be right by world knowledge (Khamenei was president too); only
 * a foreigner is clearly wrong.
 */
function nationalityNamed(m: Mention, entity: Entity, sentenceMentions: readonly Mention[]) {
  return (
    entity.type === 'person' &&
    entity.country !== undefined &&
    sentenceMentions.some(
      (o) =>
        o.kind === 'nisba' &&
        o.entityId === entity.country &&
        o.end <= m.start &&
        m.start - o.end <= 30
    )
  );
}

/** The fewest wrong options a multiple choice on a name offers (three options in all). */
export const MIN_OTHER_NAMES = 2;

interface EntityContext {
  m: Mention;
  entity: Entity;
  /** Whether a name of this kind may stand for the answer. */
  like: (kind: string) => boolean;
  seen: InSentence;
  pools: Pools;
  answerEn: string | undefined;
}

/**
 * `other` is the capital or a place of a country the sentence names, or the country of a place it
 * names: «روسيا تقدّم المساعدات إلى موسكو» would be absurd, not a plausible misreading.
 */
function standsForSeen(other: Entity, seen: InSentence, byId: ReadonlyMap<string, Entity>) {
  return (
    (other.country !== undefined && seen.ids.has(other.country)) ||
    [...seen.ids].some((id) => byId.get(id)?.country === other.id)
  );
}

/** `other` as a wrong option for a named entity or a nisba adjective, if it can be one. */
function entityDistractor(
  { m, entity, like, seen, pools, answerEn }: EntityContext,
  other: Entity,
  namedNationality: boolean
): Distractor | undefined {
  if (
    other.id === entity.id ||
    seen.ids.has(other.id) ||
    standsForSeen(other, seen, pools.byId) ||
    other.type !== entity.type ||
    isDescription(other) ||
    // «المهندس ____» among «رئيس التعاونية»: an office among names, maybe the answer's own.
    (other.type === 'person' && namedByOffice(other)) ||
    // Only what the body of the article talks about (not the authors of the byline).
    (pools.occurs !== undefined &&
      ![other.ar, ...other.aliases.ar, ...other.nisba.ar].some((f) => pools.occurs?.(f)))
  ) {
    return undefined;
  }
  const forms = [other.ar, ...other.aliases.ar, ...other.nisba.ar];
  if (m.kind === 'nisba') {
    return nisbaDistractor(m, other, answerEn, forms);
  }
  if (entity.type === 'person') {
    if (entity.gender === undefined || other.gender !== entity.gender) {
      return undefined;
    }
    if (sameStanding(entity, other) || (namedNationality && other.country === entity.country)) {
      return undefined;
    }
  }
  const forms0 = optionForms(other, pools.occurs);
  const family = entity.type === 'person' ? familyName(other.ar) : undefined;
  // «أوضح بن شملان»: an answer by family name has family names beside it; a full name, full
  // names («نصر الله» beside «محمد الأيوبي» would stand out).
  const surname = familyName(entity.ar);
  const short =
    words(answerOf(m)) === 1 ||
    (surname !== undefined && foldPhrase(answerOf(m)) === foldPhrase(surname));
  const withFamily = family === undefined || forms0.includes(family) ? forms0 : [...forms0, family];
  const arForms = entity.type !== 'person' ? withFamily : short ? [family ?? other.ar] : [other.ar];
  const chosen = parallelForms(other, arForms, answerOf(m), answerEn);
  const otherKind = entityKind(other, chosen.ar);
  return like(otherKind) ? { ...chosen, kind: otherKind, forms } : undefined;
}

/**
 * A person's family name, for an answer the article gives by family name alone («أشار ماتسوموتو»):
 * «عمر الخطيب» → «الخطيب», «كريم عبد الحميد» → «عبد الحميد», «سامي نصر الله» → «نصر الله»,
 * «محمود بني هاني» → «بني هاني», «محمدن ولد الشيخ سيدي» → «ولد الشيخ سيدي» (`fathersName`); the
 * father's name is no other part of it: «أشرف عبد المنعم الشاذلي» → «الشاذلي». Undefined for one word.
 */
function familyName(ar: string): string | undefined {
  const ws = ar.split(/\s+/u);
  const given = /^(?:عبد|أبو|ابو)$/u.test(ws[0] ?? '') ? 2 : 1;
  if (ws.length <= given) return undefined;
  const fathers = fathersName(ws, given);
  if (fathers !== undefined) return fathers;
  const pair =
    ws.length - given >= 2 &&
    (/^(?:عبد|أبو|ابو|آل|بن|بني)$/u.test(ws.at(-2) ?? '') ||
      /^(?:الله|الدين)$/u.test(ws.at(-1) ?? ''));
  return ws.slice(pair ? -2 : -1).join(' ');
}

/** The nisba adjective of `other` in the same agreement class as the answer's. */
function nisbaDistractor(
  m: Mention,
  other: Entity,
  answerEn: string | undefined,
  forms: string[]
): Distractor | undefined {
  const ar = other.nisba.ar.find((f) => nisbaClass(f) === nisbaClass(m.core));
  if (ar === undefined) {
    return undefined;
  }
  // The English adjective in the same number as the answer's: “Americans” for «الأميركيين».
  const plural = answerEn !== undefined && /[a-z]s$/u.test(answerEn);
  const en = other.nisba.en.find((f) => /[a-z]s$/u.test(f) === plural) ?? other.nisba.en[0];
  return {
    ar,
    ...(en === undefined ? {} : { en }),
    kind: `nisba:${other.type}:${nisbaClass(ar)}`,
    forms
  };
}

/**
 * Years: other years of the article, then near years. Numbers: article numbers of the same unit
 * (drones for drones), then values of the same magnitude, rounding and counting class
 * ({@link numberOptions}: the unit and the counted noun come from the text `after` the number).
 */
/** How far from the answer another year of the article may be offered. */
const NEAR_YEARS = 20;

function numberDistractors(
  m: Mention,
  entity: Entity | undefined,
  { kind, value, after, age }: { kind: string; value: number; after: string; age: boolean },
  seen: InSentence,
  pools: Pools
): Distractor[] {
  const unit = entity?.unit?.ar;
  if (kind === 'year') {
    // «حتى العام 2030»: a round year among years beside it stands out; among round ones it does not.
    const round = value % 10 === 0;
    const steps = round ? [10, 20, -5, 5, 15] : [1, -1, 2, -2, 3, -3];
    // «يعود تشغيل الميناء إلى عام 2012» in 2025: a year to come is no option, nor a past one for
    // a plan.
    const now = pools.year;
    const side = (y: number) => now === undefined || y <= now === value <= now;
    // The article's other years only near the answer: 2023 beside 1975 and 1974 stands out.
    const near = pools.years.filter((y) => Math.abs(y - value) <= NEAR_YEARS);
    // «استقطبت دورة ____ نحو 11 ألفًا، مقارنةً بـ6500 في دورة 2023»: on the answer's side of
    // the sentence's other years, as a date's options are.
    const others = [...seen.values].filter(inYearRange);
    const years = [...near, ...steps.map((d) => value + d)].filter(
      (y) =>
        (!round || y % 5 === 0) &&
        side(y) &&
        !crossesOther(y, value, others, (a, b) => Math.sign(a - b))
    );
    return toDistractors([...new Set(years)], m, kind, value, seen).filter(
      (d) => d.ar.length === m.core.length
    );
  }
  const options =
    dualNoun(m.core) === undefined
      ? numberOptions(value, after, NUMBER_CHOICES, age)
      : DUAL_OPTIONS;
  // A person's age takes only ages near it («(51 عامًا)» among «منذ عشرين عامًا» is no option).
  const fromArticle = (
    unit === undefined || age ? [] : (pools.numbersByUnit?.get(normalizeAnswer(unit)) ?? [])
  ).filter((v) => countingClass(v) === countingClass(value) && sameOrder(v, value));
  // «نحو 850 ألف»: a count of thousands or millions is written under 1,000 of them («1130 ألف»
  // would be «1.13 مليون»); a day before a month is at most 31.
  const cap = SCALED.test(after) ? 999 : DAY_OF.test(after) ? 31 : (perUnit(after) ?? Infinity);
  const values = [...new Set([...fromArticle, ...options])].filter((v) => v <= cap);
  return toDistractors(values, m, kind, value, seen);
}

const SCALED = /^\s*(?:ألف|آلاف|مليون|ملايين|مليار|مليارات)(?![\p{L}])/u;

// «خمسة أيام في الأسبوع»: no more days than a week has, hours than a day has, months than a year.
const PER_UNIT: readonly (readonly [number, RegExp])[] = [
  [7, /^\s*(?:أيام|يوما)\s+(?:في\s+الأسبوع|أسبوعي)/u],
  [24, /^\s*ساع(?:ة|ات)\s+(?:في\s+اليوم|يومي)/u],
  [12, /^\s*(?:أشهر|شهرا)\s+(?:في\s+(?:السنة|العام)|سنوي)/u]
];

/** The most a count per week, day or year can be, from the words after it; undefined otherwise. */
const perUnit = (after: string) => PER_UNIT.find(([, unit]) => unit.test(stripMarks(after)))?.[0];
const DAY_OF = new RegExp(`^\\s*(?:من\\s+)?(?:${ARABIC_MONTHS.flat().join('|')})(?![\\p{L}])`, 'u');

/** How many made-up values a number's options are chosen from (for their spacing, `ladder.ts`). */
const NUMBER_CHOICES = 6;

const sameOrder = (a: number, b: number) => a > 0 && Math.max(a, b) / Math.min(a, b) <= 4;

function toDistractors(
  values: readonly number[],
  m: Mention,
  kind: string,
  value: number,
  seen: InSentence
): Distractor[] {
  // A number written as a word («ستة أشهر») is offered among words of its form, 3 to 10;
  // «أربع سنوات» holds its noun, which a bare «4» in English would drop.
  const word = numberWord(m.core) !== undefined;
  const english = dualNoun(m.core) === undefined;
  // «أكثر من 900 عامل، بينهم ____ جزائريا»: a figure of the sentence near the answer's size
  // bounds it; an option on its other side is ruled out by reading the prompt.
  const near = [...seen.values].filter((o) => o !== value && o >= value / 5 && o <= value * 5);
  const sameSide = (v: number) => kind === 'year' || near.every((o) => v < o === value < o);
  return values
    .filter((v) => v > 0 && v !== value && !seen.values.has(v) && sameSide(v))
    .filter((v) => !word || numberInWords(v, m.core) !== undefined)
    .map((v) => ({
      ar: word ? numberInWords(v, m.core)! : toDigitsLike(String(v), m.core),
      ...(english ? { en: String(v) } : {}),
      kind,
      forms: [String(v)],
      value: v
    }));
}

const DATE_SHIFTS = [-3, 2, 7, -1, -8, 4];

/** A date as a count of days (a full date), of months (a month and year) or of years. */
export function dateValue(iso: string): number {
  const [y = '0', m, d] = iso.split('-');
  if (m === undefined) {
    return Number(y);
  }
  if (d === undefined) {
    return Number(y) * 12 + Number(m) - 1;
  }
  return Date.UTC(Number(y), Number(m) - 1, Number(d)) / 86_400_000;
}

/**
 * Whether an option is on the other side than the answer of one of the sentence's other values
 * (`side`: the sign of their difference): «تراجعت بين أكتوبر 2024 ومارس 2025» rules out a wrong
 * start after the end («مايو 2025») by itself.
 */
function crossesOther<T>(option: T, answer: T, others: readonly T[], side: (a: T, b: T) => number) {
  return others.some((o) => o !== answer && side(option, o) !== side(answer, o));
}

/** Two dates compared at the coarser of their precisions («2025» against «مايو 2025»: the year). */
function dateSide(a: string, b: string): number {
  const level = Math.min(a.split('-').length, b.split('-').length);
  const cut = (x: string) => dateValue(x.split('-').slice(0, level).join('-'));
  return Math.sign(cut(a) - cut(b));
}

/** Other dates of the article of the same precision, then dates shifted by one to three units. */
function dateDistractors(
  m: Mention,
  kind: string,
  iso: string,
  seen: InSentence,
  pools: Pools
): Distractor[] {
  const out: Distractor[] = [];
  const fromArticle = pools.dates.filter(
    (d) => precision(d.iso) === precision(iso) && d.iso !== iso
  );
  // Irregular shifts on both sides: 12, 15, 17 and 18 May are no ladder to find the 15th in.
  const shifted = DATE_SHIFTS.map((s) => shiftDate(iso, s));
  // «شهدت البترا في تشرين الثاني 2018 سيولا» in 2024: «كانون الأول 2028» (a plan's date the
  // article gives) is no option for a past event, as a past date is none for a plan.
  const later = (d: string) => pools.year !== undefined && Number(d.slice(0, 4)) > pools.year;
  const done = new Set<string>();
  for (const d of [...fromArticle.map((d) => d.iso), ...shifted]) {
    if (
      done.has(d) ||
      d === iso ||
      seen.dates.has(d) ||
      later(d) !== later(iso) ||
      crossesOther(d, iso, [...seen.dates], dateSide)
    ) {
      continue;
    }
    done.add(d);
    const ar = arabicDate(d, m.variant ?? 0);
    out.push({
      ar,
      ...(englishDates(d)[0] === undefined ? {} : { en: englishDates(d)[0] }),
      kind,
      forms: [ar],
      value: dateValue(d)
    });
  }
  return out;
}
