import { latinDigits, normalizeAnswer } from '../src/lib/domain/answers';
import type { Evidence, Item, Text } from '../src/lib/domain/bank';
import { bareEnglish, capitalise, type EnglishArticles } from './agreement';
import { BLANK, containsWords } from './arabic';
import { englishDates, otherMonthNames } from './dates';
import { words } from './distractors';
import { englishSlot, type EnglishSlot } from './english';
import type { Entity, Mention } from './entities';
import { generatedId } from './ids';
import { answerOf, mentionKind, NAMED } from './kinds';
import { dualNoun } from './numbers';
import type { Located, MentionIndex } from './pipeline/mentions';
import type { ArabicPrompt, EnglishText } from './prompts';
import type { Provenance } from './types';
import { replaceAt } from './util';

/** Everything the items on one mention share: answer, prompts, difficulty, accepted forms. */
export interface Question {
  slug: string;
  paragraph: string;
  m: Mention;
  entity: Entity | undefined;
  answer: string;
  kind: string;
  sentence: string;
  ar: ArabicPrompt;
  en: EnglishText | undefined;
  slot: EnglishSlot | undefined;
  /** The answer in the English text, without «the»; with it, as it reads in the text. */
  answerBare: string | undefined;
  answerInText: string | undefined;
  named: boolean;
  articles: EnglishArticles;
  /** An English name as it reads in the slot: with or without «the», capitalised at the start. */
  inSlot: (form: string) => string;
  recall: 1 | 2 | 3;
  choice: 1 | 2 | 3;
  provenance: Provenance;
  accept: { ar: string[]; en: string[] };
  promptEnCloze: string | undefined;
  /** The fields every item type on this mention shares. */
  base: (type: Item['type']) => ItemBase;
}

/** The fields every generated item has, in the order they are written. */
export interface ItemBase {
  id: string;
  article: string;
  source: 'generated';
  topic: string;
  evidence: Evidence[];
  explanation: Text;
  sibling: string;
}

export const withEn = (ar: string, enText: string | undefined): Text =>
  enText === undefined ? { ar } : { ar, en: enText };

/** The shared description of the questions on mention `m`. */
export function describeQuestion(
  slug: string,
  topic: string,
  index: MentionIndex,
  loc: Located,
  m: Mention,
  ar: ArabicPrompt,
  en: EnglishText | undefined
): Question {
  const entity = m.entityId === undefined ? undefined : index.byId.get(m.entityId);
  const answer = answerOf(m);
  const named = entity !== undefined && m.kind === 'entity' && NAMED.has(entity.type);
  // With no translation, what is known in English still gets its English, as its wrong options
  // do: a country's name from the platform, a number, a date.
  const known = en === undefined ? knownEnglish(m, entity, named) : undefined;
  const slotted = {
    ...englishAnswer(en, named, index.articles),
    ...(known === undefined ? {} : { answerBare: known, answerInText: known })
  };
  const freq = m.entityId === undefined ? 0 : (index.frequency.get(m.entityId) ?? 0);
  const recall = recallDifficulty(m, entity, freq);
  const promptEnCloze =
    en === undefined || slotted.slot === undefined
      ? undefined
      : replaceAt(en.text, slotted.slot.bare, slotted.slot.end, BLANK);
  return {
    slug,
    paragraph: loc.paragraph,
    m,
    entity,
    answer,
    kind: mentionKind(m, entity),
    sentence: loc.sentence.text,
    ar,
    en,
    ...slotted,
    named,
    articles: index.articles,
    recall,
    choice: Math.max(1, recall - 1) as 1 | 2 | 3,
    provenance: provenanceOf(loc, m, entity, freq),
    accept: acceptedForms(m, entity, answer, slotted, ar.prompt, promptEnCloze),
    promptEnCloze,
    base: itemBase(slug, topic, loc.paragraph, answer, ar, en)
  };
}

function knownEnglish(m: Mention, entity: Entity | undefined, named: boolean): string | undefined {
  if (named) {
    return entity?.en;
  }
  const iso = m.iso ?? entity?.date;
  if ((m.kind === 'date' || entity?.type === 'date') && iso !== undefined) {
    return englishDates(iso)[0];
  }
  if (m.value === undefined || m.kind === 'nisba' || dualNoun(m.core) !== undefined) {
    // «درجتين» holds its noun, which a bare «2» would drop: no English.
    return undefined;
  }
  // «ستة»: a number in words is its value in English, as its wrong options are.
  const digits = latinDigits(m.core);
  return /\d/u.test(digits) ? digits : String(m.value);
}

function itemBase(
  slug: string,
  topic: string,
  paragraph: string,
  answer: string,
  ar: ArabicPrompt,
  en: EnglishText | undefined
): (type: Item['type']) => ItemBase {
  const evidence = [{ paragraph, quote: ar.quote }];
  const explanation = withEn(
    `جاء في المقال: «${ar.quote}»`,
    en === undefined ? undefined : `The article says: “${en.text}”`
  );
  return (type) => {
    const id = generatedId(slug, paragraph, type, answer);
    // Its own group until `pipeline/siblings.ts` gives every item its sentence's.
    return {
      id,
      article: slug,
      source: 'generated' as const,
      topic,
      evidence,
      explanation,
      sibling: id
    };
  };
}

/** Which sentence and answer a question tests, and how good a question it is. */
function provenanceOf(
  loc: Located,
  m: Mention,
  entity: Entity | undefined,
  freq: number
): Provenance {
  const answer = answerOf(m);
  return {
    sentence: `${loc.paragraph}#${loc.index}`,
    answer: normalizeAnswer(answer),
    score: answerScore(m, entity, freq),
    prefer: prefersMcq(m, entity, answer, freq) ? 'mcq' : 'cloze'
  };
}

function englishAnswer(
  en: EnglishText | undefined,
  named: boolean,
  articles: EnglishArticles
): Pick<Question, 'slot' | 'answerBare' | 'answerInText' | 'inSlot'> {
  const slot = en === undefined ? undefined : englishSlot(en.text, en.hit, named);
  const answerBare =
    en === undefined || slot === undefined ? undefined : en.text.slice(slot.bare, slot.end);
  const answerInText =
    en === undefined || slot === undefined ? undefined : en.text.slice(slot.from, slot.end);
  const inSlot = (form: string): string => {
    if (slot === undefined) {
      return form;
    }
    const read = !named ? form : slot.possessive ? bareEnglish(form) : articles.inText(form);
    return slot.atStart ? capitalise(read) : read;
  };
  return { slot, answerBare, answerInText, inSlot };
}

function recallDifficulty(m: Mention, entity: Entity | undefined, freq: number): 1 | 2 | 3 {
  if (m.kind === 'nisba') {
    return 1;
  }
  if (m.entityId === undefined || entity?.type === 'number' || entity?.type === 'date') {
    return 2;
  }
  return freq >= 6 ? 1 : freq >= 2 ? 2 : 3;
}

/**
 * Other forms accepted as a typed answer: the entity's names and aliases, a date in the other
 * month names (Arabic and English), «the»
 * before an English name, minus any form the prompt shows (accepting a form that the prompt
 * shows would leak it: «بوتين» shown, «فلاديمير بوتين» accepted).
 */
function acceptedForms(
  m: Mention,
  entity: Entity | undefined,
  answer: string,
  { slot, answerBare }: Pick<Question, 'slot' | 'answerBare'>,
  promptAr: string,
  promptEnCloze: string | undefined
): { ar: string[]; en: string[] } {
  const ar =
    entity && m.kind === 'entity'
      ? [...new Set([entity.ar, ...entity.aliases.ar, ...shortForms(entity, answer)])].filter(
          (a) => normalizeAnswer(a) !== normalizeAnswer(answer)
        )
      : m.kind === 'date'
        ? otherMonthNames(answer)
        : rangeForms(answer);
  const en = [
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
  ].filter((a) => a !== answerBare);
  return {
    ar: ar.filter((a) => !containsWords(promptAr, a)),
    en: en.filter((a) => promptEnCloze === undefined || !containsWords(promptEnCloze, a))
  };
}

/** A range as a student may type it: «250 إلى 400» also as «250-400» and «250 - 400». */
export function rangeForms(answer: string): string[] {
  const r = /^(\p{Nd}[\p{Nd}.,]*)\s*(?:إلى|الى|و|-|–)\s*(\p{Nd}[\p{Nd}.,]*)$/u.exec(answer.trim());
  const forms = r === null ? [] : [`${r[1]}-${r[2]}`, `${r[1]} - ${r[2]}`, `${r[1]} إلى ${r[2]}`];
  return forms.filter((f) => f !== answer.trim());
}

/**
 * Shorter names a student may type: a person's family name («خليل» for «سامر خليل»), an
 * organisation's name without its head noun when two words or more remain («الصحة العالمية»).
 */
function shortForms(entity: Entity, answer: string): string[] {
  const words = answer.trim().split(/\s+/u);
  if (entity.type === 'person' && words.length >= 2) {
    return [words.at(-1)!];
  }
  const out: string[] = [];
  // Not when an adjective would lead: «المركزي المصري» is no name.
  if (entity.type === 'organisation' && words.length >= 3 && !/ي[ةه]?$/u.test(words[1]!)) {
    out.push(words.slice(1).join(' '));
  }
  if (entity.type === 'organisation') {
    out.push(...headForms(words));
  }
  return out;
}

// Adjectives that are part of a body's name, not its nationality.
const NOT_NATIONALITY =
  /^(?:ال)?(?:عالمي|دولي|وطني|مركزي|ثوري|عربي|اسلامي|قومي|اعلي|شعبي|اقليمي|اتحادي|ملكي|جمهوري|عسكري|امني|مدني|تنفيذي|تشريعي|نووي|ذري)(?:ه|ة)?$/u;

/**
 * A body's name without the adjectives that end it, as a student writes it: «وزارة الصحة» for
 * «وزارة الصحة المغربية», «البرلمان» for «البرلمان الإيراني», «القوات الروسية» for «القوات الروسية
 * المسلّحة». A nationality adjective goes; another adjective only after a definite head and a
 * nationality («البيت الأبيض» stays whole).
 */
export function headForms(words: readonly string[]): string[] {
  const nisba = (w: string) =>
    /^ال\S{2,}ي(?:ة|ه)?$/u.test(w) && !NOT_NATIONALITY.test(normalizeAnswer(w));
  const out: string[] = [];
  if (words.length >= 2 && nisba(words.at(-1)!)) {
    out.push(words.slice(0, -1).join(' '));
  }
  if (
    words.length === 3 &&
    /^ال/u.test(words[0]!) &&
    nisba(words[1]!) &&
    /^ال/u.test(words[2]!) &&
    !nisba(words[2]!)
  ) {
    out.push(words.slice(0, 2).join(' '));
  }
  return out;
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
 * A cloze asks for a short answer the learner can type (a year, a date, a one-word name met
 * often); a multiple choice for a number, or a long or rare name.
 */
function prefersMcq(m: Mention, entity: Entity | undefined, answer: string, freq: number): boolean {
  // A quantity is asked with options of its unit and magnitude (numbers.ts), not typed.
  if (mentionKind(m, entity) === 'number') {
    return true;
  }
  if (m.kind === 'nisba' || entity === undefined || !NAMED.has(entity.type)) {
    return false;
  }
  return words(answer) >= 2 || freq < 2;
}
