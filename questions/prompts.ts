import { latinDigits, normalizeAnswer } from '../src/lib/domain/answers';
import {
  capitalise,
  clauseWindow,
  englishWindow,
  MAX_PROMPT_WORDS,
  MAX_STATEMENT_WORDS
} from './agreement';
import { BLANK, containsWords, foldPhrase, wordCount } from './arabic';
import { englishFor } from './english';
import {
  attributionOnly,
  describesNounBefore,
  opensOnPronoun,
  opensWithReferent,
  sayingParticiple,
  verbLike,
  accusativeObject,
  subjectless,
  unbalancedQuote
} from './fragments';
import { insideIdentifier } from './identifiers';
import { numberWord } from './numbers';
import { CURRENCIES, englishForms, findEnglish, type Entity, type Mention } from './entities';
import { answerOf, isDescription, namedByOffice } from './kinds';
import type { Located, MentionIndex } from './pipeline/mentions';
import { replaceAt } from './util';
import { situate, withoutAmma, withoutReply } from './setting';
import {
  restoreReferents,
  restoreSubject,
  type ReferentContext,
  type ShownClause,
  restoreSaid,
  restorePersonNoun,
  restoreSpeaker,
  restoreParticiple
} from './referents';

const MIN_WORDS = 6;

/** The Arabic of a question on one mention: the sentence, or the clauses around the mention. */
export interface ArabicPrompt {
  window: { start: number; end: number };
  /** The whole sentence is shown (no trimming). */
  whole: boolean;
  /** The sentence or clause as the article writes it (the evidence). */
  quote: string;
  /** The sentence or clause shown: `quote` with its subject and bare references restored. */
  text: string;
  /** Bare definite references («المشروع») the article gives no fuller form of. */
  unresolved: string[];
  /** The mentions inside it. */
  shown: Mention[];
  blankStart: number;
  blankEnd: number;
  /** `text` with the blank in place of the mention (its clitics kept in front). */
  prompt: string;
}

/** The English counterpart of the prompt's text, and where the answer sits in it. */
export interface EnglishText {
  text: string;
  hit: { start: number; end: number; text: string };
}

/** How long a prompt may be and how it is cut; `related` tells a name that gives the answer away. */
export interface PromptShape {
  max: number;
  /** A statement: the answer's clause alone, no context grown around it. */
  tight: boolean;
  related?: (entityId: string) => boolean;
  /** A blank's: set in the article's country (`referents.setting`) when it names no place. */
  situated?: boolean;
}

export const BLANK_SHAPE: PromptShape = { max: MAX_PROMPT_WORDS, tight: false };
export const STATEMENT_SHAPE: PromptShape = { max: MAX_STATEMENT_WORDS, tight: true };

const PLAN = String.raw`(?:^|\s)[وفبل]?(?:رؤية|استراتيجية|إستراتيجية|أجندة)\s+`;
const PLAN_BEFORE = new RegExp(`${PLAN}$`, 'u');
const PLAN_YEAR_BEFORE = new RegExp(`${PLAN}\\S+\\s+$`, 'u');
const STATE_FORM_BEFORE = /(?:^|\s)[وفبلك]?(?:ال)?(?:سلطنة|مملكة|إمارة)\s+$/u;
// «خلال شهر رمضان»، «في رمضان»، «عيد الأضحى» (not «بن رمضان», a name).
const HIJRI_SEASON =
  /(?:^|\s)(?:(?:[وفبل]?شهر|خلال|في|قبل|بعد|منذ|طوال)\s+رمضان|[وفبل]?(?:ال)?(?:عيد الفطر|عيد الأضحى|موسم الحج))(?=[\s،,.]|$)/u;
// «شارع 9 أفريل»، «ميدان 6 أكتوبر»، «مدينة 6 أكتوبر»: a street, square, bridge or town named by
// a date or a number.
const PLACE_NAMED_BEFORE =
  /(?:^|\s)[وفبلك]?(?:شارع|نهج|ساحة|ميدان|جسر|جادة|حي|حيّ|مدينة|ضاحية|ملعب|مدرسة|مستشفى|حديقة)\s+$/u;

/** Why a mention is never asked about, whatever its context. */
function refusedMention(sentence: string, m: Mention, entity: Entity | undefined) {
  if (entity?.type === 'event') {
    return 'events are asked about by hand-written items';
  }
  if (isDescription(entity)) {
    return 'a description of a person or a body, not a name';
  }
  // «قال ____ إن الهدف…» for «رئيس التعاونية»: the office's holder, named elsewhere, is as right.
  if (entity?.type === 'person' && namedByOffice(entity)) {
    return 'a person named by an office, not a name';
  }
  const before = sentence.slice(0, m.start);
  // «مليار دينار جزائري»: a currency's country is part of its name, never swapped or asked.
  if (m.kind === 'nisba' && CURRENCY_BEFORE.test(before)) {
    return 'the country of a currency';
  }
  // «ذهبت جائزة ____ إلى…»: a prize is named after its giver; any body reads as right.
  if (/(?:^|\s)[وفب]?(?:ال)?جائزة\s+$/u.test(before)) {
    return 'the name of a prize';
  }
  const numeric = m.kind === 'number' || m.kind === 'year' || entity?.type === 'number';
  const refused =
    (numeric || m.kind === 'date' ? refusedFigure(sentence, m, numeric) : undefined) ??
    (entity?.type === 'country' ? refusedCountry(sentence, m) : undefined);
  if (refused !== undefined) {
    return refused;
  }
  // «من أكثر المحاور ازدحامًا في ____»: a superlative's range may be the city, the country or
  // the region; each reads as right.
  if (PLACES.has(entity?.type ?? '') && SUPERLATIVE_IN.test(before + m.prefix)) {
    return 'the range of a superlative («من أكثر … في ____»): any place around reads as right';
  }
  if (!numeric && examples(sentence, m)) {
    return 'one of a list of examples («بينها فرنسا والصين»): others of its kind may be right';
  }
  return undefined;
}

const PLACES = new Set(['country', 'place', 'region']);
const SUPERLATIVE_IN =
  /(?:^|\s)(?:من\s+)?(?:أكثر|أكبر|أطول|أعلى|أقدم|أهم|أفضل|أسرع|أحدث|أوسع|أعمق|أول|أولى)\s+(?:\S+\s+){0,3}في\s*$/u;

/** Why a number, year or date is never asked about. */
function refusedFigure(sentence: string, m: Mention, numeric: boolean): string | undefined {
  const before = sentence.slice(0, m.start);
  // «شارع 9 أفريل»: a date or number that names a place.
  if (/^[\d٠-٩]/u.test(latinDigits(m.core)) && PLACE_NAMED_BEFORE.test(before + m.prefix)) {
    return 'part of a place’s name («شارع 9 أفريل»)';
  }
  const known = m.kind === 'date' || m.kind === 'year' ? knownDate(sentence, m) : undefined;
  if (known !== undefined || !numeric) {
    return known;
  }
  const digits = /\d/u.test(latinDigits(m.core));
  if (!digits && numberWord(m.core) === undefined) {
    return 'a number written in words other than 3 to 10 (no wrong options of its kind)';
  }
  if (conversion(sentence, m)) {
    return 'an amount given with its conversion («أي نحو …»): worked out by the exchange rate';
  }
  // A number in words («درجتين») is never part of a code or model number.
  if (digits && insideIdentifier(sentence, m.start + m.prefix.length, m.end)) {
    return 'part of a name, code, score or model number';
  }
  const value = digits ? Number(latinDigits(m.core)) : numberWord(m.core)?.value;
  if (value !== undefined && value >= 2 && listed(sentence.slice(m.end)) === value) {
    return 'a count of the list that follows it («أربع ألعاب هي «…» و«…»…»)';
  }
  return undefined;
}

/**
 * How many things the words after a count list: «ألعاب هي «فالورانت» و«ببجي موبايل»…» names
 * each in guillemets, «دول هي مصر والأردن ولبنان» joins them with «و», «أفراد، بينهم طبيب
 * ومساعدان ومتطوعان» counts a dual as two; undefined when no list.
 */
function listed(after: string): number | undefined {
  const clause = after.split(/[.؛;]/u)[0] ?? '';
  const quoted = clause.match(/«[^»]+»/gu)?.length ?? 0;
  if (quoted >= 2) return quoted;
  const found = /^\s*\S+\s*[،,]?\s+(هي|هم|وهي|وهم|بينهم|بينها|منهم|منها)\s+([^،,]+)/u.exec(clause);
  if (found === null) return undefined;
  const members = (found[2] ?? '').split(/\s+و(?=\S)/u);
  // Duals are counted among the members of a group («بينهم»), not in a list of names («هي
  // مصر ولبنان»), where «ان» ends many.
  if (!/^(?:بين|من)/u.test(found[1] ?? '')) return members.length;
  const first = members.map((m) => foldPhrase(m.split(/\s+/u)[0] ?? ''));
  return first.reduce((n, w) => n + (/\S{3,}(?:ان|ين)$/u.test(w) ? 2 : 1), 0);
}

// «دورة الألعاب البارالمبية في لوس أنجلوس صيف 2028»، «كأس العالم 2022»: the dates of the
// Games and of the World Cup are known without the article (not of «كأس العالم للشباب», nor of
// «الأولمبياد العربي للروبوت»; «أولمبياد باريس» names the Games by their city).
const GAMES =
  /(?:الألعاب|الالعاب)\s+(?:الأولمبية|الاولمبية|البارالمبية|البارالمبيه|الأولمبيه|الباراأولمبية)|(?<![\p{L}])[وفب]?[أا]ولمبياد\s+(?!ال|لل)\S|(?:كأس|كاس) العالم(?!\s+لل)|المونديال/u;

/** Why a date or year is known without the article, or undefined. */
function knownDate(sentence: string, m: Mention): string | undefined {
  const before = sentence.slice(0, m.start);
  // «أُطلقت في ____ خلال شهر رمضان»: the month of Ramadan (or of a feast, or the pilgrimage)
  // tells the Gregorian date.
  if (HIJRI_SEASON.test(sentence)) {
    return 'a date its Hijri season gives away («خلال شهر رمضان»)';
  }
  if (GAMES.test(sentence)) {
    return 'a date of the Olympic or Paralympic Games or the World Cup, known without the article';
  }
  // «خلال جائحة كورونا عام ____»: the year of the pandemic is known without the article.
  if (m.kind === 'year' && /(?:كورونا|كوفيد)\S*\s+(?:\S+\s+)?$/u.test(before)) {
    return 'the year of the pandemic, known without the article';
  }
  if (m.kind === 'year' && PLAN_YEAR_BEFORE.test(before)) {
    return 'part of a plan’s name («رؤية عمان 2040»)';
  }
  // «بعد عامين على الزلزال الذي ضرب المنطقة ليلة ____»: the disaster the story follows up.
  if (
    /(?:الزلزال|الإعصار|الفيضانات?)\s+(?:الذي|التي)\s+(?:ضرب|ضربت|اجتاح|اجتاحت)\S*(?:\s+\S+){0,4}\s*$/u.test(
      before
    )
  ) {
    return 'the date of the disaster the story follows, known to its readers';
  }
  return undefined;
}

// «في كوبي باليابان»، «في صفاقس بتونس»: a city and its country after «ب».
const CITY_THEN_COUNTRY = /(?:^|\s)[وف]?(?:في|من|إلى)\s+\S+\s+$/u;

/** Why a country is never asked about: its name is part of another or given away. */
function refusedCountry(sentence: string, m: Mention): string | undefined {
  const before = sentence.slice(0, m.start);
  // «سلطنة ____»: the form of a state names it (a sultanate is Oman), and «سلطنة مصر» is false
  // on its face.
  if (STATE_FORM_BEFORE.test(before)) {
    return 'the form of a state names the country («سلطنة ____»)';
  }
  // «قوات حرس الحدود السعودية»: a country written with «ال» right after a definite noun is its
  // adjective, and no other country reads there.
  const previous = /(\S+)\s+$/u.exec(before)?.[1] ?? '';
  if (
    m.prefix === '' &&
    /^ال/u.test(m.core) &&
    /^ال\S{2,}$/u.test(previous) &&
    !/^ال[يى]$/u.test(previous)
  ) {
    return 'a country’s name read as an adjective («حرس الحدود السعودية»)';
  }
  // «حي مصر القديمة»، «مصر الجديدة»: a district of Cairo, not the country.
  if (/^\s+(?:القديمة|الجديدة)(?![\p{L}\p{M}])/u.test(sentence.slice(m.end))) {
    return 'part of a district’s name («مصر القديمة»)';
  }
  // «مدينة الكويت»: a city named after its country, the only country «مدينة» takes.
  if (/(?:^|\s)[وفبل]?مدينة\s+$/u.test(before + m.prefix)) {
    return 'a city named after its country («مدينة الكويت»)';
  }
  // «رؤية عمان 2040»: a plan named by a country and a year is one name, blanked in neither part.
  if (PLAN_BEFORE.test(before) && /^\s*\d{4}/u.test(sentence.slice(m.end))) {
    return 'part of a plan’s name («رؤية عمان 2040»)';
  }
  // «من تونس والجزائر و____ وفرنسا»: the other countries of a list (and the region) tell it.
  if (m.prefix === 'و' && (/^\s+و\S/u.test(sentence.slice(m.end)) || /\sو\S+\s+$/u.test(before))) {
    return 'one of a list of countries: the others and their region tell it';
  }
  if (/^ب/u.test(m.prefix) && CITY_THEN_COUNTRY.test(before)) {
    return 'the country of the city before it («في كوبي باليابان»): known without the article';
  }
  return undefined;
}

const CURRENCY_BEFORE = new RegExp(`(?:${CURRENCIES.join('|')})\\S*\\s+$`, 'u');

// «18.5 مليار ريال، أي نحو 4.9 مليار دولار»: the second amount converts the first.
// «52 مليون درهم (نحو 5.6 ملايين دولار)»: or in brackets after the currency.
const CONVERTS = new RegExp(
  `(?:(?:^|[\\s،,])(?:أي|بما|ما)?\\s*(?:ما\\s+)?(?:يعادل|يوازي|أي)\\s+|(?:${CURRENCIES.join('|')})\\S*(?:\\s+\\S+)?\\s*\\(\\s*(?:أي\\s+|ما يعادل\\s+)?)(?:نحو\\s+|حوالي\\s+|قرابة\\s+)?$`,
  'u'
);
const CONVERTED =
  /^\s*(?:\S+\s+){0,3}?\S+(?:[،,]\s*(?:أي|بما يعادل|ما يعادل|أي ما يعادل)\s|\s*\(\s*(?:أي\s+|ما يعادل\s+)?(?:نحو\s+|حوالي\s+|قرابة\s+)?[0-9٠-٩])/u;

/** A prompt's span of its sentence, as it is narrowed step by step (undefined: none reads). */
type PromptSpan = { start: number; end: number } | undefined;

/**
 * An amount shown with its conversion after it is worked out from it: the prompt ends before
 * «، أي نحو …» («عقدًا بقيمة ____ مليار ريال»).
 */
function beforeConversion(sentence: string, m: Mention, window: PromptSpan): PromptSpan {
  if (window === undefined || m.kind === 'entity') return window;
  const hit = CONVERTED.exec(sentence.slice(m.end, window.end));
  if (hit === null) return window;
  const comma = hit[0].search(/[،,(]/u);
  return { start: window.start, end: m.end + hit.index + comma };
}

// «عبّر عن استيائه قائلا:»: the word that announces a quotation the window leaves out.
// («مضيفًا» has its tanween before the alif, «مضيفاً» after it.)
const SAYING_END = /[\s،,]+(?:قائلين|(?:قائل|مضيف)\u064B?[اة]\u064B?)\s*[:،,]?\s*$/u;

/** The window without a closing «قائلا» whose quotation it leaves out. */
function beforeSaying(sentence: string, m: Mention, window: PromptSpan): PromptSpan {
  if (window === undefined) return window;
  const hit = SAYING_END.exec(sentence.slice(window.start, window.end));
  if (hit === null || window.start + hit.index < m.end) return window;
  return { start: window.start, end: window.start + hit.index };
}

// «…، بينما ارتفع المؤشر…»، «…، مضيفًا: «…»»: after the answer's clause, a second fact set against
// it or a quotation the speaker adds.
const TAIL = /[،,]\s*(?:(?:بينما|في حين)\s|(?:قائل|مضيف)(?:ا|ًا|اً|ة|ةً)?\s*:)/u;

/** The window without a tail after the answer's clause that says something else. */
function beforeTail(sentence: string, m: Mention, window: PromptSpan): PromptSpan {
  if (window === undefined || window.end <= m.end) return window;
  const hit = TAIL.exec(sentence.slice(m.end, window.end));
  return hit === null ? window : { start: window.start, end: m.end + hit.index };
}

// «، وإن ثلاثة زوارق…»: after a verb of saying, each «وإن» opens another thing said.
const NEXT_SAID = /[،,]\s*و(?:إن|أن|إنّ|أنّ)\s+/gu;

/**
 * «قال… إن نداء الاستغاثة وصل…، وإن ثلاثة زوارق… قرابة ____ ساعات»: a window cut after the «إن»
 * of what was said keeps, of the things said, the one with the answer (the second «وإن» had lost
 * its verb of saying).
 */
function oneThingSaid(sentence: string, m: Mention, window: PromptSpan): PromptSpan {
  if (window === undefined) return window;
  if (!/(?:^|\s)و?(?:أن|إن|أنّ|إنّ)\s*$/u.test(sentence.slice(0, window.start))) return window;
  let { start, end } = window;
  for (const hit of sentence.slice(window.start, window.end).matchAll(NEXT_SAID)) {
    const at = window.start + hit.index;
    if (at + hit[0].length <= m.start) start = at + hit[0].length;
    else if (at >= m.end) {
      end = at;
      break;
    }
  }
  return { start, end };
}

/** The steps that narrow a prompt's window around its answer, in order. */
const NARROWINGS = [beforeConversion, beforeSaying, beforeTail, oneThingSaid];

/** Whether a number is an amount's conversion («أي نحو ____ مليار دولار»). */
function conversion(sentence: string, m: Mention): boolean {
  return CONVERTS.test(sentence.slice(0, m.start));
}

// «بينها تحالفات من فرنسا والصين وتركيا»: «among them» names some, not all; another of its kind
// the article names may be one too («لا سيما» singles them out: asked).
const EXAMPLES = /(?:بينها|بينهم|منها|منهم|مثل)\s+(?:\S+\s+){0,5}$/u;

/** Whether a name is one of a list of examples («بينها …، ومنها …، مثل …»). */
function examples(sentence: string, m: Mention): boolean {
  const before = sentence.slice(0, m.start);
  const listed = /^\s*[،,]?\s*و\S/u.test(sentence.slice(m.end)) || /\sو$/u.test(before + m.prefix);
  return listed && EXAMPLES.test(before);
}

/**
 * The names that give `entity` away when a prompt shows them: its country (and the country's
 * adjective, a mention of the same entity), the places, bodies and people of a country, and for
 * a place or a body, the others of its country («واشنطن» after «الكونغرس الأميركي»).
 */
export function relatedNames(
  entity: Entity | undefined,
  byId: ReadonlyMap<string, Entity>
): ((entityId: string) => boolean) | undefined {
  if (entity === undefined || entity.type === 'person') {
    return undefined;
  }
  return (id) => {
    const other = byId.get(id);
    if (other === undefined || id === entity.id) {
      return false;
    }
    if (id === entity.country || other.country === entity.id) {
      return true;
    }
    // A city after a body or another place of its country («واشنطن» after «الكونغرس الأميركي»).
    return (
      entity.type === 'place' &&
      entity.country !== undefined &&
      other.country === entity.country &&
      other.type !== 'person'
    );
  };
}

/** The Arabic prompt on mention `m`, or why none can be made (a rejected cloze). */
export function arabicPrompt(
  loc: Located,
  m: Mention,
  entity: Entity | undefined,
  shape: PromptShape = BLANK_SHAPE,
  referents?: ReferentContext
): ArabicPrompt | string {
  const whole = promptIn(loc, m, entity, shape, referents);
  if (typeof whole !== 'string' && whole.unresolved.length === 0) {
    return whole;
  }
  const k = subordinateStart(loc.sentence.text, m.start);
  if (
    k === undefined ||
    bareSubject(loc.sentence.text.slice(k)) ||
    noSubject(loc.sentence.text.slice(k))
  ) {
    return whole;
  }
  const from = shifted(loc, k);
  if (!namesSubject(from)) {
    return whole;
  }
  const at = from.mentions[loc.mentions.filter((o) => o.start >= k).indexOf(m)] ?? moved(m, -k);
  const cut = promptIn(from, at, entity, shape, referents);
  return typeof cut === 'string' || cut.unresolved.length > 0 ? whole : shiftedBack(cut, k, loc);
}

/**
 * «وجاء القرار بعد أن أعلن الجهاز … أن التضخّم بلغ 33.7»: a main clause that leans on what came
 * before, then a clause of fact that reads on its own once its connector goes. Where that clause
 * starts (after the last such connector before `from`), or undefined. Connectors of a fact or a
 * plan only: «قبل أن توافق» would state what may not have happened; a present after one («عندما
 * يبلغ») a condition.
 */
export function subordinateStart(sentence: string, from: number): number | undefined {
  const re = /(?<=^|\s)[وف]?(?:بعد أن|بعدما|عندما|حينما|حين|على أن)\s+(?=\S)/gu;
  let k: number | undefined;
  for (const hit of sentence.matchAll(re)) {
    const end = hit.index + hit[0].length;
    // «صفراء عندما يبلغ منسوب النهر 6.5 متر»: a verb in the present («يـ») after it sets a condition,
    // not a fact.
    const verb = /^\S+/u.exec(sentence.slice(end))?.[0] ?? '';
    if (/حين|عندما/u.test(hit[0]) && /^ي/u.test(verb) && verbLike(verb)) continue;
    if (end <= from && hit.index > 0) k = end;
  }
  return k;
}

/**
 * Whether a clause cut after its connector opens on a verb whose subject is a bare definite noun
 * that nothing specifies («يبدأ الضخ التجريبي في 15 أيار»: the pumping of what?), unlike «أعلن
 * الجهاز المركزي للتعبئة …» or «تبدأ المرحلة الثانية من الحملة».
 */
export function bareSubject(clause: string): boolean {
  const [, subject, ...rest] = clause.trim().split(/\s+/u);
  if (subject === undefined || !/^ال/u.test(subject)) {
    return false;
  }
  // «حين يتجاوز الطلب صيفًا 38 ألف ميجاوات»: an adverb in tanween or a figure says no more of
  // what the subject is than nothing after it.
  const next = rest.find((w) => !/^ال/u.test(w) && !/[\u064B-\u064D]/u.test(w));
  return (
    next === undefined ||
    /^[\d٠-٩]/u.test(next) ||
    /^(?:في|على|إلى|عند|حتى|قبل|بعد|خلال|منذ|مع)$/u.test(next)
  );
}

/**
 * «بعد أن تجاوز 28 دينارا»: a clause whose verb is followed by a number, an accusative or a
 * preposition has its subject in the main clause it was cut from (the price, not named), so it
 * says nothing alone.
 */
function noSubject(clause: string): boolean {
  const second = clause.trim().split(/\s+/u)[1] ?? '';
  // «على أن تفتتح مكتباً إقليمياً»: an accusative after the verb is its object, not its subject.
  return /^[\d٠-٩]|(?:اً|ًا)$/u.test(second) || subjectless(clause, true);
}

/**
 * «بعدما قطع مسافة 42.195 كيلومترا»: a cut clause's verb needs its subject next, a definite noun
 * («تجاوز التضخم»), one in construct with a definite noun («تجاوز عدد الزوار») or a name the article
 * knows («أعلنت وزارة الصحة»); an indefinite word there is its object, the subject left in the
 * main clause.
 */
function namesSubject(clause: Located): boolean {
  const text = clause.sentence.text;
  const second = /^\s*\S+\s+/u.exec(text)?.[0].length ?? text.length;
  const [word = '', next = ''] = text.slice(second).split(/\s+/u);
  // «تجاوز عدد الزوار»: a noun in construct with a definite one is a subject too.
  return (
    /^(?:[وفبلك]?ال|لل)/u.test(word) ||
    /^ال/u.test(next) ||
    clause.mentions.some((o) => o.kind === 'entity' && o.start <= second && second < o.end)
  );
}

const moved = (m: Mention, by: number): Mention => ({ ...m, start: m.start + by, end: m.end + by });

/** The sentence from `k` on, its mentions with it. */
function shifted(loc: Located, k: number): Located {
  const s = loc.sentence;
  return {
    ...loc,
    sentence: { start: s.start + k, end: s.end, text: s.text.slice(k) },
    mentions: loc.mentions.filter((o) => o.start >= k).map((o) => moved(o, -k))
  };
}

/** A prompt cut from the sentence at `k`, in the whole sentence's terms again. */
function shiftedBack(p: ArabicPrompt, k: number, loc: Located): ArabicPrompt {
  const window = { start: p.window.start + k, end: p.window.end + k };
  const shown = loc.mentions.filter((o) => o.start >= window.start && o.end <= window.end);
  return { ...p, window, whole: false, shown };
}

function promptIn(
  loc: Located,
  m: Mention,
  entity: Entity | undefined,
  shape: PromptShape,
  referents?: ReferentContext
): ArabicPrompt | string {
  const sentence = loc.sentence.text;
  const refused = refusedMention(sentence, m, entity);
  if (refused !== undefined) {
    return refused;
  }
  if (wordCount(sentence) < MIN_WORDS) {
    return `sentence too short for context (under ${MIN_WORDS} words)`;
  }
  // Long sentences are trimmed to the clauses around the answer that read on their own.
  const window = NARROWINGS.reduce<PromptSpan>(
    (w, narrow) => narrow(sentence, m, w),
    clauseWindow(sentence, m.start, m.end, shape.max, shape.tight)
  );
  if (window === undefined) {
    return `no clause of at most ${shape.max} words around the answer that reads on its own`;
  }
  const quote = sentence.slice(window.start, window.end);
  if (wordCount(quote) < MIN_WORDS) {
    return `clause too short for context (under ${MIN_WORDS} words)`;
  }
  const unread =
    unreadable(quote, window.start, shape) ??
    endsInAside(quote, window.end, sentence) ??
    speakerCut(quote, sentence.slice(0, window.start)) ??
    afterApposition(sentence.slice(0, window.start)) ??
    afterRelative(sentence.slice(0, window.start), quote) ??
    thatWithoutVerb(quote, sentence.slice(0, window.start)) ??
    (shape.tight ? partOfTotal(quote, sentence.slice(0, window.start)) : undefined);
  if (unread !== undefined) {
    return unread;
  }
  const answer = answerOf(m);
  const clause = shownClause(
    {
      text: quote,
      blankStart: m.start + m.prefix.length - window.start,
      blankEnd: m.end - window.start,
      unresolved: []
    },
    { sentence, windowStart: window.start, answer },
    referents
  );
  if (typeof clause === 'string') {
    return clause;
  }
  // «المشروع» restored as «مشروع ترميم معبد قصر البنت» can take a sentence past the limit: the
  // window is cut again, shorter by what the restoring added.
  const over = wordCount(clause.text) - shape.max;
  if (over > 0) {
    return promptIn(loc, m, entity, { ...shape, max: wordCount(quote) - over }, referents);
  }
  const { text, blankStart, blankEnd, unresolved } = clause;
  const shown = loc.mentions.filter((o) => o.start >= window.start && o.end <= window.end);
  const prompt = replaceAt(text, blankStart, blankEnd, BLANK);
  const sameFact = (other: Mention) =>
    other !== m &&
    ((m.entityId !== undefined && other.entityId === m.entityId) ||
      normalizeAnswer(answerOf(other)) === normalizeAnswer(answer));
  if (shown.some(sameFact) || containsWords(prompt, answer)) {
    return 'the answer occurs again in the sentence';
  }
  if (entity?.type !== 'person' && shape.related !== undefined) {
    if (shown.some((o) => o !== m && o.entityId !== undefined && shape.related?.(o.entityId))) {
      return 'given away by its country, capital, city or nationality in the prompt';
    }
  }
  // Whole: the sentence, bar a leading conjunction dropped.
  const whole =
    window.end === sentence.length &&
    /^(?:|[وف]|لكن|لكنّ|ثم|بل)$/u.test(sentence.slice(0, window.start).trim());
  // A number or a date is set in the country; a name is not: «في مصر، يتوقع ____» puts
  // Goldman Sachs, and every other option, in Egypt.
  const setting = shape.situated && m.kind !== 'entity' ? referents?.setting : undefined;
  const plain = withoutReply(withoutAmma({ text, prompt, blankStart, blankEnd }));
  const placed = situate(plain, shown, setting);
  return { window, whole, quote, unresolved, shown, ...placed };
}

// «وصف رئيس بلدية طريفة، خوسيه مانويل أرويو، | الخط بأنه…»: a name of two to four words set
// between commas after an office, the clause going on after it.
const APPOSED =
  /[،,]\s*(?!(?:في|من|على|عن|مع|بعد|قبل|خلال|أمس|اليوم)\s)(?!ال)[^\s،,]\S*(?:\s+[^\s،,]+){1,3}\s*[،,]\s*$/u;

// «أن النسخة السابقة، التي استضافتها مدينة الحمّامات…، | شهدت مشاركة 98 رياضيًّا»: a relative
// clause set between commas, the noun it describes before it.
const RELATIVE_ASIDE = /[،,]\s*(?:التي|الذي|الذين|اللتين|اللذين|اللواتي)\s[^،,]+[،,]\s*$/u;

/** Why a window that starts after a relative clause between commas does not read. */
function afterRelative(before: string, quote: string): string | undefined {
  return RELATIVE_ASIDE.test(before) && verbLike(quote.trim().split(/\s+/u)[0] ?? '')
    ? 'the clause starts after a relative clause: its subject is before'
    : undefined;
}

/**
 * «في حين | يصل النزف…، وأن مدة الإقامة…»: a second «وأن» whose verb of saying, and first «أن»,
 * are cut off before the window (and are not written back: the window does not start after «أن»).
 */
function thatWithoutVerb(quote: string, before: string): string | undefined {
  const second = /[،,]\s*وأنّ?\s/u.exec(quote);
  if (second === null) return undefined;
  const governed = /(?:^|\s)[وف]?(?:أن|أنّ|إن|إنّ|بأن|ألا|ألّا|بألا)\s/u.test(
    quote.slice(0, second.index)
  );
  return governed || /(?:^|\s)(?:أن|أنّ|إن|إنّ|بأن)\s*$/u.test(before)
    ? undefined
    : 'a «، وأن…» whose verb and first «أن» are cut off';
}

/** Why a window that starts after a name in apposition does not read (its verb is before). */
function afterApposition(before: string): string | undefined {
  const m = APPOSED.exec(before);
  if (m === null) return undefined;
  const office = before.slice(0, m.index).trim().split(/\s+/u);
  // An office with its complement before the name: «رئيس بلدية طريفة».
  const named = office.length >= 2 && !/[.!؟?:»]$/u.test(office.at(-1) ?? '');
  const words = m[0].replace(/[،,]/gu, ' ').trim().split(/\s+/u);
  const nameOnly = words.every((w) => !verbLike(w) && !/^(?:و|ف)/u.test(w));
  return named && nameOnly
    ? 'the clause starts after a name in apposition: its verb is before'
    : undefined;
}

/**
 * «أكد رئيس الجامعة أن | الجامعة «لم تلجأ…»، موضحًا أن…»: a clause of what was said, cut from
 * after «أن», whose «موضحًا» goes back to the speaker cut off before it.
 */
function speakerCut(quote: string, before: string): string | undefined {
  const said = /(?:^|\s)(?:أن|إن|أنّ|إنّ)\s*$/u.test(before);
  return said && SPEAKER_AFTER.test(quote)
    ? 'the speaker of a «موضحًا»، «مضيفًا» is cut off'
    : undefined;
}

// «يعمل في القطاع نحو 82 ألف عامل…، فيما يبلغ عدد الأردنيين قرابة 28 ألفًا»: a count of some
// of a total the sentence gives before the clause.
const PART = /(?:^|\s)عدد\s+ال\S+\s+(?:(?:نحو|قرابة|حوالي|زهاء)\s+)?[\d٠-٩]/u;

/** A statement that counts a part of a total it does not give, or undefined. */
function partOfTotal(quote: string, before: string): string | undefined {
  return PART.test(quote) && /[\d٠-٩]/u.test(before)
    ? 'the clause counts a part of a total given before it («فيما يبلغ عدد الأردنيين…»)'
    : undefined;
}

// «، موضحًا أن»، «، مضيفةً»: what the speaker adds, said of them.
const SPEAKER_AFTER =
  /[،,]\s*(?:موضح|مضيف|مشير|مؤكد|معتبر|لافت|منوه|منبه|مشدد|محذر)(?:ا|ًا|اً|ة|ةً)?(?=\s|$)/u;

/** Why a clause does not read on its own as it is cut, or undefined. */
function unreadable(quote: string, start: number, shape: PromptShape): string | undefined {
  if (shape.tight && start > 0 && opensWithReferent(quote)) {
    return 'the clause opens with a referent the reader cannot resolve';
  }
  if (shape.tight && attributionOnly(quote)) {
    return 'the clause is only the attribution of a quotation';
  }
  if ((quote.match(/\(/gu)?.length ?? 0) !== (quote.match(/\)/gu)?.length ?? 0)) {
    return 'the clause cuts a bracket (opened or closed alone)';
  }
  // «أما زميلته ريم… (16 عامًا)»: «أما» cut before the «ف» of what it says.
  if (/^و?أما\s/u.test(quote) && !/\sف\S{2,}/u.test(quote)) {
    return 'an «أما» clause cut before its «ف»';
  }
  if (unbalancedQuote(quote)) {
    return 'the clause cuts a quotation (a guillemet opened or closed alone)';
  }
  return undefined;
}

// «، وعددهم نحو 11 ألفًا،»، «، وهو أعلى مستوى…،»: an aside between a subject and its verb.
const ASIDE = /[،,]\s*و(?:(?:عدد|قيمت|حجم|اسم)(?:ه|ها|هم|هما|هن)|هو|هي|هم)\s[^،,]*$/u;

/**
 * Why a clause cut before its sentence's end, at a comma, is unreadable: it ends in an aside
 * («بأن جميع المتطوعين، وعددهم نحو 11 ألفًا، | وقّعوا…»), whose subject waits for its verb.
 */
function endsInAside(quote: string, end: number, sentence: string): string | undefined {
  const cut = end < sentence.length && /^\s*[،,]/u.test(sentence.slice(end));
  if (cut && ASIDE.test(quote)) return 'the clause ends in an aside: its sentence goes on';
  return (
    endsBeforeTerm(quote, end, sentence, cut) ?? endsBeforePredicate(quote, end, sentence, cut)
  );
}

/** The last comma-part of a clause, its words folded. */
const lastPart = (quote: string) =>
  (quote.split(/[،,]/u).at(-1) ?? '').trim().split(/\s+/u).map(foldPhrase);

/**
 * A clause cut before a term it needs: its verb's object or «إلى …» after a relative clause, the
 * «إلى …» of its «من …», the second term of its «بين …», or the «من …» of its «إلى …».
 */
function endsBeforeTerm(quote: string, end: number, sentence: string, cut: boolean) {
  // «أعمال ترميم أعادت إلى هذا المسجد، | الذي شُيّد…، رونقه»: the verb's object is after the
  // relative clause.
  const relative = /^\s*[،,]\s*(?:الذي|التي)\s/u.test(sentence.slice(end));
  const last = lastPart(quote);
  const verbThenTo = last.some(
    (w, i) => i < last.length - 1 && verbLike(w) && TO.test(last[i + 1] ?? '')
  );
  if (relative && verbThenTo) return 'the clause ends before its verb’s object';
  // «يعزو العمران جانبًا من ارتفاع المعدّل، | الذي يفوق…، إلى زواج الأقارب»: the verb's
  // complement is after the relative clause.
  const afterRelative = sentence.slice(end).split(/[،,]/u)[2]?.trim() ?? '';
  if (relative && /^(?:إلى|الى)\s+(?!جانب|أن\s|ان\s)/u.test(afterRelative)) {
    return 'the clause ends before its verb’s complement, after a relative clause';
  }
  // «يمتد المسار 3.5 كيلومتر، من ساحل بوماهر… | ، إلى قلب الأحياء»: a «from» without its «to».
  const from = /^(?:[وف]?من)$/u.test(last[0] ?? '') && !last.some((w) => /^(?:الي|حتي)$/u.test(w));
  if (cut && from && /(?:^|\s)(?:إلى|الى|حتى)\s/u.test(sentence.slice(end))) {
    return 'the clause ends on a «من …» whose «إلى …» comes after';
  }
  // «مشروع يجمع بين مخزن بطاقة 500 طن… | ، ومصنع ثلج…»: a «بين» whose second term is cut off.
  const between = /(?:^|\s)بين\s(.*)$/u.exec(quote)?.[1];
  const secondAfter = /^\s*[،,]\s*و/u.test(sentence.slice(end));
  if (cut && between !== undefined && !/\sو\S/u.test(between) && secondAfter) {
    return 'the clause ends on a «بين» whose second term comes after';
  }
  if (toWithoutFrom(quote, sentence.slice(0, end - quote.length))) {
    return 'the clause has a «، إلى …» whose «من …» is cut off before it';
  }
  return undefined;
}

/**
 * A clause cut in an aside before what it waits for: a relative clause or an aside of place
 * before its subject's predicate or its verb's complement, a relative clause after the subject of
 * «أن», an aside of time between a verb and its object.
 */
function endsBeforePredicate(quote: string, end: number, sentence: string, cut: boolean) {
  const last = lastPart(quote);
  // «إن نحو 35 في المئة من الأسواق، التي يبلغ طولها 13 كيلومترًا، | أُعيد تأهيلها»: the
  // subject's predicate is after the relative clause the window ends in.
  const next = /^\s*[،,]\s*(\S+)/u.exec(sentence.slice(end))?.[1] ?? '';
  const inRelative = /^(?:الذي|التي|الذين)$/u.test(last[0] ?? '');
  // («، وأنتجت …» goes on with the relative clause.)
  const predicate =
    !/^[وف]/u.test(next) && (verbLike(next) || PASSIVE_AF3AL.test(next.normalize('NFC')));
  // «تدافع المهندسة، التي تشرف على مشروع…، | عن العودة إلى…»: the verb's complement.
  const complement = /^(?:عن|على|إلى|الى)$/u.test(next);
  // «دخلت الوحدة في محطة «وادي النقرة»، الواقعة على بُعد 45 كيلومترًا…، | مرحلة التشغيل»:
  // after an aside of place or measure, anything but a new «و» clause goes on the one it cut.
  // (Not before what only adds when or how: «، خلال موسم تنقيب…»، «، بكلفة…».)
  const adds = /^[وفبلك]/u.test(next) || ADVERBIAL.test(foldPhrase(next));
  const described = PLACE_ASIDE.test(last[0] ?? '') && next !== '' && !adds;
  // «أن الموسم، الذي انطلق في مارس 2025، | ضمّ…»: a subject after «أن» waits for its predicate;
  // «شملت، منذ انطلاقها في فبراير 2025، | نحو 41 ألفًا…»: a verb waits for its object.
  const parts = quote.split(/[،,]/u);
  const before = (parts.at(-2) ?? '').trim().split(/\s+/u);
  const aside = /^(?:منذ|خلال|في|بعد|قبل|حتي|عبر|ابتداء|اعتبارا)$/u.test(last[0] ?? '');
  const subjectOfThat = inRelative && /^(?:أن|إن|أنّ|إنّ)$/u.test(before.at(-2) ?? '');
  const verbBefore = aside && before.length > 1 && verbLike(before.at(-1) ?? '');
  // «ووقّعت لجنة مصدّري الحمضيات، في 18 نوفمبر الجاري، | اتفاقًا…»: a verb and its subject wait
  // for the object after the aside.
  const clauseVerb = (parts[0] ?? '').trim().split(/\s+/u)[0] ?? '';
  const object =
    aside && accusativeObject(next) && verbLike(clauseVerb.replace(/^[وف](?=\S{3})/u, ''));
  const waiting =
    parts.length > 1 && !/^[وف]/u.test(next) && (subjectOfThat || verbBefore || object);
  return cut && ((inRelative && (predicate || complement)) || described || waiting)
    ? 'the clause ends in a relative clause before its subject’s predicate or its verb’s complement'
    : undefined;
}

const TO = /^(?:الي|علي|في|ل\S*|ب\S*)$/u;

const ADVERBIAL =
  /^(?:خلال|في|منذ|بعد|قبل|حتي|حسب|وفق|عبر|ضمن|مع|من|الي|علي|عن|لدي|عند|حيث|بين|نحو|امس|اليوم|مساء|صباح|مطلع|نهايه|اثر|عقب|وسط|اي|ما|مما|حين|عندما|بينما|فيما|كما|اذ|قرابه|حوالي)$/u;
const PLACE_ASIDE =
  /^(?:الواقع|الواقعه|التابع|التابعه|المطل|المطله|البالغ|البالغه|المصنف|المصنفه)$/u;

/** «…، من ساحل بوماهر، | حيث كانت السفن تُجهَّز، إلى قلب الأحياء»: a «to» whose «from» is before. */
function toWithoutFrom(quote: string, before: string): boolean {
  const parts = quote.split(/[،,]/u);
  // Not «أشار…، إلى أن…» (the verb's complement), nor after «من جهته،».
  const to = parts.findIndex((p, i) => i > 0 && /^\s*(?:إلى|الى)\s+(?!أن|ان)/u.test(p));
  if (to < 0 || parts.slice(0, to).some((p) => /(?:^|\s)من\s/u.test(p))) return false;
  return before.split(/[،,]/u).some((p) => /^\s*[وف]?من\s+(?!جهت|جانب|ناحيت)/u.test(p));
}
// «أُعيد»، «أُنجِز»: a perfect passive of «أفعل», as a writer vocalises it.
const PASSIVE_AF3AL = /^[أا]\u064F\S+[^\s\p{M}\u0629\u0647\u0649\u064A]\p{M}*$/u;

// «في فندق «شاطئ الملح»، الذي يضم ____ غرفة»: a phrase of place and the relative clause on it,
// cut from the main clause that follows («…، قالت المديرة…»).
// «على أطراف الحظيرة…، المصنّفة تراثًا عالميًّا منذ عام 1982»: the same with a participle.
const PLACE_THEN =
  /^(?:بحسب المقالة، )?[وف]?(?:في|من|إلى|الى|على|عن|مع|لدى|عند|داخل|قرب)\s+[^،,]{1,60}[،,]\s*((?:الذي|التي|الذين|اللذين|اللتين|ال\S+)\s[^،,]*?)[.]?$/u;

// «في دوار إيمي ن تالا التابع لجماعة ثلاث نيعقوب»، «في قاعة القيادة التي أُقيمت بمقر
// المحافظة»: and with no comma, a participle of place or a short relative clause.
const PLACE_OF =
  /^(?:بحسب المقالة، )?[وف]?(?:في|من|إلى|الى|على|عند|قرب|داخل)\s+[^،,]{1,60}\s(?:(?:التابع|التابعة|الواقع|الواقعة|المطل|المطلة|المحاذي|المحاذية)\s+[^،,]*|(?:التي|الذي)(?:\s+[^\s،,]+){1,8})[.]?$/u;

/** A phrase of place and what describes it, with no clause of their own. */
function placeWithoutClause(text: string): boolean {
  if (PLACE_OF.test(text)) return true;
  const described = PLACE_THEN.exec(text)?.[1];
  if (described === undefined) return false;
  if (/^(?:الذي|التي|الذين|اللذين|اللتين)\s/u.test(described)) return true;
  // A definite subject with its verb («…، الحكومة قررت…») is a clause.
  return !described
    .split(/\s+/u)
    .slice(1)
    .some((w) => !/[\u064B-\u064D]/u.test(w) && verbLike(w));
}

// «…، تموّل الوكالة الجزء الأكبر منها»: a share of what the cut-off start of the sentence named.
// «…، يشكّل الأجانب نحو 41 في المئة منهم»: a share of people the cut-off start counted.
const PART_OF_BEFORE =
  /(?:^|\s)(?:[وفب]?(?:ال)?(?:جزء|قسم|نصف|ثلث|ربع|معظم|اغلب|بعض|غالبيه|شطر|حصه)(?:\s+(?:الاكبر|الاعظم))?|(?:في\s+|ب)الم[اي]?[ئي]ه|[٪%])\s+(?:منه|منها|منهم|منهما)(?=\s|[،,.]|$)/u;

/**
 * «… إنها ستخفف الضغط عمّا تبقى من الغابات، | وترفع جودة الزيت…»: an imperfect after «، و» that
 * goes on the pronoun of «إنها»، «أنه» before it, in the same person, with no definite subject of
 * its own after it.
 */
function sharedPronounSubject(before: string, text: string): boolean {
  const [verb = '', next = ''] = text.trim().split(/\s+/u);
  const own = /^[يت]\S{2,}$/u.exec(verb)?.[0][0];
  const said = /(?:^|\s)(?<that>[إأ]ن(?:ه|ها|هم))\s+س?([يت])\S{2,}[^«»]*[،,]\s*و?\s*$/u.exec(
    before
  );
  // No other «أن» after that one's own word.
  const that = said?.groups?.that ?? '';
  const thatEnd = said === null ? 0 : said.index + said[0].indexOf(that) + that.length;
  return (
    own !== undefined &&
    said !== null &&
    said[2] === own &&
    !/(?:^|\s)(?:[إأ]ن|ان)(?:\s|$)/u.test(before.slice(thatEnd)) &&
    verbLike(verb) &&
    !/^(?:[وفبل]?ال|لل)/u.test(foldPhrase(next))
  );
}

/**
 * The clause as the student reads it: a verb's subject restored from the sentence («تستهلك
 * المحطة طاقتها»), or the clause refused when it cannot be; and bare definite references
 * restored from the article before it (`referents.ts`).
 */
function shownClause(
  clause: ShownClause,
  { sentence, windowStart, answer }: { sentence: string; windowStart: number; answer: string },
  referents: ReferentContext | undefined
): ShownClause | string {
  let c = clause;
  // «وكانت مريم …، قد أسست الشركة عام 2021»: a «قد» cut from after its subject (not from «وقد»,
  // which opens a clause of its own); the definite after the verb is its object.
  const before = sentence.slice(0, windowStart);
  if (/^قد\s/u.test(foldPhrase(c.text)) && /\S\s*$/u.test(before) && !/[وف]$/u.test(before)) {
    return 'the clause opens with «قد» after its subject';
  }
  // «… مشروع الإصلاح الذي | يقلّص عدد المواد»: the verb's subject is the noun the clause describes.
  if (
    /(?:^|\s)(?:الذي|التي|الذين|اللذين|اللتين|اللواتي)\s*$/u.test(before) ||
    (/[،,]\s*$/u.test(before) && describesNounBefore(c.text))
  ) {
    return 'a relative clause cut from the noun it describes';
  }
  if (sharedPronounSubject(before, c.text)) {
    return 'a second verb of «إنها …»، cut from the pronoun that is its subject';
  }
  if (opensOnPronoun(c.text)) {
    return 'the clause opens on a pronoun of what was named before';
  }
  // «أما خط العصير، | فيعالج 4 أطنان…»: what «أما» puts first is the subject of the verb after
  // its «ف», written after the verb («يعالج خط العصير 4 أطنان…»), or the clause is refused.
  const topic = TOPIC_BEFORE.exec(before)?.[1];
  if (topic !== undefined) {
    const verb = /^\S+/u.exec(c.text)?.[0] ?? '';
    if (!verbLike(verb) || verb.length > c.blankStart) return 'an «أما» clause cut from its topic';
    const insert = ` ${topic}`;
    c = {
      ...c,
      text: c.text.slice(0, verb.length) + insert + c.text.slice(verb.length),
      blankStart: c.blankStart + insert.length,
      blankEnd: c.blankEnd + insert.length
    };
  }
  if (placeWithoutClause(c.text)) {
    return 'a place and what describes it, without the clause they open';
  }
  if (/\S{2,}/u.test(before) && PART_OF_BEFORE.test(foldPhrase(c.text))) {
    return 'the clause takes a part «منها» of what the sentence named before it';
  }
  // «، موضحةً أن …»: «أوضحت أمل بنسليمان أن …».
  if (sayingParticiple(c.text) !== undefined) {
    const restored =
      referents === undefined ? undefined : restoreParticiple(c, sentence, windowStart, referents);
    if (restored === undefined) return 'the speaker of a «موضحًا»، «مضيفًا» is cut off';
    c = restored;
  }
  // «وقال …، المهندس جاسم الدَّوسري، إن | نسبة…»: the speaker and their verb, when they fit.
  const said = referents && restoreSaid(c, sentence, windowStart, referents);
  if (said !== undefined && wordCount(said.text) <= MAX_PROMPT_WORDS) {
    c = said;
  } else if (
    /(?:^|\s)[وفل]?(?:أن|أنّ|إن|إنّ|بأن)\s*$/u.test(before) &&
    /^ال\S{2,}ين$/u.test(foldPhrase(c.text.trim().split(/\s+/u)[0] ?? ''))
  ) {
    // «وأن | الدبّاغين، وعددهم…»: a plural in the accusative of «أن», cut from it.
    return 'the clause opens on a noun in the accusative of an «أن» cut off before it';
  }
  if (subjectless(c.text, windowStart > 0)) {
    const restored =
      restoreSubject(c, sentence, windowStart) ??
      (/^[وف]?$/u.test(before.trim()) && referents !== undefined
        ? restoreSpeaker(c, referents)
        : undefined);
    if (restored === undefined) {
      return 'the clause opens with a verb whose subject is in an earlier sentence';
    }
    c = restored;
  }
  if (referents === undefined) return c;
  const named = /^[وف]?$/u.test(before.trim()) ? restorePersonNoun(c, referents) : undefined;
  return restoreReferents(named ?? c, referents, answer);
}

/**
 * The English version, from the aligned sentence of the paragraph's translation, trimmed like the
 * Arabic one: `{ en: undefined }` when the article has no translation to draw on, or why the
 * mention cannot be asked (a rejected cloze).
 */
export function englishPrompt(
  index: MentionIndex,
  bilingual: boolean,
  loc: Located,
  m: Mention,
  ar: ArabicPrompt
): { en: EnglishText | undefined } | string {
  const paragraphEn = index.enSentences.get(loc.paragraph);
  const found = paragraphEn === undefined ? undefined : englishFor(m, loc, paragraphEn, index.byId);
  if (bilingual && found === undefined) {
    return paragraphEn === undefined
      ? 'paragraph has no translation'
      : 'no English counterpart in the translation';
  }
  if (found === undefined) {
    return { en: undefined };
  }
  if (found.count > 1) {
    return 'the English sentence names the answer more than once';
  }
  if (ar.whole) {
    return { en: { text: found.sentence.text, hit: found.hit } };
  }
  const en = trimmedEnglish(index, loc, m, ar, found);
  return en ?? 'the trimmed clause has no clear counterpart in the translation';
}

/**
 * A window that opens a relative clause read as a main one: «where Moscow is forced…» becomes
 * «Moscow is forced…»; one that opens with «which», «who» or «whose» has no subject and is refused.
 */
function mainClause(text: string, w: { start: number; end: number }) {
  const head = text.slice(w.start, w.end);
  if (/^(?:which|who|whom|whose)\b/iu.test(head)) {
    return undefined;
  }
  const opener = /^(?:where|whereby)\s+/iu.exec(head);
  return opener === null ? w : { start: w.start + opener[0].length, end: w.end };
}

/** The clauses of the English sentence that match the Arabic clause shown. */
function trimmedEnglish(
  index: MentionIndex,
  loc: Located,
  m: Mention,
  ar: ArabicPrompt,
  found: { sentence: { text: string }; hit: EnglishText['hit'] }
): { en: EnglishText } | undefined {
  const eText = found.sentence.text;
  const key = (o: Mention) => o.entityId ?? `${o.kind}:${normalizeAnswer(o.core)}`;
  const rangesOf = (o: Mention) =>
    findEnglish(
      eText,
      englishForms(o, o.entityId === undefined ? undefined : index.byId.get(o.entityId))
    );
  const shownOther = ar.shown.filter((o) => o !== m);
  const shownKeys = new Set(shownOther.map(key));
  const inside = shownOther.flatMap(rangesOf);
  const outside = loc.mentions
    .filter((o) => !ar.shown.includes(o) && !shownKeys.has(key(o)))
    .flatMap(rangesOf);
  const target = (wordCount(ar.text) / wordCount(loc.sentence.text)) * wordCount(eText);
  const window = englishWindow(eText, found.hit.start, found.hit.end, inside, outside, target);
  const w = window === undefined ? undefined : mainClause(eText, window);
  if (w === undefined || w.start > found.hit.start) {
    return undefined;
  }
  return {
    en: {
      text: capitalise(eText.slice(w.start, w.end)),
      hit: { ...found.hit, start: found.hit.start - w.start, end: found.hit.end - w.start }
    }
  };
}

// «أما خط العصير، ف»: a definite topic of one or two words before the «ف» the window starts after.
const TOPIC_BEFORE = /(?:^|\s)و?أما\s+(ال\S+(?:\s+ال\S+)?|\S+\s+ال\S+)\s*[،,]\s*ف$/u;
