import { normalizeAnswer } from '../src/lib/domain/answers';
import type { EntityType } from '../src/lib/domain/bank';
import { wordCount } from './arabic';

/**
 * Grammatical agreement and English articles: what makes a swapped name or a wrong option read
 * as naturally as the right one, so that a false statement or a distractor does not give itself
 * away («أنكرت البيت الأبيض», «UAE agreed», «across the The West»).
 */

export type Gender = 'm' | 'f';

// Head nouns of organisations and places that are masculine although they name a body or a region.
const MASCULINE_HEADS = new Set(
  [
    'بيت',
    'كونغرس',
    'كونجرس',
    'معهد',
    'جيش',
    'حرس',
    'مجلس',
    'مركز',
    'حلف',
    'مكتب',
    'برلمان',
    'اتحاد',
    'بنك',
    'صندوق',
    'تحالف',
    'حزب',
    'نظام',
    'جهاز',
    'فيلق',
    'بحر',
    'نهر',
    'خليج',
    'محيط',
    'مضيق',
    'جبل',
    'شرق',
    'غرب',
    'شمال',
    'جنوب',
    'ناتو',
    'كرملين',
    'بنتاغون'
  ].map(normalizeAnswer)
);
// Countries whose names are masculine in Arabic (most are feminine).
const MASCULINE_COUNTRIES = new Set(
  ['لبنان', 'العراق', 'الأردن', 'السودان', 'المغرب', 'اليمن', 'البحرين', 'الكويت'].map(
    normalizeAnswer
  )
);

/**
 * The grammatical gender a verb or adjective takes with this Arabic name, or undefined when the
 * rules cannot tell (a foreign name such as «واشنطن بوست» or «سي إن إن»). Countries and cities are
 * feminine unless listed; organisations and regions follow their head noun: «ة», «ات» or «ى»
 * (a broken plural such as «قوى») make it feminine, a known masculine head noun masculine.
 * A gender given in the gazetteer wins.
 */
export function grammaticalGender(
  form: string,
  type: EntityType,
  given?: Gender,
  hasCountry = false
): Gender | undefined {
  if (given !== undefined) {
    return given;
  }
  const norm = normalizeAnswer(form);
  const head = norm.split(' ')[0] ?? '';
  if (type === 'country') {
    return MASCULINE_COUNTRIES.has(norm) ? 'm' : 'f';
  }
  if (type !== 'organisation' && type !== 'place') {
    return undefined;
  }
  if (MASCULINE_HEADS.has(head)) {
    return 'm';
  }
  // Folded: ة → ه; «ات» plurals and «قوى» (folded to «قوي») are feminine.
  if (/ه$|ات$/u.test(head) || head === 'قوي') {
    return 'f';
  }
  // A city (a place with a country, named by one proper name) is feminine.
  if (type === 'place' && hasCountry) {
    return 'f';
  }
  return undefined;
}

// ------------------------------------------------------------------------------------------------
// English articles

const LEADING_THE = /^the\s+/iu;
/** «the» right before a name, possibly with an opening quote: «the "Wagner Group"». */
export const THE_BEFORE = /\bthe\s+["“]?$/iu;
// Last words (or words before «of»/«for») of names that take «the»: the White House, the UAE.
const COMMON_HEAD =
  /^(States|Emirates|Kingdom|Republic|Union|Sea|Ocean|Gulf|East|West|bloc|House|Post|Council|Institute|Center|Centre|Group|Department|administration|military|army|government|Corps|Guards?|Congress|Assembly|parliament|Parliament|Ministry|Agency|Organi[sz]ation|Office|Times|forces|Forces|powers|Caspian|Pentagon|Kremlin|official)$/u;

/** The English name without a leading «the». */
export function bareEnglish(form: string): string {
  return form.replace(LEADING_THE, '');
}

function headTakesThe(bare: string): boolean {
  const words = bare.split(/\s+/u);
  const ofAt = words.findIndex((w) => w === 'of' || w === 'for' || w === 'on');
  const head = ofAt > 0 ? words[ofAt - 1] : words.at(-1);
  return head !== undefined && COMMON_HEAD.test(head);
}

/**
 * Decides whether an English name takes «the» in running text: as the translation writes it
 * (most often), else by rule: a form written with «the», a name whose head is a common noun
 * (the White House, the United States, the European Council on Foreign Relations), or an
 * initialism of such a name (the UAE, the US).
 */
export class EnglishArticles {
  private readonly learned = new Set<string>();

  /** `names`: every English form of one entity, canonical first. */
  constructor(
    texts: readonly string[],
    private readonly names: readonly (readonly string[])[]
  ) {
    // Only «the» in front is evidence: a bare occurrence is often attributive («a former US
    // State Department official») and says nothing.
    for (const forms of names) {
      for (const form of forms) {
        const bare = bareEnglish(form);
        const re = new RegExp(
          `(?<![\\p{L}\\p{N}])${bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])(?!\\s+\\p{Lu})`,
          'gu'
        );
        for (const text of texts) {
          for (const r of text.matchAll(re)) {
            if (THE_BEFORE.test(text.slice(0, r.index))) {
              this.learned.add(bare);
            }
          }
        }
      }
    }
  }

  takesThe(form: string): boolean {
    if (LEADING_THE.test(form) || this.learned.has(form)) {
      return true;
    }
    if (/^[A-Z]{2,5}$/u.test(form)) {
      // An initialism takes «the» when the full name it stands for does.
      const group = this.names.find((forms) => forms.map(bareEnglish).includes(form));
      const full = group?.map(bareEnglish).find((f) => !/^[A-Z]{2,5}$/u.test(f));
      return full !== undefined && this.takesThe(full);
    }
    return headTakesThe(form);
  }

  /** The form as it reads in running text: «the UAE», «Pyongyang». */
  inText(form: string): string {
    const bare = bareEnglish(form);
    return this.takesThe(form) ? `the ${bare}` : bare;
  }
}

/** Upper-cases the first letter (for a replacement at the start of a sentence). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whether a replacement at `start` of `text` begins the sentence (after an opening quote). */
export function atSentenceStart(text: string, start: number): boolean {
  return /^[\s"“«(]*$/u.test(text.slice(0, start));
}

// ------------------------------------------------------------------------------------------------
// Clause windows

/** A statement or prompt longer than this is trimmed to the clauses around the answer. */
export const MAX_PROMPT_WORDS = 35;

const OPENERS: Record<string, string> = { '«': '»', '“': '”', '(': ')' };

/** Clause boundaries of `text` outside quotations and parentheses: after «،», «؛», «:», «,», «;». */
export function clauses(text: string, loose = false): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const stack: string[] = [];
  let straight = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '"') {
      straight = !straight;
    } else if (OPENERS[c] !== undefined) {
      stack.push(OPENERS[c]);
    } else if (stack.length > 0 && c === stack[stack.length - 1]) {
      stack.pop();
    } else if ((loose || (!straight && stack.length === 0)) && /[،؛:,;]/u.test(c)) {
      out.push({ start, end: i + 1 });
      start = i + 1;
    }
  }
  if (start < text.length) {
    out.push({ start, end: text.length });
  }
  return out;
}

function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  const trim = () => {
    while (start < end && /\s/u.test(text.charAt(start))) {
      start++;
    }
    while (end > start && /[\s،؛:,;]/u.test(text.charAt(end - 1))) {
      end--;
    }
  };
  trim();
  // A window cut inside a quotation loses the quotation mark it would leave unmatched.
  const odd = () => (text.slice(start, end).match(/"/g) ?? []).length % 2 === 1;
  if (odd() && text.charAt(start) === '"') {
    start++;
  } else if (odd() && /^"[.)]*$/u.test(text.slice(end - 3, end).replace(/^[^"]*/u, ''))) {
    end = text.lastIndexOf('"', end - 1);
  }
  for (const [open, close] of [
    ['«', '»'],
    ['“', '”'],
    ['(', ')']
  ] as const) {
    const part = text.slice(start, end);
    if (part.startsWith(open) && !part.includes(close)) {
      start++;
    }
    if (part.endsWith(close) && !part.includes(open)) {
      end--;
    }
  }
  trim();
  return { start, end };
}

/**
 * Whole clauses lo…hi, trimmed; when a quotation opens inside and does not close (or the other
 * way round), clauses are dropped from the ends, never past minLo…minHi, until it balances.
 */
function balanced(
  text: string,
  parts: readonly { start: number; end: number }[],
  lo: number,
  hi: number,
  minLo: number,
  minHi: number
): { start: number; end: number } {
  const range = () => trimRange(text, parts[lo]?.start ?? 0, parts[hi]?.end ?? text.length);
  const odd = () => {
    const r = range();
    return (text.slice(r.start, r.end).match(/"/g) ?? []).length % 2 === 1;
  };
  while (odd() && lo < minLo) {
    lo++;
  }
  while (odd() && hi > minHi) {
    hi--;
  }
  return range();
}

/**
 * The span of `text` to show for the answer at [from, to): the whole sentence when it has at most
 * `max` words, else whole clauses around the answer's clause, taken first towards the start of the
 * sentence (where the subject and the attribution are), then towards its end, while they fit.
 * Undefined when even the answer's clause is too long.
 */
export function clauseWindow(
  text: string,
  from: number,
  to: number,
  max = MAX_PROMPT_WORDS
): { start: number; end: number } | undefined {
  if (wordCount(text) <= max) {
    return { start: 0, end: text.length };
  }
  // Clauses outside quotations first; inside them only when that is the only way to fit.
  return (
    windowOf(text, clauses(text), from, to, max) ??
    windowOf(text, clauses(text, true), from, to, max)
  );
}

function windowOf(
  text: string,
  parts: readonly { start: number; end: number }[],
  from: number,
  to: number,
  max: number
): { start: number; end: number } | undefined {
  const k = parts.findIndex((p) => from >= p.start && from < p.end);
  const last = parts.findIndex((p) => to > p.start && to <= p.end);
  if (k < 0 || last < 0) {
    return undefined;
  }
  let lo = k;
  let hi = last;
  const words = (a: number, b: number) =>
    wordCount(text.slice(parts[a]?.start ?? 0, parts[b]?.end ?? 0));
  if (words(lo, hi) > max) {
    return undefined;
  }
  for (;;) {
    if (lo > 0 && words(lo - 1, hi) <= max) {
      lo--;
    } else if (hi < parts.length - 1 && words(lo, hi + 1) <= max) {
      hi++;
    } else {
      break;
    }
  }
  return balanced(text, parts, lo, hi, k, last);
}

/**
 * The part of an English sentence that translates an Arabic window: whole clauses around the
 * answer at [from, to) that hold every `inside` range (the other names the Arabic window shows)
 * and none of the `outside` ones (names the Arabic window left out), grown towards `targetWords`.
 * Undefined when no such span exists.
 */
export function englishWindow(
  text: string,
  from: number,
  to: number,
  inside: readonly { start: number; end: number }[],
  outside: readonly { start: number; end: number }[],
  targetWords: number
): { start: number; end: number } | undefined {
  return (
    englishWindowOf(text, clauses(text), from, to, inside, outside, targetWords) ??
    englishWindowOf(text, clauses(text, true), from, to, inside, outside, targetWords)
  );
}

function englishWindowOf(
  text: string,
  parts: readonly { start: number; end: number }[],
  from: number,
  to: number,
  inside: readonly { start: number; end: number }[],
  outside: readonly { start: number; end: number }[],
  targetWords: number
): { start: number; end: number } | undefined {
  const at = (pos: number) => parts.findIndex((p) => pos >= p.start && pos < p.end);
  let lo = at(from);
  let hi = Math.max(lo, at(Math.max(from, to - 1)));
  if (lo < 0) {
    return undefined;
  }
  for (const r of inside) {
    const i = at(r.start);
    if (i >= 0) {
      lo = Math.min(lo, i);
      hi = Math.max(hi, i);
    }
  }
  const blocked = (a: number, b: number) =>
    outside.some((r) => {
      const i = at(r.start);
      return i >= a && i <= b;
    });
  if (blocked(lo, hi)) {
    return undefined;
  }
  const words = (a: number, b: number) =>
    wordCount(text.slice(parts[a]?.start ?? 0, parts[b]?.end ?? 0));
  const core = [lo, hi] as const;
  while (words(lo, hi) < targetWords * 0.8) {
    if (lo > 0 && !blocked(lo - 1, hi)) {
      lo--;
    } else if (hi < parts.length - 1 && !blocked(lo, hi + 1)) {
      hi++;
    } else {
      break;
    }
  }
  return balanced(text, parts, lo, hi, core[0], core[1]);
}
