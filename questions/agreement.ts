import { normalizeAnswer, normalizeSearch } from '../src/lib/domain/answers';
import type { EntityType } from '../src/lib/domain/bank';
import { wordCount } from './arabic';
import {
  completeClause,
  continuesClause,
  dayAside,
  describingVerb,
  leadingConjunction,
  objectAfterComma,
  opensComplement,
  opensNextClause,
  readableStart,
  sayingParticiple,
  subjectless,
  verbless
} from './fragments';
import { countingClass } from './numbers';

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
export const MAX_PROMPT_WORDS = 30;
/** A true or false statement is one clause of at most this many words. */
export const MAX_STATEMENT_WORDS = 20;

const OPENERS: Record<string, string> = { '«': '»', '“': '”', '(': ')' };

// Words that open a new clause without a comma before them: «… بينما يدعو المعسكر الثاني».
const CLAUSE_WORD = /^\s(?:بينما|في حين|حيث|كما|إذ|إذا|بعدما)\s/u;

/**
 * Clause boundaries of `text` outside quotations and parentheses: after «،», «؛», «:», «,», «;»,
 * and before a connector that opens a clause («بينما»، «في حين»، «حيث»، «كما»، «إذ»، «إذا»، «بعدما»);
 * `loose`: inside quotations too, where a full stop also ends a clause.
 */
export function clauses(text: string, loose = false): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const stack: string[] = [];
  let straight = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const outside = loose || (!straight && stack.length === 0);
    if (outside && i > start && CLAUSE_WORD.test(text.slice(i, i + 8))) {
      out.push({ start, end: i });
      start = i + 1;
    } else if (c === '"') {
      straight = !straight;
    } else if (OPENERS[c] !== undefined) {
      stack.push(OPENERS[c]);
    } else if (stack.length > 0 && c === stack[stack.length - 1]) {
      stack.pop();
    } else if (
      outside &&
      (/[،؛:,;]/u.test(c) || (loose && /[.؟?!]/u.test(c))) &&
      // «8,6 ملايين»، «16:40»: a mark between digits is part of a number.
      !(/\p{N}/u.test(text.charAt(i - 1)) && /\p{N}/u.test(text.charAt(i + 1)))
    ) {
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

// «والعيادة»، «والمشروع»: «و» and «ال» (not «والد»، «والدة»، «والي»: the «و» is their own).
const WAW_THE = /^و(?:ال|لل)(?!(?:د|دة|ده|دي|دين|دان|ي|ى)(?![\p{L}\p{M}]))\S{3,}/u;

/**
 * The span of `text` (a sentence) to show for the answer at [from, to): the whole sentence when
 * it has at most `max` words, else whole clauses around the answer's clause that start where the
 * text reads on its own ({@link readableStart}: the sentence's start, or a clause that opens a
 * main clause once a leading «و»/«ف» or connector is dropped). A blank's window (`tight` false)
 * starts as early as fits, where the subject and the attribution are, then grows towards the end;
 * a statement's (`tight`) is the answer's clause alone, or from the sentence's start when that
 * fits. Undefined when no readable span fits.
 */
export function clauseWindow(
  text: string,
  from: number,
  to: number,
  max = MAX_PROMPT_WORDS,
  tight = false
): { start: number; end: number } | undefined {
  const want = { from, to, max, tight };
  // Clauses outside quotations first; inside them only when that is the only way to fit.
  const w =
    wordCount(text) <= max
      ? { start: 0, end: text.length }
      : (windowOf(text, clauses(text), want) ?? windowOf(text, clauses(text, true), want));
  // A leading «و»، «ف» or «لكن» goes when the rest reads on its own («وقال الوزير» → «قال الوزير»).
  const drop = w === undefined ? undefined : readableStart(text.slice(w.start, w.end));
  const v =
    w === undefined || drop === undefined || w.start + drop > from
      ? w
      : { start: w.start + drop, end: w.end };
  // «وشملت الدراسة…» at the sentence's start shows as «شملت الدراسة…».
  // («والعيادة شاحنة…» likewise shows as «العيادة شاحنة…»: at a sentence's start, «و» before
  // «ال» is a conjunction, not a list's.)
  const lead =
    v === undefined
      ? 0
      : leadingConjunction(text.slice(v.start, v.end)) ||
        (v.start === 0 && WAW_THE.test(text) ? 1 : 0);
  const u = v === undefined || v.start + lead > from ? v : { start: v.start + lead, end: v.end };
  // «من جهتها، قالت…»: "for her part" turns to someone the prompt does not show.
  const turn = u === undefined ? 0 : (TURN.exec(text.slice(u.start, u.end))?.[0].length ?? 0);
  return u === undefined || u.start + turn > from ? u : { start: u.start + turn, end: u.end };
}

// An opener that turns from the party the sentence before spoke of: «من جهته،»، «بدورها،»; that
// links to what it said: «في السياق،»، «في سياق متصل،»; or that places it next to a place named
// before: «وفي المزرعة المجاورة،».
const TURN =
  /^[وف]?(?:من\s+(?:جهت|جانب|ناحيت)(?:ه|ها|هم|هما)|بدور(?:ه|ها|هم|هما)|في\s+المقابل|في\s+(?:هذا\s+)?السياق(?:\s+(?:ذاته|نفسه))?|في\s+سياق\s+(?:متصل|آخر|اخر)|(?:في|على|عند|من)\s+ال\S+\s+(?:المجاور|المجاورة|المحيط|المحيطة))\s*[،,]\s*/u;

/**
 * A clause set between commas inside another: a relative clause («الذي فازت ناقته…») or a
 * description of the noun before («وهو أطول الأنهار…»، «وعددهم نحو 1800 عامل»).
 */
export function aside(part: string): boolean {
  return /^\s*(?:(?:الذي|التي|الذين|اللذان|اللتان|اللواتي|اللاتي)|و(?:هو|هي|هم|هما|هن|عدده|عددها|عددهم))(?=\s)/u.test(
    part
  );
}

/**
 * Whether a window may end at an aside («…، الذي…،» or «…، وهو…،») given the clause before it
 * and the part after it. A verb and its subject alone, interrupted by the aside, go on after it
 * with a preposition («عبر المالك، الذي فاز…، عن سعادته»، «يطالب المضربون، وعددهم…، بتثبيت…»);
 * a verb whose subject has not come yet never ends there («شاركت في المعرض، الذي نظمه الاتحاد،
 * 340 دارًا»). A clause that already has its complements may end before the aside («نال الممثل
 * الجائزة عن دوره في فيلم «الطابق الأخير»، الذي صُوّر…»).
 */
function afterAside(clause: string, next: string): boolean {
  if (opensNextClause(next)) {
    return true;
  }
  const interrupted = !clause
    .trim()
    .split(/\s+/u)
    .slice(1)
    .some((w) => opensComplement(w));
  return (
    !subjectless(clause, true) && !(interrupted && opensComplement(next)) && completeClause(clause)
  );
}

/** A frame of «من بين» opening a clause (after a colon too): «: فمن بين 17 وفاة…،». */
const AMONG = /(?:^|[:؛]\s*)\s*[وف]?من\s+بين\s/u;

/** A colon after a counted noun opens a list: «على ثلاث درجات للتحذير: صفراء…، وحمراء…». */
const LIST_COLON =
  /(?:^|\s)(?:[\d٠-٩]+|ثلاث|ثلاثة|أربع|أربعة|خمس|خمسة|ست|ستة|سبع|سبعة|ثماني|ثمانية|تسع|تسعة|عشر|عشرة|عدة)\s+\S+(?:\s+\S+){0,2}\s*:\s*$/u;

/** A person's age set between commas: «، 72 عامًا،». */
const AGE_ASIDE = /^\s*[\d٠-٩]+\s+(?:عام(?:ًا|اً|ا)|سنة)\s*[،,]?\s*$/u;

interface WindowWant {
  from: number;
  to: number;
  max: number;
  tight: boolean;
}

function windowOf(
  text: string,
  parts: readonly { start: number; end: number }[],
  { from, to, max, tight }: WindowWant
): { start: number; end: number } | undefined {
  const k = parts.findIndex((p) => from >= p.start && from < p.end);
  const last = parts.findIndex((p) => to > p.start && to <= p.end);
  if (k < 0 || last < 0) {
    return undefined;
  }
  // Where a window from clause `lo` starts: the sentence's start, a quotation's, or where the
  // clause reads on its own once its connector is dropped.
  const startOf = (lo: number): number | undefined => {
    const at = parts[lo]?.start ?? 0;
    // «فمن بين 17 وفاة أمومية سُجّلت في الولاية، | كانت 11 لنساء…»: what follows a frame of
    // «من بين» counts among it; no window starts after the frame.
    const before = text.slice(parts[lo - 1]?.start ?? 0, at);
    if (lo > 0 && (AMONG.test(before) || LIST_COLON.test(before))) return undefined;
    if (lo > 0 && describingVerb(before, text.slice(at))) return undefined;
    if (atSentenceStart(text, at) || /["“«:]\s*$/u.test(text.slice(0, at))) {
      return at;
    }
    // «، موضحةً أن …»: the prompt gives the participle its verb and speaker (`prompts.ts`).
    if (sayingParticiple(text.slice(at, parts[lo]?.end ?? at)) !== undefined) {
      return at;
    }
    const drop = readableStart(text.slice(at, parts[lo]?.end ?? at));
    return drop === undefined || at + drop > from ? undefined : at + drop;
  };
  const words = (start: number, hi: number) => wordCount(text.slice(start, parts[hi]?.end ?? 0));
  const partText = (i: number) => text.slice(parts[i]?.start ?? 0, parts[i]?.end ?? 0);
  const goodEnd = (start: number, hi: number) => {
    // Past the asides that follow: «يطالب المضربون، وعددهم نحو 1800 عامل، بتثبيت…».
    // A statement's window also goes past a day between commas («، اليوم الثلاثاء،»).
    let next = hi + 1;
    let day = tight && dayAside(partText(hi));
    while (next < parts.length) {
      day ||= tight && dayAside(partText(next));
      if (!aside(partText(next)) && !(tight && dayAside(partText(next)))) break;
      next++;
    }
    if (next >= parts.length) {
      return true;
    }
    // «استعادت مريم أبو بكر، 72 عامًا، باب بيت جدها»: an age between commas interrupts a
    // clause that goes on after it; no window ends just before it or at it.
    if (AGE_ASIDE.test(partText(hi)) || AGE_ASIDE.test(partText(hi + 1))) {
      return false;
    }
    // «بدأت السلطات في مدينة بلدوين، | عاصمة إقليم هيران وسط الصومال، | تشغيل نظام…»: a name's
    // apposition between commas, and the verb's object after it.
    if (
      tight &&
      next === hi + 1 &&
      verbless(partText(next)) &&
      objectAfterComma(partText(next + 1))
    ) {
      return false;
    }
    // A day between commas comes between a verb and its object: only a new clause may follow.
    if (day) {
      return opensNextClause(partText(next));
    }
    if (tight && continuesClause(partText(next), next > hi + 1 || aside(partText(hi)))) {
      return false;
    }
    // The window's own asides at its end: the clause they interrupt ends before them.
    let own = hi;
    while (own > 0 && (parts[own]?.start ?? 0) > start && aside(partText(own))) {
      own--;
    }
    if (next > hi + 1 || own < hi) {
      return afterAside(text.slice(start, parts[own]?.end ?? 0), partText(next));
    }
    return (
      opensNextClause(partText(next)) || completeClause(text.slice(start, parts[hi]?.end ?? 0))
    );
  };
  const starts = Array.from({ length: k + 1 }, (_, lo) => ({ lo, start: startOf(lo) })).filter(
    (s): s is { lo: number; start: number } => s.start !== undefined && words(s.start, last) <= max
  );
  // A statement: the sentence's start when it fits, else the clause nearest the answer, ending
  // at the first good end. A blank: the earliest start, ending at the last good end that fits
  // (a blank's window may end anywhere when no good end fits).
  const order = tight ? [...starts.filter((s) => s.lo === 0), ...starts.reverse()] : starts;
  for (const { lo, start } of order) {
    const ends = Array.from({ length: parts.length - last }, (_, i) => last + i).filter(
      (hi) => words(start, hi) <= max
    );
    const good = ends.filter((hi) => goodEnd(start, hi));
    const hi = tight ? good[0] : (good.at(-1) ?? ends.at(-1));
    if (hi === undefined) {
      continue;
    }
    const r = balanced(text, parts, lo, hi, k, last);
    return { start: Math.max(r.start, start), end: r.end };
  }
  return undefined;
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

// ------------------------------------------------------------------------------------------------
// Numbers and the nouns they count

/**
 * The counting class of a number written in digits, which decides the form of the noun after it:
 * 1–2 (`one`), 3–10 with a plural (`few`: «8 منتخبات»), 11–99 with a singular accusative (`many`:
 * «11 منتخباً»), round hundreds and thousands with a singular genitive (`round`: «100 منتخب»). A
 * larger number counts by its last two digits («103 منتخبات»), a fraction under 3 like a round one,
 * a larger one as its whole part does («4.5 ملايين»). The classes are `numbers.ts` `countingClass`'s.
 */
export type CountClass = 'one' | 'few' | 'many' | 'round';

export function countClass(n: number): CountClass {
  return CLASS_OF[countingClass(n)];
}

const CLASS_OF = {
  'one-two': 'one',
  few: 'few',
  many: 'many',
  hundreds: 'round',
  fraction: 'round'
} as const satisfies Record<ReturnType<typeof countingClass>, CountClass>;

// Scale words: plural after 3–10, singular (as news writes them, «30 مليار دولار») otherwise.
const SCALES: readonly [string, string][] = [
  ['ألف', 'آلاف'],
  ['مليون', 'ملايين'],
  ['مليار', 'مليارات']
];
// Words after a number that never change with it: percent, foreign units.
const INVARIANT = /^(?:في|بالمئة|بالمائة|%|٪|ميغاواط|كيلوواط|كم|كلم|دولار|يورو|درجة|[A-Za-z].*)$/u;

const fold = (w: string) => normalizeSearch(w);
const TANWEEN_ALEF = /(?:ا|\u064B|\u064C|\u064D)+$/u;
/** A word reduced to its consonants: «أهداف», «هدفاً» and «هدف» share «هدف». */
const skeleton = (w: string) =>
  fold(w)
    .replace(/^[اأ](?=\S{3})/u, '')
    .replace(/(?:ات|اً|ا|ه)$/u, '')
    .replace(/[اوي]/gu, '');

/** Singular and plural forms of counted nouns, learnt from the article's own words. */
export class CountedNouns {
  private readonly bySkeleton = new Map<string, Set<string>>();

  constructor(articleText: string) {
    for (const w of articleText.split(/[\s،؛:.,;«»"()]+/u)) {
      const bare = w.replace(/^(?:[وفبل]?ال|[وفبل])(?=\S{3})/u, '');
      if (/^\p{L}{3,}$/u.test(bare)) {
        const k = skeleton(bare);
        this.bySkeleton.set(k, new Set([...(this.bySkeleton.get(k) ?? []), bare]));
      }
    }
  }

  /** The article's plural of a singular («هدف» → «أهداف», «طائرة» → «طائرات»). */
  plural(singular: string): string | undefined {
    const forms = [...(this.bySkeleton.get(skeleton(singular)) ?? [])];
    const sound = forms.find((f) => f === `${singular.replace(/ة$/u, '')}ات`);
    return sound ?? forms.find((f) => /^[أا]\S\S[ا]\S$/u.test(f) && f !== singular);
  }

  /** The article's singular of a plural («أهداف» → «هدف»), without tanween. */
  singular(plural: string): string | undefined {
    const forms = [...(this.bySkeleton.get(skeleton(plural)) ?? [])].map((f) =>
      f.replace(TANWEEN_ALEF, '')
    );
    const stem = plural.replace(/ات$/u, '');
    return (
      forms.find((f) => f === `${stem}ة` || (f === stem && stem !== plural)) ??
      forms.find((f) => f !== plural && f.length < plural.length && !/ات$/u.test(f))
    );
  }
}

function accusative(word: string): string {
  return /[ةىاء]$/u.test(word) || /اً$/u.test(word) ? word : `${word}اً`;
}

/**
 * The words after a number changed from `from` to `to`, in agreement with it («8 منتخبات» →
 * «11 منتخباً»، «16 هدفاً» → «5 أهداف»، «3 مليارات دولار» → «30 مليار دولار»), or undefined when
 * the noun's other form is not known. `after` starts right after the number.
 */
export function agreeCount(
  after: string,
  from: number,
  to: number,
  nouns: CountedNouns
): string | undefined {
  const m = /^(\s+)(\S+)/u.exec(after);
  const a = countClass(from);
  const b = countClass(to);
  if (m === undefined || m === null || a === b) {
    return after;
  }
  const [, space = ' ', word = ''] = m;
  const rest = after.slice(m[0].length);
  const bare = word.replace(/[،,.؛:»")]+$/u, '');
  const tail = word.slice(bare.length);
  const scale = SCALES.find(([s, p]) => [s, p].map(fold).includes(fold(bare).replace(/ا$/u, '')));
  if (scale !== undefined) {
    return `${space}${b === 'few' ? scale[1] : scale[0]}${tail}${rest}`;
  }
  if (INVARIANT.test(bare) || a === 'one' || b === 'one') {
    return INVARIANT.test(bare) ? after : undefined;
  }
  const singular = a === 'few' ? nouns.singular(bare) : bare.replace(/اً$/u, '');
  if (singular === undefined) {
    return undefined;
  }
  const noun =
    b === 'few' ? nouns.plural(singular) : b === 'many' ? accusative(singular) : singular;
  // An adjective in the accusative («متراً مكعباً») follows the noun; its plural is not known.
  const adjective = /^\s+(\S+اً)/u.exec(rest)?.[1];
  if (noun === undefined || (adjective !== undefined && (a === 'few' || b === 'few'))) {
    return undefined;
  }
  const fixedRest =
    adjective === undefined
      ? rest
      : rest.replace(adjective, b === 'many' ? adjective : adjective.replace(/اً$/u, ''));
  return `${space}${noun}${tail}${fixedRest}`;
}
