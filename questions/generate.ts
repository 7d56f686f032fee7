import { normalizeAnswer } from '../src/lib/domain/answers';
import type { Item, Text } from '../src/lib/domain/bank';
import { latinDigits, stripMarks, wordCount } from './arabic';
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
import { byCodePoint, seededRandom, shortHash, shuffle, type Random } from './util';
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
const MAX_WORDS_CLOZE = 60;
const MAX_WORDS_STATEMENT = 45;

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
    return entity.type === 'person' ? `person:${entity.gender ?? '?'}` : entity.type;
  }
  if (m.kind === 'nisba') {
    return `nisba:${entity?.type ?? '?'}:${nisbaClass(m.core)}`;
  }
  if (m.kind === 'date') {
    return `date:${precision(m.iso ?? '')}`;
  }
  return m.kind;
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
}

/**
 * Every acceptable wrong option for `m` in `sentenceMentions`' sentence: same kind (persons of the
 * same gender, a year for a year…), similar length, and nothing the sentence itself mentions, so
 * that exactly one option is right. Sorted deterministically; the caller picks with a seed.
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

  if (
    entity &&
    (m.kind === 'entity' || m.kind === 'nisba') &&
    entity.type !== 'number' &&
    entity.type !== 'date'
  ) {
    for (const other of pools.entities) {
      if (other.id === entity.id || inSentence.has(other.id) || other.type !== entity.type) {
        continue;
      }
      const forms = [other.ar, ...other.aliases.ar, ...other.nisba.ar];
      if (m.kind === 'nisba') {
        const ar = other.nisba.ar.find((f) => nisbaClass(f) === nisbaClass(m.core));
        if (ar === undefined) {
          continue;
        }
        out.push({
          ar,
          ...(other.nisba.en[0] === undefined ? {} : { en: other.nisba.en[0] }),
          kind: `nisba:${other.type}:${nisbaClass(ar)}`,
          forms
        });
        continue;
      }
      if (
        entity.type === 'person' &&
        (entity.gender === undefined || other.gender !== entity.gender)
      ) {
        continue;
      }
      const ar = closestIn([other.ar, ...other.aliases.ar], answer) ?? other.ar;
      const enForms = [other.en, ...other.aliases.en].filter((x): x is string => x !== undefined);
      const en = closestIn(enForms, answerEn ?? other.en ?? '');
      out.push({
        ar,
        ...(en === undefined ? {} : { en }),
        kind: other.type === 'person' ? `person:${other.gender ?? '?'}` : other.type,
        forms
      });
    }
    return out.filter((d) => lengthSimilar(d.ar, answer)).sort((a, b) => byCodePoint(a.ar, b.ar));
  }

  const value = m.value;
  if ((kind === 'year' || kind === 'number') && value !== undefined) {
    const fromArticle = (kind === 'year' ? pools.years : pools.numbers).filter((v) => v !== value);
    const nearby =
      kind === 'year'
        ? [1, -1, 2, -2, 3, -3].map((d) => value + d)
        : [2, 0.5, 1.5, 3, 0.25, 4].map((f) =>
            Number.isInteger(value) ? Math.round(value * f) : Math.round(value * f * 10) / 10
          );
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

/**
 * Rule-based items from the article: for every mention of an entity, number or date in a
 * sentence, a cloze (the blank in place of the mention, clitics kept in front), a multiple choice
 * with wrong options of the same kind, and a true/false statement (the sentence as written, or
 * with the mention swapped for one of its distractors). Candidates that cannot be made well are
 * returned as rejections with a reason.
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
  const pools: Pools = {
    entities: input.entities,
    byId,
    years: [...years].sort((a, b) => a - b),
    numbers: [...numbers].sort((a, b) => a - b),
    dates: [...dates]
      .map(([iso, text]) => ({ iso, text }))
      .sort((a, b) => byCodePoint(a.iso, b.iso))
  };

  const candidates: Candidate[] = [];
  const rejected: Rejection[] = [];
  const taken = new Set<string>();
  const trueStatements = new Set<string>();

  for (const loc of located) {
    const words = wordCount(loc.sentence.text);
    for (const m of loc.mentions) {
      const entity = m.entityId === undefined ? undefined : byId.get(m.entityId);
      const answer = answerOf(m);
      const reject = (type: Item['type'], reason: string) =>
        rejected.push({ paragraph: loc.paragraph, type, answer, reason });
      if (entity?.type === 'event') {
        reject('cloze', 'events are asked about by hand-written items');
        continue;
      }
      if (words < MIN_WORDS) {
        reject('cloze', `sentence too short for context (under ${MIN_WORDS} words)`);
        continue;
      }
      if (words > MAX_WORDS_CLOZE) {
        reject('cloze', `sentence too long (over ${MAX_WORDS_CLOZE} words)`);
        continue;
      }
      const blankStart = m.start + m.prefix.length;
      const promptAr = replaceAt(loc.sentence.text, blankStart, m.end, BLANK);
      const sameFact = (other: Mention) =>
        other !== m &&
        ((m.entityId !== undefined && other.entityId === m.entityId) ||
          normalizeAnswer(answerOf(other)) === normalizeAnswer(answer));
      if (loc.mentions.some(sameFact) || containsWords(promptAr, answer)) {
        reject('cloze', 'the answer occurs again in the sentence');
        continue;
      }

      // The English version, from the aligned sentence of the paragraph's translation.
      let en: ReturnType<typeof englishFor>;
      const paragraphEn = enSentences.get(loc.paragraph);
      if (paragraphEn !== undefined) {
        en = englishFor(m, loc, paragraphEn, byId);
      }
      if (input.bilingual && en === undefined) {
        reject(
          'cloze',
          paragraphEn === undefined
            ? 'paragraph has no translation'
            : 'no English counterpart in the translation'
        );
        continue;
      }
      if (en !== undefined && en.count > 1) {
        reject('cloze', 'the English sentence names the answer more than once');
        continue;
      }
      const answerEn = en?.hit.text;
      const promptEn =
        en === undefined ? undefined : replaceAt(en.sentence.text, en.hit.start, en.hit.end, BLANK);
      const withEn = (ar: string, enText: string | undefined): Text =>
        enText === undefined ? { ar } : { ar, en: enText };

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
      const evidence = [{ paragraph: loc.paragraph, quote: loc.sentence.text }];
      const explanation = withEn(
        `جاء في المقال: «${loc.sentence.text}»`,
        en === undefined ? undefined : `The article says: “${en.sentence.text}”`
      );
      const sibling = siblingId(input.slug, loc.paragraph, answer);
      const accept = {
        ar:
          entity && m.kind === 'entity'
            ? [...new Set([entity.ar, ...entity.aliases.ar])].filter(
                (a) => normalizeAnswer(a) !== normalizeAnswer(answer)
              )
            : [],
        en:
          entity && m.kind === 'entity'
            ? [...new Set([entity.en, ...entity.aliases.en])].filter(
                (a): a is string => a !== undefined && a !== answerEn
              )
            : m.kind === 'date' || entity?.type === 'date'
              ? englishDates(m.iso ?? entity?.date ?? '').filter((a) => a !== answerEn)
              : []
      };
      // Accepting a form that the prompt shows would leak it («بوتين» shown, «فلاديمير بوتين» accepted).
      accept.ar = accept.ar.filter((a) => !containsWords(promptAr, a));
      accept.en = accept.en.filter((a) => promptEn === undefined || !containsWords(promptEn, a));

      const base = (type: Item['type']) => {
        const id = generatedId(input.slug, loc.paragraph, type, answer);
        const dedupe = `${type}|${loc.paragraph}|${normalizeAnswer(answer)}`;
        if (taken.has(dedupe)) {
          reject(type, 'near-duplicate of an item on the same paragraph and answer');
          return undefined;
        }
        taken.add(dedupe);
        return {
          id,
          article: input.slug,
          source: 'generated' as const,
          topic,
          evidence,
          explanation,
          sibling
        };
      };

      // Cloze.
      const cloze = base('cloze');
      if (cloze) {
        candidates.push({
          item: {
            ...cloze,
            difficulty: recall,
            prompt: withEn(promptAr, promptEn),
            type: 'cloze',
            answer: withEn(answer, answerEn),
            accept
          },
          meta: { answerKind: kind }
        });
      }

      const all = distractorsFor(m, loc.mentions, pools, answerEn).filter(
        (d) =>
          [d.ar, ...d.forms].every((f) => !containsWords(loc.sentence.text, f)) &&
          (!input.bilingual || d.en !== undefined)
      );

      // Multiple choice.
      if (all.length < 3) {
        reject('mcq', `fewer than 3 wrong options of kind ${kind}`);
      } else {
        const mcq = base('mcq');
        if (mcq) {
          const random = seededRandom(`${mcq.id}:options`);
          const wrong = shuffle(all, random).slice(0, 3);
          const right: Distractor = {
            ar: answer,
            ...(answerEn === undefined ? {} : { en: answerEn }),
            kind,
            forms: []
          };
          const options = shuffle([right, ...wrong], seededRandom(mcq.id));
          candidates.push({
            item: {
              ...mcq,
              difficulty: choice,
              prompt: withEn(promptAr, promptEn),
              type: 'mcq',
              options: options.map((o) => withEn(o.ar, o.en)),
              answer: options.indexOf(right)
            },
            meta: {
              answerKind: kind,
              options: options.map((o) => ({ kind: o.kind, forms: o.forms }))
            }
          });
        }
      }

      // True/false: the sentence as written, or with the mention swapped for a distractor.
      if (words > MAX_WORDS_STATEMENT) {
        reject(
          'truefalse',
          `sentence too long for a statement (over ${MAX_WORDS_STATEMENT} words)`
        );
        continue;
      }
      const tfId = generatedId(input.slug, loc.paragraph, 'truefalse', answer);
      const random: Random = seededRandom(tfId);
      const sentenceKey = `${loc.paragraph}#${loc.index}`;
      const canSwap = all.length > 0 && !m.merged;
      const makeFalse = canSwap && (random() < 0.5 || trueStatements.has(sentenceKey));
      if (!makeFalse && trueStatements.has(sentenceKey)) {
        reject('truefalse', 'the sentence is already a true statement');
        continue;
      }
      if (makeFalse) {
        const swap = shuffle(all, random)[0] as Distractor;
        const statementAr = replaceAt(loc.sentence.text, blankStart, m.end, swap.ar);
        const statementEn =
          en === undefined || swap.en === undefined
            ? undefined
            : replaceAt(en.sentence.text, en.hit.start, en.hit.end, swap.en);
        if (input.bilingual && statementEn === undefined) {
          reject('truefalse', 'no English for the swapped statement');
          continue;
        }
        const article = input.paragraphs.map((p) => p.ar).join('\n');
        if (normalizeAnswer(article).includes(normalizeAnswer(statementAr))) {
          reject('truefalse', 'the false statement occurs in the article');
          continue;
        }
        const tf = base('truefalse');
        if (tf) {
          candidates.push({
            item: {
              ...tf,
              difficulty: choice,
              prompt: withEn(statementAr, statementEn),
              type: 'truefalse',
              answer: false
            },
            meta: { answerKind: kind }
          });
        }
      } else {
        const tf = base('truefalse');
        if (tf) {
          trueStatements.add(sentenceKey);
          candidates.push({
            item: {
              ...tf,
              difficulty: choice,
              prompt: withEn(loc.sentence.text, en?.sentence.text),
              type: 'truefalse',
              answer: true
            },
            meta: { answerKind: kind }
          });
        }
      }
    }
  }
  return { candidates, rejected };
}
