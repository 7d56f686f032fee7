// The review screen's plain logic: an item as a form holds it (a draft), the item made back from
// a draft, the build's validation rules mapped to the form's fields, hand-written items, and the
// bank as reviewed. No Svelte here.
import type { ArticleBank, Item, ItemType, Text } from '$lib/domain/bank';
import { canonicalJson, shortHash } from '../../../../questions/util';
import { groupSiblings } from '../../../../questions/pipeline/siblings';
import { validateItem, type ValidationContext } from '../../../../questions/validate';
import type { Offence, Rule } from '../../../../questions/types';

/** The types a person can write by hand. */
export const HAND_TYPES = ['mcq', 'truefalse', 'cloze', 'short'] as const;
export type HandType = (typeof HAND_TYPES)[number];

/** The blank a cloze prompt holds once (the generator's `BLANK`). */
export const BLANK = '____';

export interface TextDraft {
  ar: string;
  /** Empty when the text has no English. */
  en: string;
}

/** An item as the form edits it: every field a string, a number or a flag. */
export interface Draft {
  type: ItemType;
  prompt: TextDraft;
  /** Multiple choice: the options in stored order and the right one's index. */
  options: TextDraft[];
  right: number;
  /** True or false: the statement's value. */
  truth: boolean;
  /** Cloze and short answer: the answer and the other accepted answers, one a line. */
  answer: TextDraft;
  acceptAr: string;
  acceptEn: string;
  /** Matching: the pairs; `from` is the pair's place in the item, so its English follows it. */
  pairs: { first: TextDraft; second: TextDraft; from: number }[];
  /** Ordering: the events, earliest first; `from` as for pairs (an event keeps its date). */
  events: { text: TextDraft; from: number }[];
  paragraph: string;
  quote: string;
}

/**
 * Where a broken rule is shown: `prompt`, `promptEn`, `options` (the options as a whole),
 * `option:<i>`, `optionEn:<i>`, `answer`, `answerEn`, `accept`, `paragraph`, `quote`, or `item`
 * (the item as a whole: its topic, its explanation).
 */
export type Field = string;

/** The sentence that names each broken rule, in the user's language. */
export const RULE_KEY: Record<Rule, string> = {
  schema: 'courseReview.rules.schema',
  'unique-id': 'courseReview.rules.unique-id',
  paragraph: 'courseReview.rules.paragraph',
  evidence: 'courseReview.rules.evidence',
  topic: 'courseReview.rules.topic',
  bilingual: 'courseReview.rules.bilingual',
  'cloze-blank': 'courseReview.rules.cloze-blank',
  'answer-in-evidence': 'courseReview.rules.answer-in-evidence',
  leak: 'courseReview.rules.leak',
  'options-distinct': 'courseReview.rules.options-distinct',
  'one-right': 'courseReview.rules.one-right',
  'distractor-type': 'courseReview.rules.distractor-type',
  shape: 'courseReview.rules.shape'
};

/** The sentence for `rule` broken on `field`: an item's shape is told for its own type. */
export function ruleKey(field: Field, rule: Rule): string {
  return (rule === 'shape' ? SHAPE_KEY[field] : undefined) ?? RULE_KEY[rule];
}

const SHAPE_KEY: Partial<Record<Field, string>> = {
  pairs: 'courseReview.rules.pairs',
  sequence: 'courseReview.rules.sequence'
};

/** The sizes the build accepts (questions/validate.ts), named in the shape sentences. */
export const SHAPE_LIMITS: Partial<Record<Field, { min: number; max: number }>> = {
  pairs: { min: 3, max: 5 },
  sequence: { min: 3, max: 6 }
};

/** Each field with the rules it breaks (each rule once), in the order found. */
export type FieldErrors = Map<Field, Rule[]>;

const EMPTY: TextDraft = { ar: '', en: '' };
const textDraft = (t: Text | undefined): TextDraft => (t ? { ar: t.ar, en: t.en ?? '' } : EMPTY);
const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** The form's copy of an item. */
export function draftOf(item: Item): Draft {
  const evidence = item.evidence[0];
  const typed = item.type === 'cloze' || item.type === 'short' ? item : undefined;
  return {
    type: item.type,
    prompt: textDraft(item.prompt),
    options: item.type === 'mcq' ? item.options.map(textDraft) : [],
    right: item.type === 'mcq' ? item.answer : 0,
    truth: item.type === 'truefalse' ? item.answer : true,
    answer: textDraft(typed?.answer),
    acceptAr: typed?.accept.ar.join('\n') ?? '',
    acceptEn: typed?.accept.en.join('\n') ?? '',
    pairs:
      item.type === 'matching'
        ? item.pairs.map((p, from) => ({
            first: textDraft(p.left),
            second: textDraft(p.right),
            from
          }))
        : [],
    events:
      item.type === 'ordering'
        ? item.sequence.map((e, from) => ({ text: textDraft(e), from }))
        : [],
    paragraph: evidence?.paragraph ?? '',
    quote: evidence?.quote ?? ''
  };
}

/** An empty draft of a hand-written item, its evidence chosen already. */
export function blankDraft(type: HandType, paragraph: string, quote: string): Draft {
  return {
    type,
    prompt: EMPTY,
    options: type === 'mcq' ? [EMPTY, EMPTY, EMPTY, EMPTY] : [],
    right: 0,
    truth: true,
    answer: EMPTY,
    acceptAr: '',
    acceptEn: '',
    pairs: [],
    events: [],
    paragraph,
    quote
  };
}

/**
 * A text from the form. With English edited beside it (`bilingual`) both are taken; otherwise an
 * unchanged Arabic keeps its English, and a changed one drops it (it would no longer match)
 * unless the English was the Arabic itself (a number, a name in digits), which follows.
 */
function textFrom(draft: TextDraft, old: Text | undefined, bilingual: boolean): Text {
  const ar = draft.ar.trim();
  const en = draft.en.trim();
  if (bilingual) return en === '' ? { ar } : { ar, en };
  if (old && old.ar === ar) return old;
  return old?.en !== undefined && old.en === old.ar ? { ar, en: ar } : { ar };
}

/**
 * The item a draft makes, on the base of `item` (its id, topic, sibling, explanation and any
 * further evidence stay). An edited item is a person's now: its source becomes `curated`, so the
 * rules for hand-written items apply.
 */
export function applyDraft(item: Item, draft: Draft, bilingual: boolean): Item {
  const evidence = [
    { paragraph: draft.paragraph, quote: draft.quote.trim() },
    ...item.evidence.slice(1)
  ];
  const base = {
    ...item,
    source: 'curated' as const,
    evidence,
    prompt: textFrom(draft.prompt, item.prompt, bilingual)
  };
  switch (base.type) {
    case 'mcq':
      return {
        ...base,
        options: draft.options.map((o, i) =>
          textFrom(o, base.type === 'mcq' ? base.options[i] : undefined, bilingual)
        ),
        answer: draft.right
      };
    case 'truefalse':
      return { ...base, answer: draft.truth };
    case 'cloze':
    case 'short':
      return {
        ...base,
        answer: textFrom(draft.answer, base.answer, bilingual),
        accept: {
          ar: lines(draft.acceptAr),
          en: bilingual ? lines(draft.acceptEn) : base.accept.en
        }
      };
    case 'matching':
      return {
        ...base,
        pairs: draft.pairs.map((p) => {
          const old = base.type === 'matching' ? base.pairs[p.from] : undefined;
          return {
            left: textFrom(p.first, old?.left, bilingual),
            right: textFrom(p.second, old?.right, bilingual)
          };
        })
      };
    case 'ordering':
      return {
        ...base,
        sequence: draft.events.map((e) => {
          const old = base.type === 'ordering' ? base.sequence[e.from] : undefined;
          const text = textFrom(e.text, old, bilingual);
          return old?.date === undefined ? text : { ...text, date: old.date };
        })
      };
  }
}

/** The build's validation context for a bank: its paragraphs and topics. */
export function reviewContext(bank: ArticleBank): ValidationContext {
  return {
    paragraphs: new Map(bank.paragraphs.map((p) => [p.id, p.ar])),
    topics: new Set(bank.topics.map((t) => t.id)),
    requireEnglish: isBilingual(bank)
  };
}

/** The article has a translation: every paragraph has English, and so must every item's texts. */
export function isBilingual(bank: ArticleBank): boolean {
  return bank.paragraphs.length > 0 && bank.paragraphs.every((p) => p.en !== undefined);
}

/** The field of a path inside an item (`prompt.ar`, `options.2.en`, `evidence.0.quote`, …). */
export function pathField(path: string): Field {
  const [head, second, third] = path.split(/[.[\]]+/).filter((s) => s !== '');
  const english = second === 'en' || third === 'en';
  switch (head) {
    case 'prompt':
      return english ? 'promptEn' : 'prompt';
    case 'options':
      if (second === undefined || !/^\d+$/.test(second)) return 'options';
      return `${english ? 'optionEn' : 'option'}:${second}`;
    case 'answer':
      return english ? 'answerEn' : 'answer';
    case 'accept':
      return 'accept';
    case 'evidence':
      return third === 'paragraph' ? 'paragraph' : 'quote';
    case 'pairs':
    case 'sequence':
      return head;
    default:
      return 'item';
  }
}

/** Where a schema line (valibot's summary: `× message` then `→ at path`) points, if it does. */
function schemaField(message: string): Field | undefined {
  const at = /→ at (.+)$/.exec(message);
  return at?.[1] === undefined ? undefined : pathField(at[1].trim());
}

const FIELD_OF_RULE: Partial<Record<Rule, Field>> = {
  paragraph: 'paragraph',
  evidence: 'quote',
  'answer-in-evidence': 'answer',
  'options-distinct': 'options',
  'one-right': 'options',
  'distractor-type': 'options'
};

const SHAPE_FIELD: Partial<Record<ItemType, Field>> = {
  mcq: 'options',
  matching: 'pairs',
  ordering: 'sequence'
};

/** The field one offence of `validateItem` concerns (undefined: a schema line with no path). */
export function offenceField(offence: Offence, type: ItemType): Field | undefined {
  const { rule, message } = offence;
  switch (rule) {
    case 'schema':
      return schemaField(message);
    case 'bilingual':
      return pathField(message.split(' ')[0] ?? '').replace(/^(prompt|answer)$/, '$1En');
    case 'cloze-blank':
    case 'leak':
      return message.startsWith('prompt.en') ? 'promptEn' : 'prompt';
    case 'shape':
      return SHAPE_FIELD[type] ?? 'item';
    default:
      return FIELD_OF_RULE[rule] ?? 'item';
  }
}

/** The build's rules for one item, each broken rule on the field it concerns. */
export function fieldErrors(item: Item, ctx: ValidationContext): FieldErrors {
  const out: FieldErrors = new Map();
  const offences = validateItem({ item, meta: {} }, ctx);
  // A schema problem is two lines (what, then where); only the line with a place is shown.
  const placed = offences.some((o) => o.rule === 'schema' && schemaField(o.message) !== undefined);
  for (const o of offences) {
    const field = offenceField(o, item.type) ?? (placed ? undefined : 'item');
    if (field === undefined) continue;
    const rules = out.get(field) ?? [];
    if (!rules.includes(o.rule)) rules.push(o.rule);
    out.set(field, rules);
  }
  return out;
}

/** The topic a new item in `paragraph` takes: the one most of its items have, else the first. */
export function paragraphTopic(bank: ArticleBank, paragraph: string): string {
  const counts = new Map<string, number>();
  for (const item of bank.items) {
    if (item.evidence.some((e) => e.paragraph === paragraph)) {
      counts.set(item.topic, (counts.get(item.topic) ?? 0) + 1);
    }
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  return best ?? bank.topics[0]?.id ?? 'article';
}

/** An id for a hand-written item, `h-` and a hash of what it asks, not used in `taken`. */
export function handId(draft: Draft, taken: ReadonlySet<string>): string {
  const what = [draft.type, draft.prompt.ar.trim(), draft.paragraph, draft.quote.trim()];
  for (let n = 0; ; n++) {
    const id = `h-${shortHash(canonicalJson(n === 0 ? what : [...what, n]))}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * A hand-written item from its draft: its own id, the paragraph's topic, and its own sibling group
 * until {@link reviewedBank} groups it with its sentence's items.
 */
export function newItem(bank: ArticleBank, draft: Draft, taken: ReadonlySet<string>): Item {
  const id = handId(draft, taken);
  const bilingual = isBilingual(bank);
  const paragraphEn = bank.paragraphs.find((p) => p.id === draft.paragraph)?.en;
  const quote = draft.quote.trim();
  const shell = {
    id,
    article: bank.slug,
    source: 'curated' as const,
    topic: paragraphTopic(bank, draft.paragraph),
    difficulty: 2 as const,
    evidence: [{ paragraph: draft.paragraph, quote }],
    prompt: { ar: '' },
    // The evidence explains the answer; English is the paragraph's, where the article has it.
    explanation: bilingual && paragraphEn ? { ar: quote, en: paragraphEn } : { ar: quote },
    sibling: id
  };
  const typed: Item =
    draft.type === 'mcq'
      ? { ...shell, type: 'mcq', options: [], answer: 0 }
      : draft.type === 'truefalse'
        ? { ...shell, type: 'truefalse', answer: true }
        : {
            ...shell,
            type: draft.type === 'short' ? 'short' : 'cloze',
            answer: { ar: '' },
            accept: { ar: [], en: [] }
          };
  return applyDraft(typed, draft, bilingual);
}

/** What the review changed: items removed (generated or added), edited (by id), written by hand. */
export interface Review {
  removed: ReadonlySet<string>;
  edited: ReadonlyMap<string, Item>;
  added: readonly Item[];
}

const paragraphNumber = (id: string | undefined) => Number(id?.slice(2) ?? 0);

/**
 * The bank as reviewed: removed items out, edited ones in their place, added ones after the last
 * item of their paragraph, every item's sibling group by the build's rule (`groupSiblings`: an
 * added or re-quoted item joins its sentence's), and a new bank version (the build's: a hash of
 * the rest) when anything changed.
 */
export function reviewedBank(bank: ArticleBank, review: Review): ArticleBank {
  if (review.removed.size === 0 && review.edited.size === 0 && review.added.length === 0) {
    return bank;
  }
  const kept = bank.items
    .filter((i) => !review.removed.has(i.id))
    .map((i) => review.edited.get(i.id) ?? i);
  const added = review.added.filter((i) => !review.removed.has(i.id));
  const items = groupSiblings(
    bank.slug,
    bank.paragraphs,
    [...kept, ...added]
      .map((item, order) => ({ item, order, p: paragraphNumber(item.evidence[0]?.paragraph) }))
      .sort((a, b) => a.p - b.p || a.order - b.order)
      .map((x) => x.item)
  );
  const rest: Omit<ArticleBank, 'bankVersion'> = {
    schemaVersion: bank.schemaVersion,
    slug: bank.slug,
    meta: bank.meta,
    paragraphs: bank.paragraphs,
    topics: bank.topics,
    entities: bank.entities,
    events: bank.events,
    items
  };
  return { ...rest, bankVersion: shortHash(canonicalJson(rest), 12) };
}

/** The items of each paragraph, in article order; paragraphs without items are left out. */
export function byParagraph(
  bank: ArticleBank,
  items: readonly Item[]
): { paragraph: string; n: number; items: Item[] }[] {
  const groups = new Map<string, Item[]>();
  for (const p of bank.paragraphs) groups.set(p.id, []);
  for (const item of items) {
    const p = item.evidence[0]?.paragraph ?? '';
    const list = groups.get(p) ?? [];
    list.push(item);
    groups.set(p, list);
  }
  return [...groups]
    .filter(([, list]) => list.length > 0)
    .map(([paragraph, list]) => ({ paragraph, n: paragraphNumber(paragraph), items: list }));
}
