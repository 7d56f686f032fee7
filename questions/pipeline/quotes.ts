import type { Item } from '../../src/lib/domain/bank';
import { shuffled } from '../../src/lib/domain/random';
import { containsWords, wordCount } from '../arabic';
import type { Entity, Mention } from '../entities';
import { generatedId } from '../ids';
import { isDescription } from '../kinds';
import type { Candidate, Rejection } from '../types';
import { seededRandom } from '../util';
import type { GenerateInput, Located, MentionIndex } from './mentions';

/**
 * "Who said this?": a quotation of the article («…», "…" or “…”) and the person the sentence
 * gives as its speaker, with other people of the article as the wrong options (of the same
 * gender where it is known, none named in the same sentence). Refused with fewer than two other
 * people to offer, and on a bilingual article (the English of the quotation is not aligned).
 */
export function quoteCandidates(
  input: GenerateInput,
  index: MentionIndex
): { candidates: Candidate[]; rejected: Rejection[] } {
  const candidates: Candidate[] = [];
  const rejected: Rejection[] = [];
  for (const loc of index.located) {
    for (const quote of quotations(loc.sentence.text)) {
      const speaker = speakerOf(loc, quote, index.byId);
      if (speaker === undefined) {
        continue;
      }
      const made = whoSaid(input, index, loc, quote, speaker);
      if (typeof made === 'string') {
        rejected.push({ paragraph: loc.paragraph, type: 'mcq', answer: speaker.ar, reason: made });
      } else {
        candidates.push(made);
      }
    }
  }
  return { candidates, rejected };
}

/** A quotation in a sentence: the span of its words inside the marks. */
export interface Quotation {
  start: number;
  end: number;
  text: string;
}

const MIN_WORDS = 4;
const MAX_WORDS = 30;

/** The quotations of a sentence, of four to thirty words. */
export function quotations(sentence: string): Quotation[] {
  const out: Quotation[] = [];
  for (const r of sentence.matchAll(/«([^»]+)»|"([^"]+)"|“([^”]+)”/gu)) {
    const text = (r[1] ?? r[2] ?? r[3] ?? '').trim();
    const n = wordCount(text);
    if (n >= MIN_WORDS && n <= MAX_WORDS) {
      const start = r.index + r[0].indexOf(text);
      out.push({ start, end: start + text.length, text });
    }
  }
  return out;
}

/**
 * The speaker: the person named closest before the quotation in the same sentence («ويقول
 * المهندس سامر خليل: "…"»), else the first one after it («"…"، قال فلان»).
 */
function speakerOf(
  loc: Located,
  quote: Quotation,
  byId: ReadonlyMap<string, Entity>
): Entity | undefined {
  const people = loc.mentions.filter((m) => {
    const e = m.entityId === undefined ? undefined : byId.get(m.entityId);
    return m.kind === 'entity' && e?.type === 'person' && !isDescription(e);
  });
  const outside = (m: Mention) => m.end <= quote.start - 1 || m.start >= quote.end + 1;
  const before = people.filter((m) => m.end <= quote.start && outside(m)).at(-1);
  const after = people.find((m) => m.start >= quote.end && outside(m));
  const m = before ?? after;
  return m?.entityId === undefined ? undefined : byId.get(m.entityId);
}

/** Other people of the article who could have said it: same gender where known, not in the sentence. */
function otherPeople(index: MentionIndex, loc: Located, speaker: Entity): Entity[] {
  const named = new Set(loc.mentions.map((m) => m.entityId));
  return index.pools.entities.filter(
    (e) =>
      e.type === 'person' &&
      e.id !== speaker.id &&
      !named.has(e.id) &&
      !isDescription(e) &&
      (speaker.gender === undefined || e.gender === undefined || e.gender === speaker.gender) &&
      (index.pools.occurs === undefined ||
        [e.ar, ...e.aliases.ar].some((f) => index.pools.occurs?.(f))) &&
      ![e.ar, ...e.aliases.ar].some((f) => containsWords(loc.sentence.text, f))
  );
}

function whoSaid(
  input: GenerateInput,
  index: MentionIndex,
  loc: Located,
  quote: Quotation,
  speaker: Entity
): Candidate | string {
  if (input.bilingual) {
    return 'who said it: the English of the quotation is not aligned';
  }
  const others = otherPeople(index, loc, speaker);
  if (others.length < 2) {
    return 'who said it: fewer than 2 other people of the article to offer';
  }
  if (containsWords(quote.text, speaker.ar)) {
    return 'who said it: the quotation names its speaker';
  }
  const id = generatedId(input.slug, loc.paragraph, 'mcq', `quote:${quote.text}`);
  const wrong = shuffled(others, seededRandom(`${id}:options`)).slice(0, 3);
  const options = shuffled([speaker, ...wrong], seededRandom(id));
  const item: Item = {
    id,
    article: input.slug,
    source: 'generated',
    topic: input.topicFor(loc.paragraph),
    evidence: [{ paragraph: loc.paragraph, quote: loc.sentence.text }],
    explanation: {
      ar: `قائل العبارة هو ${speaker.ar}. جاء في المقال: «${loc.sentence.text}»`
    },
    sibling: id,
    difficulty: 2,
    prompt: { ar: `من قال في المقال: «${quote.text}»؟` },
    type: 'mcq',
    options: options.map((o) => ({ ar: o.ar })),
    answer: options.indexOf(speaker)
  };
  return {
    item,
    meta: {
      answerKind: 'person',
      options: options.map((o) => ({ kind: 'person', forms: [o.ar, ...o.aliases.ar] }))
    }
  };
}
