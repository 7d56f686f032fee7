import { latinDigits, normalizeAnswer } from '../src/lib/domain/answers';
import { capitalise, clauseWindow, englishWindow, MAX_PROMPT_WORDS } from './agreement';
import { BLANK, containsWords, wordCount } from './arabic';
import { englishFor } from './english';
import { englishForms, findEnglish, type Entity, type Mention } from './entities';
import { answerOf, isDescription } from './kinds';
import type { Located, MentionIndex } from './pipeline/mentions';
import { replaceAt } from './util';

const MIN_WORDS = 6;

/** The Arabic of a question on one mention: the sentence, or the clauses around the mention. */
export interface ArabicPrompt {
  window: { start: number; end: number };
  /** The whole sentence is shown (no trimming). */
  whole: boolean;
  /** The sentence or clause shown. */
  text: string;
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

/** The Arabic prompt on mention `m`, or why none can be made (a rejected cloze). */
export function arabicPrompt(
  loc: Located,
  m: Mention,
  entity: Entity | undefined
): ArabicPrompt | string {
  const sentence = loc.sentence.text;
  if (entity?.type === 'event') {
    return 'events are asked about by hand-written items';
  }
  if (isDescription(entity)) {
    return 'a description of a person, not a name';
  }
  if ((m.kind === 'number' || entity?.type === 'number') && !/\d/u.test(latinDigits(m.core))) {
    return 'a number written in words (no wrong options of its kind)';
  }
  if (wordCount(sentence) < MIN_WORDS) {
    return `sentence too short for context (under ${MIN_WORDS} words)`;
  }
  // Long sentences are trimmed to the clauses around the answer.
  const window = clauseWindow(sentence, m.start, m.end);
  if (window === undefined) {
    return `no clause of at most ${MAX_PROMPT_WORDS} words around the answer`;
  }
  const text = sentence.slice(window.start, window.end);
  if (wordCount(text) < MIN_WORDS) {
    return `clause too short for context (under ${MIN_WORDS} words)`;
  }
  const shown = loc.mentions.filter((o) => o.start >= window.start && o.end <= window.end);
  const blankStart = m.start + m.prefix.length - window.start;
  const blankEnd = m.end - window.start;
  const prompt = replaceAt(text, blankStart, blankEnd, BLANK);
  const answer = answerOf(m);
  const sameFact = (other: Mention) =>
    other !== m &&
    ((m.entityId !== undefined && other.entityId === m.entityId) ||
      normalizeAnswer(answerOf(other)) === normalizeAnswer(answer));
  if (shown.some(sameFact) || containsWords(prompt, answer)) {
    return 'the answer occurs again in the sentence';
  }
  const whole = window.start === 0 && window.end === sentence.length;
  return { window, whole, text, shown, blankStart, blankEnd, prompt };
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
  const w = englishWindow(eText, found.hit.start, found.hit.end, inside, outside, target);
  if (w === undefined) {
    return undefined;
  }
  return {
    en: {
      text: capitalise(eText.slice(w.start, w.end)),
      hit: { ...found.hit, start: found.hit.start - w.start, end: found.hit.end - w.start }
    }
  };
}
