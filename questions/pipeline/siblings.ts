import { normalizeAnswer } from '../../src/lib/domain/answers';
import type { Item } from '../../src/lib/domain/bank';
import { containsWords } from '../arabic';
import { sentenceSiblingId } from '../ids';
import { splitSentences } from '../sentences';

/** What grouping needs of a paragraph: its id and its Arabic text. */
export interface SiblingParagraph {
  id: string;
  ar: string;
}

/**
 * Every item's sibling group (the app never shows two items of one group the same day, nor puts
 * two in one quiz), by one rule for generated, curated and hand-written items alike:
 *
 * - items whose evidence lies in the same sentence of the article are siblings (a quote spanning
 *   two sentences joins them, and so does an item citing two quotes of one paragraph);
 * - items asking for the same answer (a cloze's, a short answer's, a multiple choice's right
 *   option, normalised) in the same paragraph are siblings too: they test the same fact;
 * - a generated item that prints (in its prompt, sequence or pairs) the answer of another item of
 *   its paragraph, or of another generated item anywhere, or whose answer such an item prints, is
 *   that item's sibling: the build keeps such pairs only to give a short paragraph its items
 *   (`cap.ts`);
 * - only an item's first paragraph counts: a matching or ordering item draws on several, and
 *   joining them all would chain most of the article into one group (140 of the seed's 206 items).
 *
 * A group's id is its first sentence's ({@link sentenceSiblingId}), so it does not depend on the
 * items' order. An item whose quote is not in its paragraph keeps the sibling it has (the build's
 * validation refuses it anyway).
 */
export function groupSiblings(
  slug: string,
  paragraphs: readonly SiblingParagraph[],
  items: readonly Item[]
): Item[] {
  const texts = new Map(paragraphs.map((p) => [p.id, p.ar]));
  const sentences = new Map<string, { start: number; end: number }[]>();
  const sentencesOf = (id: string, text: string) => {
    let found = sentences.get(id);
    if (found === undefined) {
      found = splitSentences(text, 'ar');
      sentences.set(id, found);
    }
    return found;
  };
  const groups = new Groups();
  const sentenceNodes = new Map<string, { paragraph: string; n: number }>();
  const roots = items.map((item) => {
    const paragraph = item.evidence[0]?.paragraph ?? '';
    const text = texts.get(paragraph);
    if (text === undefined) return undefined;
    const nodes = item.evidence
      .filter((e) => e.paragraph === paragraph)
      .flatMap((e) => sentencesUnder(sentencesOf(paragraph, text), text, e.quote))
      .map((n) => {
        const node = `${paragraph}#${n}`;
        sentenceNodes.set(node, { paragraph, n });
        return node;
      });
    const answer = answerOf(item);
    if (nodes.length > 0 && answer !== undefined && answer !== '') {
      nodes.push(`${paragraph}|${answer}`);
    }
    for (const node of nodes) groups.join(nodes[0]!, node);
    return nodes[0];
  });
  joinPrinters(items, roots, groups);
  // Each group is named by its earliest sentence.
  const first = new Map<string, { paragraph: string; n: number }>();
  for (const [node, sentence] of sentenceNodes) {
    const root = groups.find(node);
    if ((first.get(root)?.n ?? Infinity) > sentence.n) first.set(root, sentence);
  }
  return items.map((item, i) => {
    const node = roots[i];
    const named = node === undefined ? undefined : first.get(groups.find(node));
    const sibling =
      named === undefined ? item.sibling : sentenceSiblingId(slug, named.paragraph, named.n);
    return sibling === item.sibling ? item : { ...item, sibling };
  });
}

/**
 * Joins a generated item with every item of its paragraph whose answer it prints, or that prints
 * its own, and with every generated item of the article likewise: paragraph by paragraph, then the
 * generated items together, each item's printed text read once per group.
 */
function joinPrinters(
  items: readonly Item[],
  roots: readonly (string | undefined)[],
  groups: Groups
) {
  const byParagraph = new Map<string, number[]>();
  items.forEach((item, i) => {
    const p = item.evidence[0]?.paragraph;
    if (p !== undefined && roots[i] !== undefined) {
      byParagraph.set(p, [...(byParagraph.get(p) ?? []), i]);
    }
  });
  // Generated items of different paragraphs too: the build keeps such a pair only to give a
  // paragraph with none its first item (`cap.ts`).
  const across = [...byParagraph.values()].flat().filter((i) => generated(items[i]!));
  for (const members of [...byParagraph.values(), across]) {
    if (!members.some((i) => generated(items[i]!))) continue;
    const shown = new Map(members.map((i) => [i, printed(items[i]!)]));
    for (const i of members) {
      for (const j of members) {
        const answer = blankAnswerOf(items[j]!);
        const either = generated(items[i]!) || generated(items[j]!);
        if (i !== j && either && answer !== undefined && containsWords(shown.get(i)!, answer)) {
          groups.join(roots[i]!, roots[j]!);
        }
      }
    }
  }
}

const generated = (item: Item) => item.source === 'generated';

/** Everything an item prints before it is answered: its prompt and its sequence or pairs. */
export function printed(item: Item): string {
  const parts = [item.prompt.ar];
  if (item.type === 'ordering') parts.push(...item.sequence.map((s) => s.ar));
  if (item.type === 'matching') parts.push(...item.pairs.flatMap((p) => [p.left.ar, p.right.ar]));
  return parts.join('\n');
}

/** The right answer a blank (cloze or multiple choice) shows once answered, as written. */
export function blankAnswerOf(item: Item): string | undefined {
  if (item.type === 'cloze') return item.answer.ar;
  return item.type === 'mcq' ? item.options[item.answer]?.ar : undefined;
}

/** The indexes of the sentences that the quote's first occurrence in `text` overlaps. */
function sentencesUnder(
  sentences: readonly { start: number; end: number }[],
  text: string,
  quote: string
): number[] {
  const from = quote === '' ? -1 : text.indexOf(quote);
  if (from < 0) return [];
  const to = from + quote.length;
  const out: number[] = [];
  sentences.forEach((s, n) => {
    if (s.start < to && s.end > from) out.push(n);
  });
  return out;
}

/** The answer an item asks for, normalised; none for true/false, matching and ordering. */
function answerOf(item: Item): string | undefined {
  switch (item.type) {
    case 'cloze':
    case 'short':
      return normalizeAnswer(item.answer.ar);
    case 'mcq': {
      const right = item.options[item.answer]?.ar;
      return right === undefined ? undefined : normalizeAnswer(right);
    }
    default:
      return undefined;
  }
}

/** Disjoint sets of strings (union–find with path halving). */
class Groups {
  #parent = new Map<string, string>();

  find(x: string): string {
    let node = x;
    if (!this.#parent.has(node)) this.#parent.set(node, node);
    while (this.#parent.get(node) !== node) {
      const up = this.#parent.get(this.#parent.get(node)!)!;
      this.#parent.set(node, up);
      node = up;
    }
    return node;
  }

  join(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.#parent.set(rb, ra);
  }
}
