import {
  array,
  boolean,
  integer,
  literal,
  minLength,
  number,
  object,
  optional,
  picklist,
  pipe,
  regex,
  safeParse,
  string,
  summarize,
  variant,
  type GenericSchema,
  type InferOutput
} from 'valibot';

/**
 * The question bank as `npm run questions` writes it to `static/bank/<slug>.json` and the app loads
 * it. Both sides share these schemas: the generator validates what it writes, the app validates
 * what it reads ({@link parseArticleBank}, {@link parseBankIndex}).
 */
export const SCHEMA_VERSION = 1;

export type Lang = 'ar' | 'en';

const nonEmpty = pipe(string(), minLength(1));

/** A bilingual string. `en` is absent only for generated items of an article with no translation. */
export const TextSchema = object({ ar: nonEmpty, en: optional(nonEmpty) });
export type Text = InferOutput<typeof TextSchema>;

const ParagraphId = pipe(string(), regex(/^p-[1-9]\d*$/, 'a paragraph id such as p-3'));

/** Where an item's answer is found: a quote verbatim in the paragraph's Arabic text. */
export const EvidenceSchema = object({ paragraph: ParagraphId, quote: nonEmpty });
export type Evidence = InferOutput<typeof EvidenceSchema>;

const AcceptSchema = object({ ar: array(nonEmpty), en: array(nonEmpty) });

const BASE = {
  id: nonEmpty,
  article: nonEmpty,
  source: picklist(['curated', 'generated']),
  topic: nonEmpty,
  difficulty: picklist([1, 2, 3]),
  evidence: pipe(array(EvidenceSchema), minLength(1)),
  prompt: TextSchema,
  explanation: TextSchema,
  /** Items that test the same fact share it, so a session can keep them apart. */
  sibling: nonEmpty
};

export const ItemSchema = variant('type', [
  object({
    ...BASE,
    type: literal('mcq'),
    /** Stored in a deterministic shuffled order; `answer` is the right option's index. */
    options: pipe(array(TextSchema), minLength(2)),
    answer: pipe(number(), integer())
  }),
  object({ ...BASE, type: literal('truefalse'), answer: boolean() }),
  object({ ...BASE, type: literal('cloze'), answer: TextSchema, accept: AcceptSchema }),
  object({ ...BASE, type: literal('short'), answer: TextSchema, accept: AcceptSchema }),
  object({
    ...BASE,
    type: literal('matching'),
    pairs: pipe(array(object({ left: TextSchema, right: TextSchema })), minLength(2))
  }),
  object({
    ...BASE,
    type: literal('ordering'),
    /** Earliest first; `date` is ISO (year, year-month or year-month-day) when known. */
    sequence: pipe(array(object({ ...TextSchema.entries, date: optional(string()) })), minLength(2))
  })
]);
export type Item = InferOutput<typeof ItemSchema>;
export type ItemType = Item['type'];
export const ITEM_TYPES: readonly ItemType[] = [
  'mcq',
  'truefalse',
  'cloze',
  'short',
  'matching',
  'ordering'
];

export const ENTITY_TYPES = [
  'person',
  'country',
  'organisation',
  'place',
  'event',
  'number',
  'date'
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A gazetteer entry as the reader's people and timeline panels use it. */
export const GazetteerEntitySchema = object({
  id: nonEmpty,
  type: picklist(ENTITY_TYPES),
  ar: nonEmpty,
  en: optional(nonEmpty),
  aliases: object({ ar: array(nonEmpty), en: array(nonEmpty) }),
  gender: optional(picklist(['m', 'f'])),
  role: optional(TextSchema),
  country: optional(nonEmpty),
  camp: optional(picklist(['first', 'second'])),
  date: optional(nonEmpty),
  value: optional(number()),
  unit: optional(TextSchema),
  evidence: optional(EvidenceSchema)
});
export type GazetteerEntity = InferOutput<typeof GazetteerEntitySchema>;

/** A dated event for the timeline, earliest first. */
export const TimelineEventSchema = object({
  id: nonEmpty,
  date: nonEmpty,
  title: TextSchema,
  evidence: optional(EvidenceSchema)
});
export type TimelineEvent = InferOutput<typeof TimelineEventSchema>;

export const ArticleBankSchema = object({
  schemaVersion: literal(SCHEMA_VERSION),
  /** First 12 hex digits of the SHA-256 of the bank's canonical JSON (without this field). */
  bankVersion: nonEmpty,
  slug: nonEmpty,
  meta: object({
    title: TextSchema,
    authors: array(TextSchema),
    /** ISO: year, year-month or year-month-day, as precise as the article. */
    date: string(),
    /** The date as the article writes it. */
    dateText: string(),
    source: string(),
    caption: optional(TextSchema)
  }),
  paragraphs: array(object({ id: ParagraphId, ar: nonEmpty, en: optional(nonEmpty) })),
  topics: array(object({ id: nonEmpty, ar: nonEmpty, en: nonEmpty })),
  entities: array(GazetteerEntitySchema),
  events: array(TimelineEventSchema),
  items: array(ItemSchema)
});
export type ArticleBank = InferOutput<typeof ArticleBankSchema>;

export const BankIndexSchema = object({
  schemaVersion: literal(SCHEMA_VERSION),
  bankVersion: nonEmpty,
  articles: array(
    object({
      slug: nonEmpty,
      /** Path of the article's bank relative to the index. */
      file: nonEmpty,
      title: TextSchema,
      items: pipe(number(), integer()),
      bankVersion: nonEmpty
    })
  )
});
export type BankIndex = InferOutput<typeof BankIndexSchema>;

/** Thrown when bank JSON does not match its schema; the message lists every problem by path. */
export class BankFormatError extends Error {
  override name = 'BankFormatError';
}

function parseWith<T extends GenericSchema>(schema: T, what: string, json: unknown) {
  const result = safeParse(schema, json);
  if (!result.success) {
    throw new BankFormatError(`Invalid ${what}:\n${summarize(result.issues)}`);
  }
  return result.output as InferOutput<T>;
}

/** Validates an article's bank JSON; throws {@link BankFormatError} with a readable list. */
export function parseArticleBank(json: unknown): ArticleBank {
  return parseWith(ArticleBankSchema, 'article bank', json);
}

/** Validates `static/bank/index.json`; throws {@link BankFormatError} with a readable list. */
export function parseBankIndex(json: unknown): BankIndex {
  return parseWith(BankIndexSchema, 'bank index', json);
}

/** Validates one item; returns the problems as readable lines (empty when valid). */
export function itemSchemaProblems(json: unknown): string[] {
  const result = safeParse(ItemSchema, json);
  return result.success ? [] : summarize(result.issues).split('\n');
}
