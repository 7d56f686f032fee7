import { atSentenceStart, THE_BEFORE } from './agreement';
import { englishForms, findEnglish, type Entity, type Mention } from './entities';
import type { Located } from './pipeline/mentions';
import type { Sentence } from './sentences';

export function englishFor(
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

/** How a name sits in its English sentence: with «the» in front, after a possessive, at the start. */
export interface EnglishSlot {
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

export function englishSlot(
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
