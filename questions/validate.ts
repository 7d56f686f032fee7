import { normalizeAnswer } from '../src/lib/domain/answers';
import { itemSchemaProblems, type Item, type Text } from '../src/lib/domain/bank';
import { BLANK, containsWords } from './arabic';
import { organisationFamily } from './kinds';
import type { Candidate, ItemMeta, Offence, Rule } from './types';

const BLANK_RE = /_{3,}/g;

export interface ValidationContext {
  /** Arabic text of each paragraph by id. */
  paragraphs: ReadonlyMap<string, string>;
  topics: ReadonlySet<string>;
  /** The article has a translation: every text must be bilingual. */
  requireEnglish: boolean;
}

/** Every bilingual text of an item, with where it sits. */
function texts(item: Item): [string, Text][] {
  const out: [string, Text][] = [
    ['prompt', item.prompt],
    ['explanation', item.explanation]
  ];
  switch (item.type) {
    case 'mcq':
      item.options.forEach((o, i) => out.push([`options[${i}]`, o]));
      break;
    case 'cloze':
    case 'short':
      out.push(['answer', item.answer]);
      break;
    case 'matching':
      item.pairs.forEach((p, i) =>
        out.push([`pairs[${i}].left`, p.left], [`pairs[${i}].right`, p.right])
      );
      break;
    case 'ordering':
      item.sequence.forEach((s, i) => out.push([`sequence[${i}]`, s]));
      break;
    case 'truefalse':
      break;
  }
  return out;
}

function distinct(values: readonly string[]): boolean {
  const norm = values.map(normalizeAnswer);
  return new Set(norm).size === norm.length;
}

/** Checks one item against every rule; returns the offences (empty when the item is good). */
export function validateItem(candidate: Candidate, ctx: ValidationContext): Offence[] {
  const { item, meta } = candidate;
  const id = typeof item?.id === 'string' ? item.id : '?';
  const out: Offence[] = [];
  const offend = (rule: Rule, message: string) =>
    out.push({ id, ...(meta.key === undefined ? {} : { key: meta.key }), rule, message });

  const schema = itemSchemaProblems(item);
  if (schema.length > 0) {
    for (const line of schema) {
      offend('schema', line);
    }
    return out;
  }

  checkCommon(item, ctx, offend);
  checkByType(item, meta, offend);
  return out;
}

type Offend = (rule: Rule, message: string) => void;

/** Evidence verbatim in a paragraph of the article, a known topic, English where required. */
function checkCommon(item: Item, ctx: ValidationContext, offend: Offend): void {
  for (const e of item.evidence) {
    const paragraph = ctx.paragraphs.get(e.paragraph);
    if (paragraph === undefined) {
      offend('paragraph', `evidence cites ${e.paragraph}, which the article does not have`);
    } else if (!paragraph.includes(e.quote)) {
      offend('evidence', `quote is not verbatim in ${e.paragraph}: «${e.quote}»`);
    }
  }
  if (!ctx.topics.has(item.topic)) {
    offend('topic', `unknown topic «${item.topic}»`);
  }
  if (ctx.requireEnglish) {
    for (const [where, t] of texts(item)) {
      if (t.en === undefined || t.en.trim() === '') {
        offend('bilingual', `${where} has no English`);
      }
    }
  }
}

/** The rules of each item type. */
function checkByType(item: Item, meta: ItemMeta, offend: Offend): void {
  const quotes = item.evidence.map((e) => e.quote).join(' … ');
  switch (item.type) {
    case 'cloze':
      checkCloze(item, quotes, offend);
      break;
    case 'short':
      checkLeak(item.prompt, [item.answer], item.accept, offend);
      break;
    case 'mcq':
      checkMcq(item, quotes, meta, offend);
      break;
    case 'matching':
      if (item.pairs.length < 3 || item.pairs.length > 5) {
        offend('shape', `matching needs 3 to 5 pairs; this one has ${item.pairs.length}`);
      }
      if (
        !distinct(item.pairs.map((p) => p.left.ar)) ||
        !distinct(item.pairs.map((p) => p.right.ar))
      ) {
        offend(
          'options-distinct',
          'two sides of the matching pairs are the same after normalisation'
        );
      }
      break;
    case 'ordering':
      checkOrdering(item, offend);
      break;
    case 'truefalse':
      break;
  }
}

type ItemOf<T extends Item['type']> = Extract<Item, { type: T }>;

function checkCloze(item: ItemOf<'cloze'>, quotes: string, offend: Offend): void {
  for (const lang of ['ar', 'en'] as const) {
    const p = item.prompt[lang];
    if (p !== undefined && (p.match(BLANK_RE) ?? []).length !== 1) {
      offend('cloze-blank', `prompt.${lang} must contain the blank ${BLANK} exactly once`);
    }
  }
  if (!normalizeAnswer(quotes).includes(normalizeAnswer(item.answer.ar))) {
    offend('answer-in-evidence', `answer «${item.answer.ar}» is not in the evidence quote`);
  }
  checkLeak(item.prompt, [item.answer], item.accept, offend);
}

function checkMcq(item: ItemOf<'mcq'>, quotes: string, meta: ItemMeta, offend: Offend): void {
  const right = item.options[item.answer];
  if (right === undefined) {
    offend('one-right', `answer index ${item.answer} is not one of ${item.options.length} options`);
  } else {
    checkLeak(item.prompt, [right], { ar: [], en: [] }, offend);
  }
  if (item.source === 'curated' && item.options.length !== 4) {
    offend('shape', `a multiple-choice item has 4 options; this one has ${item.options.length}`);
  }
  if (!distinct(item.options.map((o) => o.ar))) {
    offend('options-distinct', 'two Arabic options are the same after normalisation');
  }
  const en = item.options.map((o) => o.en).filter((x): x is string => x !== undefined);
  if (!distinct(en)) {
    offend('options-distinct', 'two English options are the same after normalisation');
  }
  if (item.source === 'generated') {
    checkGeneratedOptions(item.options, item.answer, quotes, meta, offend);
  }
}

function checkOrdering(item: ItemOf<'ordering'>, offend: Offend): void {
  if (item.sequence.length < 3 || item.sequence.length > 6) {
    offend('shape', `ordering needs 3 to 6 events; this one has ${item.sequence.length}`);
  }
  const dates = item.sequence.map((s) => s.date);
  for (let i = 1; i < dates.length; i++) {
    const a = dates[i - 1];
    const b = dates[i];
    if (a !== undefined && b !== undefined && a > b) {
      offend('shape', `sequence is not earliest first: ${a} before ${b}`);
    }
  }
}

function checkLeak(
  prompt: Text,
  answers: readonly Text[],
  accept: { ar: readonly string[]; en: readonly string[] },
  offend: Offend
): void {
  const ar = [...answers.map((a) => a.ar), ...accept.ar];
  const en = [
    ...answers.map((a) => a.en).filter((x): x is string => x !== undefined),
    ...accept.en
  ];
  for (const a of ar) {
    if (containsWords(prompt.ar, a)) {
      offend('leak', `prompt.ar gives away the answer «${a}»`);
    }
  }
  for (const a of en) {
    if (prompt.en !== undefined && containsWords(prompt.en, a)) {
      offend('leak', `prompt.en gives away the answer «${a}»`);
    }
  }
}

function checkGeneratedOptions(
  options: readonly Text[],
  answer: number,
  quotes: string,
  meta: ItemMeta,
  offend: Offend
): void {
  options.forEach((o, i) => {
    if (i === answer) {
      return;
    }
    const forms = [o.ar, ...(meta.options?.[i]?.forms ?? [])];
    const hit = forms.find((f) => containsWords(quotes, f));
    if (hit !== undefined) {
      offend('one-right', `distractor «${o.ar}» also occurs in the evidence sentence («${hit}»)`);
    }
  });
  if (meta.answerKind === undefined || meta.options === undefined) {
    offend('distractor-type', 'a generated multiple-choice item must record its options’ kinds');
    return;
  }
  meta.options.forEach((o, i) => {
    if (organisationFamily(o.kind) !== organisationFamily(meta.answerKind ?? '')) {
      offend('distractor-type', `option ${i + 1} is a ${o.kind}, the answer a ${meta.answerKind}`);
    }
  });
}

/** Checks every item and the uniqueness of ids. */
export function validateItems(candidates: readonly Candidate[], ctx: ValidationContext): Offence[] {
  const out: Offence[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    out.push(...validateItem(c, ctx));
    const id = c.item?.id;
    if (typeof id === 'string') {
      if (seen.has(id)) {
        out.push({
          id,
          ...(c.meta.key === undefined ? {} : { key: c.meta.key }),
          rule: 'unique-id',
          message: 'id used twice'
        });
      }
      seen.add(id);
    }
  }
  return out;
}

/** One line per offence, for the console and the report. */
export function formatOffences(offences: readonly Offence[]): string {
  return offences
    .map((o) => `- [${o.rule}] ${o.key === undefined ? o.id : `${o.key} (${o.id})`}: ${o.message}`)
    .join('\n');
}
