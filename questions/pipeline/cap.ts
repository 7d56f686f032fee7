import { normalizeAnswer } from '../../src/lib/domain/answers';
import { containsWords } from '../arabic';
import { MIN_PER_PARAGRAPH } from '../report';
import { numberWord } from '../numbers';
import { blankAnswerOf, printed } from './siblings';
import type { Candidate, Rejection } from '../types';
import { seededRandom } from '../util';

/** At most this many items per sentence: two on one sentence print each other's answers. */
export const ITEMS_PER_SENTENCE = 1;
/** A candidate scored under this is kept only to give its paragraph its minimum. */
export const MIN_SCORE = -1;
/** Omnipresent actors are at most this share of the kept blanks' answers. */
export const OMNIPRESENT_MAX_SHARE = 0.1;

const answerOf = (c: Candidate) => c.meta.provenance?.answer;
const scoreOf = (c: Candidate) => c.meta.provenance?.score ?? 0;
const paragraphOf = (c: Candidate) => c.item.evidence[0]?.paragraph ?? '?';
const isBlank = (c: Candidate) => c.item.type === 'cloze' || c.item.type === 'mcq';
const byScore = (a: Candidate, b: Candidate) => scoreOf(b) - scoreOf(a);
/** The right answer a blank shows once answered: what no other item may print. */
const blankAnswer = (c: Candidate) => blankAnswerOf(c.item);

/** A number or date blank, a count in words («ستة») included: not a name. */
function numericBlank(c: Candidate): boolean {
  const answer = isBlank(c) ? (blankAnswer(c) ?? '') : '';
  return /\p{Nd}/u.test(answer) || numberWord(answer) !== undefined;
}

/** Whether `a` prints the answer of blank `b` (an item never gives another's answer away). */
export function printsAnswerOf(a: Candidate, b: Candidate): boolean {
  const answer = blankAnswer(b);
  return a !== b && answer !== undefined && containsWords(printed(a.item), answer);
}

/** The candidates of one sentence, best first, and which of them is kept. */
interface Slot {
  options: Candidate[];
  kept: Candidate | undefined;
  /** A second item on the sentence, for a paragraph short of items ({@link secondOnSentence}). */
  second?: Candidate;
}

/**
 * Keeps the best-scored items (`score.ts`), {@link ITEMS_PER_SENTENCE} per sentence: several
 * items on one sentence print each other's answers. Then one item per id, none scored under
 * {@link MIN_SCORE}; a blank whose answer another item prints is swapped for its sentence's next
 * best, or dropped; omnipresent actors cut down to {@link OMNIPRESENT_MAX_SHARE} of the blanks;
 * numbers and dates swapped for names or statements until names are {@link NAMES_MIN_SHARE} of the
 * blanks; paragraphs left with fewer than {@link MIN_PER_PARAGRAPH} items (counting `curated`)
 * topped up from their sentences with no item yet, and one still with none given an item that
 * prints another paragraph's answer ({@link fillEmptyParagraphs}); true statements balanced
 * against false ones ({@link balanceStatements}). Dropped candidates come back as rejections.
 */
export function capPerSentence(
  candidates: readonly Candidate[],
  curated: readonly Candidate[] = []
): { kept: Candidate[]; dropped: Rejection[] } {
  const { groups, loose } = bySentence(candidates);
  const reasons = new Map<Candidate, string>();
  const seen = new Set<string>();
  const slots: Slot[] = [];
  for (const group of groups.values()) {
    const options = [...group].sort(byScore).filter((c) => {
      if (seen.has(c.item.id)) {
        reasons.set(c, 'near-duplicate of an item on the same paragraph and answer');
        return false;
      }
      return true;
    });
    const best = options.find((c) => scoreOf(c) >= MIN_SCORE);
    if (best !== undefined) seen.add(best.item.id);
    slots.push({ options: preferStatementSeed(options), kept: best });
  }
  curated.forEach((c) => curatedItems.add(c));
  const fixed = [...curated, ...loose];
  dropLeaks(slots, fixed);
  limitOmnipresent(slots, fixed);
  balanceNames(slots, fixed, curated);
  topUpParagraphs(slots, fixed, curated);
  fillEmptyParagraphs(slots, fixed);
  balanceStatements(slots, fixed);
  secondOnSentence(slots, fixed);
  const keep = new Set<Candidate>(keptOf(slots, loose));
  const kept = candidates.filter((c) => keep.has(c));
  const dropped = candidates
    .filter((c) => !keep.has(c))
    .map((c) => ({
      paragraph: paragraphOf(c),
      type: c.item.type,
      answer: answerOf(c) ?? '?',
      reason:
        reasons.get(c) ??
        (scoreOf(c) < MIN_SCORE
          ? `capped: score under ${MIN_SCORE}`
          : `capped: ${ITEMS_PER_SENTENCE} item per sentence`),
      score: scoreOf(c)
    }));
  return { kept, dropped };
}

/** Of a true and a false statement on one clause scored alike, one by a seed of the clause. */
function preferStatementSeed(options: Candidate[]): Candidate[] {
  const [a, b] = options;
  if (
    a?.item.type !== 'truefalse' ||
    b?.item.type !== 'truefalse' ||
    scoreOf(a) !== scoreOf(b) ||
    a.item.evidence[0]?.quote !== b.item.evidence[0]?.quote ||
    a.item.answer === b.item.answer
  ) {
    return options;
  }
  const wantTrue = seededRandom(`statement:${a.item.evidence[0]?.quote ?? ''}`)() < 0.5;
  return a.item.answer === wantTrue ? options : [b, a, ...options.slice(2)];
}

const keptOf = (slots: readonly Slot[], fixed: readonly Candidate[]) => [
  ...fixed,
  ...slots.flatMap((s) => [s.kept, s.second].filter((c) => c !== undefined))
];

/** Hand-written items: checked against generated ones of their own paragraph only. */
const curatedItems = new WeakSet<Candidate>();

/**
 * How far items may print each other's answers, as siblings (`siblings.ts`: never shown the same
 * day nor in one quiz): not at all, within a paragraph (to give a short paragraph its items), or
 * across the article (to give a paragraph with none its first: «بحسب نادية بوزيد» beside «who said
 * this?» of another paragraph).
 */
type Reach = 'none' | 'paragraph' | 'article';

/**
 * Whether `c` may stand beside `others`: neither prints the other's answer (a hand-written item
 * counts on its own paragraph only: a long curated bank names its actors everywhere), except two
 * generated items within `reach` ({@link Reach}) that do not ask one fact twice.
 */
const fits = (c: Candidate, others: readonly Candidate[], reach: Reach = 'none') =>
  others.every(
    (o) =>
      o === c ||
      (curatedItems.has(o) && paragraphOf(o) !== paragraphOf(c)) ||
      (reach !== 'none' &&
        !curatedItems.has(o) &&
        (reach === 'article' || paragraphOf(o) === paragraphOf(c)) &&
        !askedTwice(o, c) &&
        !sameAnswer(o, c)) ||
      (!printsAnswerOf(o, c) && !printsAnswerOf(c, o) && !askedTwice(o, c))
  );

/** Two blanks with one answer, anywhere: as siblings they would ask one fact twice. */
function sameAnswer(a: Candidate, b: Candidate): boolean {
  const x = blankAnswer(a);
  return x !== undefined && normalizeAnswer(x) === normalizeAnswer(blankAnswer(b) ?? '');
}

/** Two blanks with one answer in one paragraph ask one fact twice (who said this, and that). */
const askedTwice = (a: Candidate, b: Candidate) =>
  paragraphOf(a) === paragraphOf(b) && sameAnswer(a, b);

/** The slot's best candidate (after `from`) that fits the others and `want`, if any. */
function nextFitting(
  slot: Slot,
  others: readonly Candidate[],
  want: (c: Candidate) => boolean = () => true,
  minScore = MIN_SCORE,
  reach: Reach = 'none'
): Candidate | undefined {
  return slot.options.find(
    (c) => c !== slot.kept && scoreOf(c) >= minScore && want(c) && fits(c, others, reach)
  );
}

/**
 * A blank whose answer another item prints: the printing items give way to their sentence's next
 * best where they can, else the blank gives way to its own, else it is dropped.
 */
function dropLeaks(slots: Slot[], fixed: readonly Candidate[]): void {
  for (const slot of slots) {
    const c = slot.kept;
    if (c === undefined || !isBlank(c)) continue;
    const printers = slots.filter(
      (s) =>
        s.kept !== undefined && s.kept !== c && (printsAnswerOf(s.kept, c) || askedTwice(s.kept, c))
    );
    const swaps = printers.map((s) => {
      const others = keptOf(slots, fixed).filter((o) => o !== s.kept);
      return { s, next: nextFitting(s, others) };
    });
    const fixedPrints = !fits(c, fixed);
    if (!fixedPrints && swaps.every((x) => x.next !== undefined)) {
      swaps.forEach((x) => (x.s.kept = x.next));
    }
    // A weaker blank whose answer this one prints gives way first («… بالتنسيق مع المديرية
    // العامة للحماية المدنية، … شمل ____ مؤسسة» over «الناطقة باسم ____»).
    for (const s of slots) {
      const o = s.kept;
      if (o === undefined || s === slot || !isBlank(o) || scoreOf(o) >= scoreOf(c)) continue;
      if (printsAnswerOf(c, o)) {
        s.kept = nextFitting(
          s,
          keptOf(slots, fixed).filter((k) => k !== o)
        );
      }
    }
    const others = keptOf(slots, fixed).filter((o) => o !== c);
    if (!fits(c, others)) {
      slot.kept = nextFitting(slot, others);
    }
  }
}

/** Keeps the best-scored blanks on omnipresent actors, at most the allowed share of all blanks. */
function limitOmnipresent(slots: Slot[], fixed: readonly Candidate[]): void {
  const omni = (c: Candidate | undefined) =>
    c !== undefined && isBlank(c) && c.meta.provenance?.omnipresent === true;
  const blanks = keptOf(slots, fixed).filter(isBlank).length;
  const count = slots.filter((s) => omni(s.kept)).length;
  // k / (others + k) ≤ share ⇔ k ≤ share · others / (1 − share).
  const allowed = Math.floor(
    (OMNIPRESENT_MAX_SHARE * (blanks - count)) / (1 - OMNIPRESENT_MAX_SHARE) + 1e-9
  );
  const ranked = slots.filter((s) => omni(s.kept)).sort((x, y) => byScore(x.kept!, y.kept!));
  for (const slot of ranked.slice(allowed)) {
    const others = keptOf(slots, fixed).filter((o) => o !== slot.kept);
    slot.kept = nextFitting(slot, others, (c) => !omni(c));
  }
}

/** A paragraph keeps at least this many items when its number blanks give way to names. */
export const MIN_FOR_NAMES = 2;

/** Names, places and organisations are at least this share of the kept blanks' answers. */
export const NAMES_MIN_SHARE = 1 / 3;

/** How many items each paragraph has. */
function perParagraph(items: readonly Candidate[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const c of items) {
    count.set(paragraphOf(c), (count.get(paragraphOf(c)) ?? 0) + 1);
  }
  return count;
}

/**
 * How much lower than the number it replaces a name or statement may score: «بلغت نسبة النجاح
 * العامة 41.6 بالمئة» (1.5, short and bare) does not take the place of the lede's figure (5).
 */
const NAMES_SWAP_MAX_LOSS = 2;

/**
 * Numbers and dates are easy to make, names are what an article is about: the weakest number or
 * date blanks give way to a name on their sentence, else to a statement, else are dropped (never
 * below {@link MIN_FOR_NAMES} items in a paragraph), until names are {@link NAMES_MIN_SHARE} of the
 * blanks' answers.
 */
function balanceNames(slots: Slot[], fixed: readonly Candidate[], curated: readonly Candidate[]) {
  const share = () => {
    const blanks = keptOf(slots, fixed).filter(isBlank);
    return blanks.filter((c) => !numericBlank(c)).length - NAMES_MIN_SHARE * blanks.length;
  };
  const numeric = slots
    .filter((s) => s.kept !== undefined && numericBlank(s.kept))
    .sort((x, y) => scoreOf(x.kept!) - scoreOf(y.kept!));
  for (const want of [
    (c: Candidate) => isBlank(c) && !numericBlank(c),
    (c: Candidate) => !isBlank(c)
  ]) {
    for (const slot of numeric.filter((s) => s.kept !== undefined && numericBlank(s.kept))) {
      if (share() >= 0) return;
      const others = keptOf(slots, fixed).filter((o) => o !== slot.kept);
      const floor = scoreOf(slot.kept!) - NAMES_SWAP_MAX_LOSS;
      slot.kept = nextFitting(slot, others, want, floor) ?? slot.kept;
    }
  }
  for (const slot of numeric.filter((s) => s.kept !== undefined && numericBlank(s.kept))) {
    if (share() >= 0) return;
    const count = perParagraph([...curated, ...keptOf(slots, [])]);
    if ((count.get(paragraphOf(slot.kept!)) ?? 0) > MIN_FOR_NAMES) {
      slot.kept = undefined;
    }
  }
}

/** Paragraphs under the minimum get the best candidate of a sentence with no item yet. */
function topUpParagraphs(
  slots: Slot[],
  fixed: readonly Candidate[],
  curated: readonly Candidate[]
) {
  const count = perParagraph([
    ...curated,
    ...keptOf(slots, fixed).filter((c) => !curated.includes(c))
  ]);
  const ids = new Set(keptOf(slots, fixed).map((c) => c.item.id));
  const open = slots
    .filter((s) => s.kept === undefined)
    .map((slot) => ({
      slot,
      best: nextFitting(slot, keptOf(slots, fixed), undefined, -Infinity, 'paragraph')
    }))
    .filter((x): x is { slot: Slot; best: Candidate } => x.best !== undefined)
    .sort((x, y) => byScore(x.best, y.best));
  for (const { slot, best } of open) {
    const p = paragraphOf(best);
    if (
      (count.get(p) ?? 0) < MIN_PER_PARAGRAPH &&
      !ids.has(best.item.id) &&
      fits(best, keptOf(slots, fixed), 'paragraph')
    ) {
      slot.kept = best;
      ids.add(best.item.id);
      count.set(p, (count.get(p) ?? 0) + 1);
    }
  }
}

/**
 * A paragraph still with no item gets its best candidate that prints another paragraph's answer,
 * or whose answer another paragraph's item prints, as that item's sibling: most often its only
 * sentences name the speaker another paragraph asks about («أوضح الوزير خالد الروسان أن نحو
 * ____ في المئة…» beside «من قال في المقال: …؟»).
 */
function fillEmptyParagraphs(slots: Slot[], fixed: readonly Candidate[]) {
  const count = perParagraph(keptOf(slots, fixed));
  const open = slots
    .filter((s) => s.kept === undefined && s.options.length > 0)
    .filter((s) => !count.has(paragraphOf(s.options[0]!)));
  const byParagraph = new Map<string, Slot[]>();
  for (const s of open) {
    const p = paragraphOf(s.options[0]!);
    byParagraph.set(p, [...(byParagraph.get(p) ?? []), s]);
  }
  for (const group of byParagraph.values()) {
    const kept = keptOf(slots, fixed);
    const best = group
      .map((slot) => ({ slot, c: nextFitting(slot, kept, undefined, MIN_SCORE, 'article') }))
      .filter((x): x is { slot: Slot; c: Candidate } => x.c !== undefined)
      .sort((x, y) => byScore(x.c, y.c))[0];
    if (best !== undefined) best.slot.kept = best.c;
  }
}

/** Kept true statements outnumber false ones by at most this many. */
export const TRUE_STATEMENTS_LEAD = 1;

const statementSays = (c: Candidate | undefined) =>
  c?.item.type === 'truefalse' ? c.item.answer : undefined;

/** How many more true statements than false ones `cs` hold. */
const leadIn = (cs: readonly Candidate[]) => cs.reduce((n: number, c) => n + leadOf(c), 0);

/** The fixed items that are not hand-written: loose generated ones («which came first»). */
const looseOf = (fixed: readonly Candidate[]) => fixed.filter((c) => !curatedItems.has(c));

/** How many more true statements than false ones the slots keep, second items too. */
const statementLead = (slots: readonly Slot[]) =>
  slots.flatMap((s) => [s.kept, s.second]).reduce((n: number, c) => n + leadOf(c), 0);

/**
 * A true statement is the clause as written, a false one needs a swap that works: left alone,
 * nearly every kept statement is true and «true» to all passes. True statements give way to the
 * false one on their own clause (in an order seeded by their ids) until they lead by at most
 * {@link TRUE_STATEMENTS_LEAD}; where no clause has one left, to an item of another type on their
 * sentence; where none is left either, they go (from paragraphs that keep another item first).
 */
function balanceStatements(slots: Slot[], fixed: readonly Candidate[]): void {
  const lead = () => statementLead(slots);
  // Loose generated items («which came first») counted too; hand-written ones too once the
  // slots alone lead.
  const whole = () => lead() + leadIn(fixed);
  const generated = () => lead() + leadIn(looseOf(fixed));
  const trues = slots
    .filter((s) => statementSays(s.kept) === true)
    .map((s) => ({ s, key: seededRandom(`balance:${s.kept!.item.id}`)() }))
    .sort((a, b) => a.key - b.key);
  const ways = [
    (quote: string | undefined) => (c: Candidate) =>
      statementSays(c) === false && c.item.evidence[0]?.quote === quote,
    () => (c: Candidate) => statementSays(c) === undefined
  ];
  for (const way of ways) {
    for (const { s } of trues) {
      if (lead() <= TRUE_STATEMENTS_LEAD) break;
      if (statementSays(s.kept) !== true) continue;
      const others = keptOf(slots, fixed).filter((o) => o !== s.kept);
      s.kept = nextFitting(s, others, way(s.kept!.item.evidence[0]?.quote)) ?? s.kept;
    }
  }
  // Still ahead: a true statement with nothing to give way to goes («true» to all must not
  // pass), from paragraphs that keep another item first.
  const count = perParagraph(keptOf(slots, fixed));
  const alone = (s: Slot) => ((count.get(paragraphOf(s.kept!)) ?? 0) > 1 ? 0 : 1);
  const last = trues.filter(({ s }) => statementSays(s.kept) === true && s.second === undefined);
  const ahead = lead() > TRUE_STATEMENTS_LEAD ? whole : generated;
  for (const { s } of last.sort((a, b) => alone(a.s) - alone(b.s))) {
    if (ahead() <= TRUE_STATEMENTS_LEAD) return;
    s.kept = undefined;
  }
}

/** Every paragraph aims at this many items, a second item on a sentence if need be. */
export const MIN_ON_PARAGRAPH = 2;

/**
 * A paragraph of one or two sentences gives one item a sentence, often fewer than
 * {@link MIN_ON_PARAGRAPH}. Its best sentences then keep a second item asking another fact: the two
 * are siblings (`siblings.ts`), never shown the same day nor in one quiz, so one may print the
 * other's answer; neither prints another sentence's. Not the same answer, not a second statement
 * on the clause, not a true statement while true ones lead, not a number that would take names
 * under {@link NAMES_MIN_SHARE} of the blanks.
 */
function secondOnSentence(slots: Slot[], fixed: readonly Candidate[]): void {
  const ranked = slots
    .filter((s) => s.kept !== undefined)
    .sort((x, y) => byScore(x.kept!, y.kept!));
  // The best second items first: a number or date taken by a weak one is not left for a better.
  for (;;) {
    const kept = keptOf(slots, fixed);
    const count = perParagraph(kept);
    // The lead as it stands: a true statement kept second counts for the next, and so do loose
    // generated statements («which came first» is a true or false statement).
    const lead = statementLead(slots) + leadIn(looseOf(fixed));
    const ctx = { lead, numbersFree: !namesLeft(slots, kept) };
    const best = ranked
      .filter(
        (s) => s.second === undefined && (count.get(paragraphOf(s.kept!)) ?? 0) < MIN_ON_PARAGRAPH
      )
      .map((slot) => pairFor(slot, kept, ctx))
      .filter((x) => x !== undefined)
      .reduce<Pair | undefined>(
        (a, x) => (a === undefined || scoreOf(x.second) > scoreOf(a.second) ? x : a),
        undefined
      );
    if (best === undefined) return;
    best.slot.kept = best.first;
    best.slot.second = best.second;
  }
}

interface Pair {
  slot: Slot;
  first: Candidate;
  second: Candidate;
}

/** What a second item must respect: the true statements' lead, and whether numbers are free. */
interface SecondContext {
  lead: number;
  /** No name is left to ask anywhere: numbers and dates no longer take a name's place. */
  numbersFree: boolean;
}

const namedBlank = (c: Candidate) => isBlank(c) && !numericBlank(c);

/** Whether a name blank not kept yet could still be asked somewhere in the article. */
function namesLeft(slots: readonly Slot[], kept: readonly Candidate[]): boolean {
  return slots.some((s) =>
    s.options.some(
      (c) =>
        c !== s.kept &&
        c !== s.second &&
        namedBlank(c) &&
        scoreOf(c) >= MIN_SCORE &&
        fits(c, kept, 'paragraph')
    )
  );
}

/**
 * The slot's first item and a second beside it: its kept one, or, for a statement with no second,
 * a blank of the sentence in its place (a name first: «who said this» for «قالت فلانة إن…»,
 * which leaves room for a number among the names).
 */
function pairFor(slot: Slot, kept: readonly Candidate[], ctx: SecondContext): Pair | undefined {
  const first = slot.kept!;
  const second = secondFor(slot, first, kept, ctx);
  if (second !== undefined) return { slot, first, second };
  if (isBlank(first)) return undefined;
  const others = kept.filter((o) => o !== first);
  // The statement given up no longer counts in the lead; the lead may not grow past its bound.
  const lead = ctx.lead - leadOf(first);
  for (const want of [namedBlank, (c: Candidate) => isBlank(c) && ctx.numbersFree]) {
    const blank = nextFitting(slot, others, want);
    const after = blank && secondFor(slot, blank, [...others, blank], { ...ctx, lead });
    if (blank && after && lead + leadOf(after) <= Math.max(TRUE_STATEMENTS_LEAD, ctx.lead)) {
      return { slot, first: blank, second: after };
    }
  }
  return undefined;
}

/** What an item adds to the true statements' lead: 1 if true, -1 if false, else 0. */
function leadOf(c: Candidate | undefined): number {
  const says = statementSays(c);
  return says === undefined ? 0 : says ? 1 : -1;
}

/** The slot's best second item beside `first` ({@link secondOnSentence}), if any. */
function secondFor(
  slot: Slot,
  first: Candidate,
  kept: readonly Candidate[],
  { lead, numbersFree }: SecondContext
): Candidate | undefined {
  const blanks = kept.filter(isBlank);
  const named = blanks.filter((c) => !numericBlank(c)).length;
  const numberFits = numbersFree || named >= NAMES_MIN_SHARE * (blanks.length + 1);
  return nextFitting(
    slot,
    kept.filter((o) => o !== first),
    (c) =>
      c !== first &&
      !askedTwice(c, first) &&
      answerOf(c) !== answerOf(first) &&
      (numberFits || !numericBlank(c)) &&
      !(c.item.type === 'truefalse' && first.item.type === 'truefalse') &&
      !(statementSays(c) === true && lead >= TRUE_STATEMENTS_LEAD),
    MIN_SCORE,
    'paragraph'
  );
}

/** Candidates grouped by the sentence they test, in order; those with none are loose. */
function bySentence(candidates: readonly Candidate[]) {
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
  return { groups, loose };
}
