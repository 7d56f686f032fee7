import { distance } from 'fastest-levenshtein';
import { latinDigits, normalizeAnswer, stripMarks } from '../src/lib/domain/answers';
import type { Item, Text } from '../src/lib/domain/bank';
import { wordCount } from './arabic';
import {
  atSentenceStart,
  bareEnglish,
  THE_BEFORE,
  capitalise,
  clauseWindow,
  EnglishArticles,
  englishWindow,
  grammaticalGender,
  MAX_PROMPT_WORDS
} from './agreement';
import { arabicDate, englishDates, shiftDate } from './dates';
import {
  englishForms,
  entityMatchers,
  findEnglish,
  findMentions,
  type Entity,
  type Mention
} from './entities';
import { splitSentences, type Sentence } from './sentences';
import { shuffled, type Random } from '../src/lib/domain/random';
import { byCodePoint, seededRandom, shortHash } from './util';
import { BLANK, containsWords, type Candidate } from './validate';

export interface GenerateInput {
  slug: string;
  paragraphs: readonly { id: string; ar: string; en?: string }[];
  entities: readonly Entity[];
  /** Topic id for a generated item on this paragraph. */
  topicFor: (paragraphId: string) => string;
  /** The article has a translation: a candidate without an English version is rejected. */
  bilingual: boolean;
}

export interface Rejection {
  paragraph: string;
  type: Item['type'];
  answer: string;
  reason: string;
}

/** A possible wrong option: its text in both languages, kind, and every Arabic form it has. */
export interface Distractor {
  ar: string;
  en?: string;
  kind: string;
  forms: string[];
}

const MIN_WORDS = 6;

/** Ids: from slug, paragraph, type and normalised answer, never from order. */
export function generatedId(slug: string, paragraph: string, type: string, answer: string): string {
  return `g-${shortHash([slug, paragraph, type, normalizeAnswer(answer)].join('|'))}`;
}

/** Items on the same paragraph with the same normalised answer test the same fact. */
export function siblingId(slug: string, paragraph: string, answer: string): string {
  return `s-${shortHash([slug, paragraph, normalizeAnswer(answer)].join('|'))}`;
}

interface Located {
  paragraph: string;
  index: number;
  sentence: Sentence;
  mentions: Mention[];
  /** Where the sentence sits in its paragraph (0–1), to align it with the translation. */
  position: number;
  from: number;
  to: number;
  count: number;
}

/** The kind of a mention for distractors: wrong options must share it. */
export function mentionKind(m: Mention, entity: Entity | undefined): string {
  if (entity && m.kind === 'entity') {
    if (entity.type === 'number') {
      return yearLike(m) ? 'year' : 'number';
    }
    if (entity.type === 'date') {
      return `date:${precision(entity.date ?? m.core)}`;
    }
    return entityKind(entity, answerOf(m));
  }
  if (m.kind === 'nisba') {
    return `nisba:${entity?.type ?? '?'}:${nisbaClass(m.core)}`;
  }
  if (m.kind === 'date') {
    return `date:${precision(m.iso ?? '')}`;
  }
  return m.kind;
}

/**
 * The kind of a named entity in the form written: persons by gender; countries, organisations
 * and places by grammatical gender (so that a swapped name agrees with its verb); places split
 * into cities (a place with a country) and regions, so that a city never stands in for a sea.
 */
export function entityKind(entity: Entity, form: string): string {
  if (entity.type === 'person') {
    return `person:${entity.gender ?? '?'}`;
  }
  const gender =
    grammaticalGender(
      form,
      entity.type,
      form === entity.ar ? entity.gender : undefined,
      entity.country !== undefined
    ) ?? '?';
  if (entity.type === 'place') {
    return `place:${entity.country === undefined ? 'region' : 'city'}:${gender}`;
  }
  if (entity.type === 'country' || entity.type === 'organisation') {
    return `${entity.type}:${gender}`;
  }
  return entity.type;
}

function yearLike(m: Mention): boolean {
  return /^\d{4}$/.test(latinDigits(m.core)) && (m.value ?? 0) >= 1900 && (m.value ?? 0) <= 2100;
}

function precision(iso: string): string {
  return ['year', 'month', 'day'][iso.split('-').length - 1] ?? 'year';
}

/** Agreement class of a nisba adjective: article or not, and its ending. */
export function nisbaClass(form: string): string {
  const bare = stripMarks(form).replace(/ة$/u, 'ه');
  const article = /^ال/u.test(bare) ? 'al' : 'bare';
  const ending = ['يين', 'يون', 'يات', 'يه', 'ي'].find((e) => bare.endsWith(e)) ?? 'other';
  return `${article}-${ending}`;
}

/** The answer a mention asks for: its core, with «ال» restored when written «لل». */
export function answerOf(m: Mention): string {
  if (!m.merged) {
    return m.core;
  }
  return m.form.startsWith('ال') ? m.form : `ال${m.form}`;
}

/**
 * A person entry that describes someone rather than naming them («مسؤول بارز في إدارة جو
 * بايدن», “A senior Biden administration official”): never an answer, a distractor or a swap.
 */
export function isDescription(entity: Entity | undefined): boolean {
  return entity?.type === 'person' && /^(?:a|an|the)\s/iu.test(entity.en ?? '');
}

/** The head noun of a person's role («الرئيس» for «الرئيس الأوكراني»), article-free. */
function roleHead(entity: Entity): string | undefined {
  const head = normalizeAnswer(entity.role?.ar ?? '').split(' ')[0];
  return head === undefined || head === '' ? undefined : head;
}

/**
 * Whether `other` could be right where the article names `person`: the same role head noun
 * (another president for «الرئيس الأوكراني ____», also offered among “Western leaders”) or the
 * same camp. Such a person is never a wrong option or a swap.
 */
export function sameStanding(person: Entity, other: Entity): boolean {
  const a = roleHead(person);
  if (a !== undefined && a === roleHead(other)) {
    return true;
  }
  return person.camp !== undefined && person.camp === other.camp;
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

const words = (s: string) => s.trim().split(/\s+/u).length;
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
  if (/[\u0660-\u0669]/u.test(like)) {
    return latin.replace(/\d/g, (d) => String.fromCodePoint(0x0660 + Number(d)));
  }
  return latin;
}

interface Pools {
  entities: readonly Entity[];
  byId: ReadonlyMap<string, Entity>;
  numbers: readonly number[];
  years: readonly number[];
  dates: readonly { iso: string; text: string }[];
  /** Whether the article itself writes this form (optional: every alias is then fit). */
  occurs?: (form: string) => boolean;
  /** Values of number entities by unit («طائرة مسيّرة» → [80]): the only article numbers used. */
  numbersByUnit?: ReadonlyMap<string, readonly number[]>;
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
  answerEn: string | undefined
): Distractor[] {
  const entity = m.entityId === undefined ? undefined : pools.byId.get(m.entityId);
  const kind = mentionKind(m, entity);
  const answer = answerOf(m);
  const inSentence = new Set(
    sentenceMentions.map((x) => x.entityId).filter((x) => x !== undefined)
  );
  const valuesInSentence = new Set(
    sentenceMentions.map((x) => x.value).filter((x) => x !== undefined)
  );
  const datesInSentence = new Set(
    sentenceMentions.map((x) => x.iso).filter((x) => x !== undefined)
  );
  const out: Distractor[] = [];
  // «الرئيس الإيراني الأسبق ____»: when the sentence gives the person's nationality right before
  // the name, a compatriot could be right by world knowledge (Khamenei was president too); only
  // a foreigner is clearly wrong.
  const namedNationality =
    entity?.type === 'person' &&
    entity.country !== undefined &&
    sentenceMentions.some(
      (o) =>
        o.kind === 'nisba' &&
        o.entityId === entity.country &&
        o.end <= m.start &&
        m.start - o.end <= 30
    );

  if (
    entity &&
    (m.kind === 'entity' || m.kind === 'nisba') &&
    entity.type !== 'number' &&
    entity.type !== 'date'
  ) {
    for (const other of pools.entities) {
      if (
        other.id === entity.id ||
        inSentence.has(other.id) ||
        other.type !== entity.type ||
        isDescription(other) ||
        // Only what the body of the article talks about (not the authors of the byline).
        (pools.occurs !== undefined &&
          ![other.ar, ...other.aliases.ar, ...other.nisba.ar].some((f) => pools.occurs?.(f)))
      ) {
        continue;
      }
      const forms = [other.ar, ...other.aliases.ar, ...other.nisba.ar];
      if (m.kind === 'nisba') {
        const ar = other.nisba.ar.find((f) => nisbaClass(f) === nisbaClass(m.core));
        if (ar === undefined) {
          continue;
        }
        // The English adjective in the same number as the answer's: “Americans” for «الأميركيين».
        const plural = answerEn !== undefined && /[a-z]s$/u.test(answerEn);
        const en = other.nisba.en.find((f) => /[a-z]s$/u.test(f) === plural) ?? other.nisba.en[0];
        out.push({
          ar,
          ...(en === undefined ? {} : { en }),
          kind: `nisba:${other.type}:${nisbaClass(ar)}`,
          forms
        });
        continue;
      }
      if (entity.type === 'person') {
        if (entity.gender === undefined || other.gender !== entity.gender) {
          continue;
        }
        if (sameStanding(entity, other) || (namedNationality && other.country === entity.country)) {
          continue;
        }
      }
      const chosen = parallelForms(other, optionForms(other, pools.occurs), answer, answerEn);
      const otherKind = entityKind(other, chosen.ar);
      if (otherKind !== kind) {
        continue;
      }
      out.push({ ...chosen, kind: otherKind, forms });
    }
    return out.filter((d) => lengthSimilar(d.ar, answer)).sort((a, b) => byCodePoint(a.ar, b.ar));
  }

  const value = m.value;
  if ((kind === 'year' || kind === 'number') && value !== undefined) {
    // Years: other years of the article, then near years. Numbers: only article numbers of the
    // same unit (drones for drones), then round values near the answer.
    const unit = entity?.unit?.ar;
    const fromArticle =
      kind === 'year'
        ? pools.years
        : unit === undefined
          ? []
          : (pools.numbersByUnit?.get(normalizeAnswer(unit)) ?? []);
    const nearby =
      kind === 'year' ? [1, -1, 2, -2, 3, -3].map((d) => value + d) : nearbyNumbers(value);
    const values = [...new Set([...fromArticle, ...nearby])].filter(
      (v) =>
        v > 0 &&
        v !== value &&
        !valuesInSentence.has(v) &&
        String(v).length - String(value).length <= 1 &&
        String(value).length - String(v).length <= 1
    );
    return values.map((v) => ({
      ar: toDigitsLike(String(v), m.core),
      en: String(v),
      kind,
      forms: [String(v)]
    }));
  }

  const iso = m.iso ?? entity?.date;
  if (kind.startsWith('date:') && iso !== undefined) {
    const fromArticle = pools.dates.filter(
      (d) => precision(d.iso) === precision(iso) && d.iso !== iso
    );
    const shifted = [1, -1, 2, -2, 3, -3].map((s) => shiftDate(iso, s));
    const seen = new Set<string>();
    for (const d of [...fromArticle.map((d) => d.iso), ...shifted]) {
      if (seen.has(d) || d === iso || datesInSentence.has(d)) {
        continue;
      }
      seen.add(d);
      const ar = arabicDate(d, m.variant ?? 0);
      out.push({
        ar,
        ...(englishDates(d)[0] === undefined ? {} : { en: englishDates(d)[0] }),
        kind,
        forms: [ar]
      });
    }
  }
  return out;
}

function englishFor(
  m: Mention,
  loc: Located,
  enSentences: readonly Sentence[],
  byId: ReadonlyMap<string, Entity>
):
  | { sentence: Sentence; hit: { start: number; end: number; text: string }; count: number }
  | undefined {
  const entity = m.entityId === undefined ? undefined : byId.get(m.entityId);
  const forms = englishForms(m, entity);
  if (forms.length === 0) {
    return undefined;
  }
  let best:
    | {
        sentence: Sentence;
        hit: { start: number; end: number; text: string };
        count: number;
        score: number;
      }
    | undefined;
  // Only sentences in the same stretch of the paragraph (its middle within the Arabic
  // sentence's relative span, with slack) can be
  // the translation of this one; a name found elsewhere in the paragraph is another sentence.
  const enLength = enSentences.at(-1)?.end ?? 1;
  enSentences.forEach((s, i) => {
    const middle = (s.start + s.end) / 2 / enLength;
    if (middle < loc.from - 0.1 || middle > loc.to + 0.1) {
      return;
    }
    const hits = findEnglish(s.text, forms);
    const first = hits[0];
    if (first === undefined) {
      return;
    }
    let anchors = 0;
    for (const other of loc.mentions) {
      if (other === m) {
        continue;
      }
      const e = other.entityId === undefined ? undefined : byId.get(other.entityId);
      if (findEnglish(s.text, englishForms(other, e)).length > 0) {
        anchors++;
      }
    }
    const closeness = 1 - Math.abs((i + 0.5) / enSentences.length - loc.position);
    const sameIndex = enSentences.length === loc.count && i === loc.index ? 1 : 0;
    const score = anchors + closeness + sameIndex;
    if (best === undefined || score > best.score) {
      best = { sentence: s, hit: first, count: hits.length, score };
    }
  });
  return best;
}

function replaceAt(text: string, start: number, end: number, by: string): string {
  return text.slice(0, start) + by + text.slice(end);
}

/** How a name sits in its English sentence: with «the» in front, after a possessive, at the start. */
interface EnglishSlot {
  /** Where the blank or the swap begins when the article goes with the name. */
  from: number;
  /** Where the bare name begins (after any «the»). */
  bare: number;
  end: number;
  hasArticle: boolean;
  /** Every option goes in bare: after a possessive, inside quotation marks, or attributively. */
  possessive: boolean;
  atStart: boolean;
}

function englishSlot(
  text: string,
  hit: { start: number; end: number; text: string },
  named: boolean
): EnglishSlot {
  const base = { bare: hit.start, end: hit.end, hasArticle: false };
  if (!named) {
    return {
      ...base,
      from: hit.start,
      possessive: false,
      atStart: atSentenceStart(text, hit.start)
    };
  }
  const own = /^the\s+/iu.exec(hit.text);
  const before = THE_BEFORE.exec(text.slice(0, hit.start));
  // «the "____"»: the article stays outside the quotation marks, every option goes in bare.
  const quoted = before !== null && /["“]$/u.test(before[0]);
  const from = own ? hit.start : before && !quoted ? before.index : hit.start;
  return {
    from,
    bare: own ? hit.start + own[0].length : hit.start,
    end: hit.end,
    hasArticle: own !== null || before !== null,
    possessive:
      quoted ||
      /['’]s\s+$/u.test(text.slice(0, hit.start)) ||
      (before === null && !own && ATTRIBUTIVE.test(text.slice(hit.end))),
    atStart: atSentenceStart(text, from)
  };
}

// A name used as a modifier («US intelligence officials», «a former US State Department
// official») takes no article, and neither does anything put in its place.
const ATTRIBUTIVE =
  /^\s+(?:officials?|sources|forces|leaders?|lawmakers|commanders|analysts|experts|officers|diplomats|envoys|troops|agents|staff)\b/u;

/** Candidates that test one answer in one sentence carry where they come from, for the caps. */
export interface Provenance {
  sentence: string;
  answer: string;
  /** Higher is a better question: informative names over ubiquitous ones. */
  score: number;
  /** For a cloze/MCQ pair on one answer: the type to keep. */
  prefer: 'cloze' | 'mcq';
}

const NAMED = new Set(['person', 'country', 'organisation', 'place']);

/**
 * Rule-based items from the article: for every mention of an entity, number or date in a
 * sentence (trimmed to the clauses around it when long), a cloze (the blank in place of the
 * mention, clitics kept in front), a multiple choice with wrong options of the same kind, a true
 * statement (the sentence or clause as written) and a false one (the mention swapped for one of
 * its distractors). Every candidate is returned: {@link capPerSentence} keeps the best few per
 * sentence. Candidates that cannot be made well are returned as rejections with a reason.
 */
export function generateItems(input: GenerateInput): {
  candidates: Candidate[];
  rejected: Rejection[];
} {
  // Events are long descriptions asked about by hand; letting them match would hide the names inside.
  const matchers = entityMatchers(input.entities.filter((e) => e.type !== 'event'));
  const byId = new Map(input.entities.map((e) => [e.id, e]));
  const located: Located[] = [];
  const frequency = new Map<string, number>();
  const years = new Set<number>();
  const numbers = new Set<number>();
  const dates = new Map<string, string>();
  const enSentences = new Map<string, Sentence[]>();

  for (const p of input.paragraphs) {
    const sentences = splitSentences(p.ar, 'ar');
    sentences.forEach((sentence, index) => {
      const mentions = findMentions(sentence.text, matchers);
      located.push({
        paragraph: p.id,
        index,
        sentence,
        mentions,
        position: (index + 0.5) / sentences.length,
        from: sentence.start / p.ar.length,
        to: sentence.end / p.ar.length,
        count: sentences.length
      });
      for (const m of mentions) {
        if (m.entityId !== undefined) {
          frequency.set(m.entityId, (frequency.get(m.entityId) ?? 0) + 1);
        }
        const entity = m.entityId === undefined ? undefined : byId.get(m.entityId);
        const kind = mentionKind(m, entity);
        if (kind === 'year' && m.value !== undefined) {
          years.add(m.value);
        } else if (kind === 'number' && m.value !== undefined) {
          numbers.add(m.value);
        } else if (kind.startsWith('date:') && m.iso !== undefined) {
          dates.set(m.iso, m.text);
        }
      }
    });
    if (p.en !== undefined) {
      enSentences.set(p.id, splitSentences(p.en, 'en'));
    }
  }
  const articleText = input.paragraphs.map((p) => p.ar).join('\n');
  const articleNormalized = normalizeAnswer(articleText);
  const occurrences = new Map<string, boolean>();
  const numbersByUnit = new Map<string, number[]>();
  for (const e of input.entities) {
    if (e.type === 'number' && e.unit !== undefined && e.value !== undefined) {
      const unit = normalizeAnswer(e.unit.ar);
      numbersByUnit.set(unit, [...(numbersByUnit.get(unit) ?? []), e.value]);
    }
  }
  const articles = new EnglishArticles(
    input.paragraphs.map((p) => p.en).filter((x): x is string => x !== undefined),
    input.entities
      .filter((e) => NAMED.has(e.type))
      .map((e) => [e.en, ...e.aliases.en].filter((x): x is string => x !== undefined))
  );
  const pools: Pools = {
    entities: input.entities,
    byId,
    years: [...years].sort((a, b) => a - b),
    numbers: [...numbers].sort((a, b) => a - b),
    dates: [...dates]
      .map(([iso, text]) => ({ iso, text }))
      .sort((a, b) => byCodePoint(a.iso, b.iso)),
    occurs: (form) => {
      const known = occurrences.get(form);
      if (known !== undefined) {
        return known;
      }
      const found = containsWords(articleText, form);
      occurrences.set(form, found);
      return found;
    },
    numbersByUnit
  };

  const candidates: Candidate[] = [];
  const rejected: Rejection[] = [];

  for (const loc of located) {
    const sentence = loc.sentence.text;
    const sentenceKey = `${loc.paragraph}#${loc.index}`;
    for (const m of loc.mentions) {
      const entity = m.entityId === undefined ? undefined : byId.get(m.entityId);
      const answer = answerOf(m);
      const reject = (type: Item['type'], reason: string) =>
        rejected.push({ paragraph: loc.paragraph, type, answer, reason });
      if (entity?.type === 'event') {
        reject('cloze', 'events are asked about by hand-written items');
        continue;
      }
      if (isDescription(entity)) {
        reject('cloze', 'a description of a person, not a name');
        continue;
      }
      if ((m.kind === 'number' || entity?.type === 'number') && !/\d/u.test(latinDigits(m.core))) {
        reject('cloze', 'a number written in words (no wrong options of its kind)');
        continue;
      }
      if (wordCount(sentence) < MIN_WORDS) {
        reject('cloze', `sentence too short for context (under ${MIN_WORDS} words)`);
        continue;
      }
      // Long sentences are trimmed to the clauses around the answer.
      const window = clauseWindow(sentence, m.start, m.end);
      if (window === undefined) {
        reject('cloze', `no clause of at most ${MAX_PROMPT_WORDS} words around the answer`);
        continue;
      }
      const whole = window.start === 0 && window.end === sentence.length;
      const text = sentence.slice(window.start, window.end);
      if (wordCount(text) < MIN_WORDS) {
        reject('cloze', `clause too short for context (under ${MIN_WORDS} words)`);
        continue;
      }
      const shown = loc.mentions.filter((o) => o.start >= window.start && o.end <= window.end);
      const blankStart = m.start + m.prefix.length - window.start;
      const blankEnd = m.end - window.start;
      const promptAr = replaceAt(text, blankStart, blankEnd, BLANK);
      const sameFact = (other: Mention) =>
        other !== m &&
        ((m.entityId !== undefined && other.entityId === m.entityId) ||
          normalizeAnswer(answerOf(other)) === normalizeAnswer(answer));
      if (shown.some(sameFact) || containsWords(promptAr, answer)) {
        reject('cloze', 'the answer occurs again in the sentence');
        continue;
      }

      // The English version, from the aligned sentence of the paragraph's translation, trimmed
      // like the Arabic one.
      const paragraphEn = enSentences.get(loc.paragraph);
      const found = paragraphEn === undefined ? undefined : englishFor(m, loc, paragraphEn, byId);
      if (input.bilingual && found === undefined) {
        reject(
          'cloze',
          paragraphEn === undefined
            ? 'paragraph has no translation'
            : 'no English counterpart in the translation'
        );
        continue;
      }
      if (found !== undefined && found.count > 1) {
        reject('cloze', 'the English sentence names the answer more than once');
        continue;
      }
      let en: { text: string; hit: { start: number; end: number; text: string } } | undefined;
      if (found !== undefined) {
        if (whole) {
          en = { text: found.sentence.text, hit: found.hit };
        } else {
          const eText = found.sentence.text;
          const key = (o: Mention) => o.entityId ?? `${o.kind}:${normalizeAnswer(o.core)}`;
          const rangesOf = (o: Mention) =>
            findEnglish(
              eText,
              englishForms(o, o.entityId === undefined ? undefined : byId.get(o.entityId))
            );
          const shownOther = shown.filter((o) => o !== m);
          const shownKeys = new Set(shownOther.map(key));
          const inside = shownOther.flatMap(rangesOf);
          const outside = loc.mentions
            .filter((o) => !shown.includes(o) && !shownKeys.has(key(o)))
            .flatMap(rangesOf);
          const target = (wordCount(text) / wordCount(sentence)) * wordCount(eText);
          const w = englishWindow(eText, found.hit.start, found.hit.end, inside, outside, target);
          if (w === undefined) {
            reject('cloze', 'the trimmed clause has no clear counterpart in the translation');
            continue;
          }
          en = {
            text: capitalise(eText.slice(w.start, w.end)),
            hit: { ...found.hit, start: found.hit.start - w.start, end: found.hit.end - w.start }
          };
        }
      }
      const named = entity !== undefined && m.kind === 'entity' && NAMED.has(entity.type);
      const slot = en === undefined ? undefined : englishSlot(en.text, en.hit, named);
      const answerBare =
        en === undefined || slot === undefined ? undefined : en.text.slice(slot.bare, slot.end);
      const answerInText =
        en === undefined || slot === undefined ? undefined : en.text.slice(slot.from, slot.end);
      const withEn = (ar: string, enText: string | undefined): Text =>
        enText === undefined ? { ar } : { ar, en: enText };
      /** An English name as it reads in the slot: with or without «the», capitalised at the start. */
      const inSlot = (form: string): string => {
        if (slot === undefined) {
          return form;
        }
        const read = !named ? form : slot.possessive ? bareEnglish(form) : articles.inText(form);
        return slot.atStart ? capitalise(read) : read;
      };

      const topic = input.topicFor(loc.paragraph);
      const kind = mentionKind(m, entity);
      const freq = m.entityId === undefined ? 0 : (frequency.get(m.entityId) ?? 0);
      const recall: 1 | 2 | 3 =
        m.kind === 'nisba'
          ? 1
          : m.entityId === undefined || entity?.type === 'number' || entity?.type === 'date'
            ? 2
            : freq >= 6
              ? 1
              : freq >= 2
                ? 2
                : 3;
      const choice = Math.max(1, recall - 1) as 1 | 2 | 3;
      const evidence = [{ paragraph: loc.paragraph, quote: text }];
      const says = withEn(
        `جاء في المقال: «${text}»`,
        en === undefined ? undefined : `The article says: “${en.text}”`
      );
      const sibling = siblingId(input.slug, loc.paragraph, answer);
      const provenance: Provenance = {
        sentence: sentenceKey,
        answer: normalizeAnswer(answer),
        score: answerScore(m, entity, freq),
        prefer: prefersMcq(m, entity, answer, freq) ? 'mcq' : 'cloze'
      };
      const accept = {
        ar:
          entity && m.kind === 'entity'
            ? [...new Set([entity.ar, ...entity.aliases.ar])].filter(
                (a) => normalizeAnswer(a) !== normalizeAnswer(answer)
              )
            : [],
        en: [
          ...new Set(
            (entity && m.kind === 'entity'
              ? [entity.en, ...entity.aliases.en]
                  .filter((a): a is string => a !== undefined)
                  .map(bareEnglish)
              : m.kind === 'date' || entity?.type === 'date'
                ? englishDates(m.iso ?? entity?.date ?? '')
                : []
            ).concat(slot?.hasArticle && answerBare !== undefined ? [`the ${answerBare}`] : [])
          )
        ].filter((a) => a !== answerBare)
      };
      const promptEnCloze =
        en === undefined || slot === undefined
          ? undefined
          : replaceAt(en.text, slot.bare, slot.end, BLANK);
      // Accepting a form that the prompt shows would leak it («بوتين» shown, «فلاديمير بوتين» accepted).
      accept.ar = accept.ar.filter((a) => !containsWords(promptAr, a));
      accept.en = accept.en.filter(
        (a) => promptEnCloze === undefined || !containsWords(promptEnCloze, a)
      );

      const base = (type: Item['type']) => ({
        id: generatedId(input.slug, loc.paragraph, type, answer),
        article: input.slug,
        source: 'generated' as const,
        topic,
        evidence,
        explanation: says,
        sibling
      });

      // Cloze: the article stays outside the blank in English («the ____ confirmed»).
      candidates.push({
        item: {
          ...base('cloze'),
          difficulty: recall,
          prompt: withEn(promptAr, promptEnCloze),
          type: 'cloze',
          answer: withEn(answer, answerBare),
          accept
        },
        meta: { answerKind: kind, provenance }
      });

      const all = distractorsFor(m, loc.mentions, pools, answerBare).filter(
        (d) =>
          [d.ar, ...d.forms].every((f) => !containsWords(sentence, f)) &&
          (!input.bilingual || d.en !== undefined)
      );

      // Multiple choice: in English the blank takes the article, each option its own.
      if (all.length < 3) {
        reject('mcq', `fewer than 3 wrong options of kind ${kind}`);
      } else {
        const mcq = base('mcq');
        const random = seededRandom(`${mcq.id}:options`);
        const wrong = shuffled(all, random).slice(0, 3);
        const right: Distractor = {
          ar: answer,
          ...(answerInText === undefined ? {} : { en: answerInText }),
          kind,
          forms: []
        };
        const options = shuffled([right, ...wrong], seededRandom(mcq.id));
        candidates.push({
          item: {
            ...mcq,
            difficulty: choice,
            prompt: withEn(
              promptAr,
              en === undefined || slot === undefined
                ? undefined
                : replaceAt(en.text, slot.from, slot.end, BLANK)
            ),
            type: 'mcq',
            options: options.map((o) =>
              withEn(o.ar, o === right || o.en === undefined ? o.en : inSlot(o.en))
            ),
            answer: options.indexOf(right)
          },
          meta: {
            answerKind: kind,
            options: options.map((o) => ({ kind: o.kind, forms: o.forms })),
            provenance
          }
        });
      }

      // True/false: the sentence (or clause) as written… but not a bare attribution («تقول
      // فلانة من معهد كذا» cut before her quotation), which states nothing.
      const tfId = generatedId(input.slug, loc.paragraph, 'truefalse', answer);
      const attributionOnly = /^\s*:/u.test(sentence.slice(window.end));
      if (attributionOnly) {
        reject('truefalse', 'the clause is only the attribution of a quotation');
        continue;
      }
      candidates.push({
        item: {
          ...base('truefalse'),
          difficulty: choice,
          prompt: withEn(text, en?.text),
          explanation: withEn(
            `العبارة صحيحة. جاء في المقال: «${text}»`,
            en === undefined ? undefined : `True. The article says: “${en.text}”`
          ),
          type: 'truefalse',
          answer: true
        },
        meta: { answerKind: kind, provenance }
      });

      // …or with the mention swapped for a distractor that agrees with the rest of the sentence.
      if (all.length === 0 || m.merged) {
        reject('truefalse', 'nothing to swap the answer for');
        continue;
      }
      const random: Random = seededRandom(tfId);
      const swap = shuffled(all, random)[0] as Distractor;
      // «ل» + «الإمارات» is written «للإمارات».
      const swapAr = /ل$/u.test(m.prefix) && swap.ar.startsWith('ال') ? swap.ar.slice(1) : swap.ar;
      const statementAr = replaceAt(text, blankStart, blankEnd, swapAr);
      const swapEn = swap.en === undefined ? undefined : inSlot(swap.en);
      const statementEn =
        en === undefined || slot === undefined || swapEn === undefined
          ? undefined
          : replaceAt(en.text, slot.from, slot.end, swapEn);
      if (input.bilingual && statementEn === undefined) {
        reject('truefalse', 'no English for the swapped statement');
        continue;
      }
      if (articleNormalized.includes(normalizeAnswer(statementAr))) {
        reject('truefalse', 'the false statement occurs in the article');
        continue;
      }
      const plain = (s: string | undefined) =>
        s === undefined ? '' : named ? articles.inText(s) : s;
      candidates.push({
        item: {
          ...base('truefalse'),
          difficulty: choice,
          prompt: withEn(statementAr, statementEn),
          explanation: withEn(
            `العبارة خاطئة: يذكر المقال «${answer}» وليس «${swap.ar}». جاء فيه: «${text}»`,
            en === undefined || swapEn === undefined
              ? undefined
              : `False: the article says ${plain(answerBare)}, not ${plain(swap.en)}. It says: “${en.text}”`
          ),
          type: 'truefalse',
          answer: false
        },
        meta: { answerKind: kind, provenance }
      });
    }
  }
  return { candidates, rejected };
}

/**
 * How good a question on this answer is: persons and organisations teach more than the two
 * countries every sentence names; numbers and dates are worth asking; nisba adjectives least.
 */
function answerScore(m: Mention, entity: Entity | undefined, freq: number): number {
  const type = m.kind === 'nisba' ? 'nisba' : (entity?.type ?? m.kind);
  const base: Record<string, number> = {
    person: 5,
    organisation: 4,
    date: 4,
    year: 4,
    number: 4,
    place: 3,
    country: 3,
    nisba: 1
  };
  return (base[type] ?? 2) - (freq >= 8 ? 2 : freq >= 4 ? 1 : 0);
}

/**
 * A cloze asks for a short answer the learner can type (a year, a date, a number, a one-word
 * name met often); a multiple choice for a long or rare name.
 */
function prefersMcq(m: Mention, entity: Entity | undefined, answer: string, freq: number): boolean {
  if (m.kind === 'nisba' || entity === undefined || !NAMED.has(entity.type)) {
    return false;
  }
  return words(answer) >= 2 || freq < 2;
}

/** At most this many cloze or multiple-choice items per sentence (on different answers). */
export const BLANKS_PER_SENTENCE = 4;

/**
 * Keeps the best items per sentence: one cloze or multiple choice per answer (the preferred
 * type when both exist), the {@link BLANKS_PER_SENTENCE} best answers, and one true/false
 * statement — true or false by a seed of the sentence, a false one preferably on an answer no
 * kept blank asks for. Then one item per id (type, paragraph and answer): the first wins.
 * Dropped candidates come back as rejections.
 */
export function capPerSentence(candidates: readonly Candidate[]): {
  kept: Candidate[];
  dropped: Rejection[];
} {
  const groups = new Map<string, Candidate[]>();
  const loose: Candidate[] = [];
  for (const c of candidates) {
    const key = c.meta.provenance?.sentence;
    if (key === undefined) {
      loose.push(c);
      continue;
    }
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const keep = new Set<Candidate>(loose);
  const dropped: Rejection[] = [];
  const drop = (c: Candidate, reason: string) =>
    dropped.push({
      paragraph: c.item.evidence[0]?.paragraph ?? '?',
      type: c.item.type,
      answer: c.meta.provenance?.answer ?? '?',
      reason
    });
  for (const [key, group] of groups) {
    const answers: string[] = [];
    for (const c of group) {
      const a = c.meta.provenance?.answer ?? '';
      if (!answers.includes(a)) {
        answers.push(a);
      }
    }
    const blanks = answers
      .map((a, order) => {
        const own = group.filter(
          (c) =>
            c.meta.provenance?.answer === a && (c.item.type === 'cloze' || c.item.type === 'mcq')
        );
        const prefer = own[0]?.meta.provenance?.prefer;
        const best = own.find((c) => c.item.type === prefer) ?? own[0];
        return { a, order, best, score: best?.meta.provenance?.score ?? 0 };
      })
      .filter((b) => b.best !== undefined)
      .sort((x, y) => y.score - x.score || x.order - y.order)
      .slice(0, BLANKS_PER_SENTENCE);
    for (const b of blanks) {
      if (b.best) {
        keep.add(b.best);
      }
    }
    const blankAnswers = new Set(blanks.map((b) => b.a));
    const statements = group.filter((c) => c.item.type === 'truefalse');
    const trues = statements.filter((c) => c.item.type === 'truefalse' && c.item.answer);
    const falses = statements
      .filter((c) => c.item.type === 'truefalse' && !c.item.answer)
      .map((c, order) => ({ c, order }))
      .sort(
        (x, y) =>
          Number(blankAnswers.has(x.c.meta.provenance?.answer ?? '')) -
            Number(blankAnswers.has(y.c.meta.provenance?.answer ?? '')) ||
          (y.c.meta.provenance?.score ?? 0) - (x.c.meta.provenance?.score ?? 0) ||
          x.order - y.order
      )
      .map((x) => x.c);
    const wantTrue = seededRandom(`statement:${key}`)() < 0.5;
    const statement = (wantTrue ? trues[0] : falses[0]) ?? trues[0] ?? falses[0];
    if (statement) {
      keep.add(statement);
    }
    for (const c of group) {
      if (!keep.has(c)) {
        drop(
          c,
          c.item.type === 'truefalse'
            ? 'capped: one true/false statement per sentence'
            : `capped: one cloze or multiple choice per answer, ${BLANKS_PER_SENTENCE} per sentence`
        );
      }
    }
  }
  const seen = new Set<string>();
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (!keep.has(c)) {
      continue;
    }
    if (seen.has(c.item.id)) {
      drop(c, 'near-duplicate of an item on the same paragraph and answer');
      continue;
    }
    seen.add(c.item.id);
    kept.push(c);
  }
  return { kept, dropped };
}
