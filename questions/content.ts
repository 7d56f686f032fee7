import {
  array,
  boolean,
  looseObject,
  number,
  object,
  optional,
  picklist,
  pipe,
  record,
  safeParse,
  string,
  summarize,
  transform,
  union,
  type InferOutput
} from 'valibot';
import { ITEM_TYPES } from '../src/lib/domain/bank';

/** A string that YAML may have read as a number (`80`, `2015`). */
const Str = pipe(union([string(), number()]), transform(String));
const TextIn = looseObject({ ar: Str, en: optional(Str) });

/** One entry of `items.yaml` as FORMAT.md describes it. */
export const CuratedItemSchema = looseObject({
  key: pipe(string()),
  type: picklist(ITEM_TYPES),
  topic: string(),
  difficulty: picklist([1, 2, 3]),
  evidence: array(object({ paragraph: string(), quote: Str })),
  prompt: TextIn,
  explanation: TextIn,
  options: optional(array(TextIn)),
  answer: optional(union([boolean(), TextIn])),
  accept: optional(looseObject({ ar: optional(array(Str)), en: optional(array(Str)) })),
  pairs: optional(array(looseObject({ left: TextIn, right: TextIn }))),
  sequence: optional(array(looseObject({ ar: Str, en: optional(Str), date: optional(Str) })))
});
export type CuratedItem = InferOutput<typeof CuratedItemSchema>;

/** Reads `items.yaml`; an entry that does not match the format becomes a problem line. */
export function readCuratedItems(data: unknown): { items: CuratedItem[]; problems: string[] } {
  if (data === null || data === undefined) {
    return { items: [], problems: [] };
  }
  if (!Array.isArray(data)) {
    return { items: [], problems: ['items.yaml: expected a list of items'] };
  }
  const items: CuratedItem[] = [];
  const problems: string[] = [];
  const keys = new Set<string>();
  data.forEach((raw: unknown, i) => {
    const result = safeParse(CuratedItemSchema, raw);
    const key = String((raw as { key?: unknown } | null)?.key ?? `#${i + 1}`);
    if (!result.success) {
      problems.push(`items.yaml ${key}: ${summarize(result.issues).replace(/\n/g, '; ')}`);
      return;
    }
    if (keys.has(result.output.key)) {
      problems.push(`items.yaml ${key}: duplicate key`);
      return;
    }
    keys.add(result.output.key);
    items.push(result.output);
  });
  return { items, problems };
}

export interface Topic {
  id: string;
  ar: string;
  en: string;
}

const TopicSchema = object({ id: string(), ar: string(), en: string() });

/** The topic given to everything when an article has no `topics.yaml`. */
export const DEFAULT_TOPIC: Topic = { id: 'article', ar: 'المقال', en: 'The article' };

export function readTopics(data: unknown): { topics: Topic[]; problems: string[] } {
  if (data === null || data === undefined) {
    return { topics: [DEFAULT_TOPIC], problems: [] };
  }
  const result = safeParse(array(TopicSchema), data);
  if (!result.success) {
    return { topics: [DEFAULT_TOPIC], problems: [`topics.yaml: ${summarize(result.issues)}`] };
  }
  return { topics: result.output, problems: [] };
}

const TranslationSchema = looseObject({
  meta: optional(
    looseObject({
      title: optional(Str),
      authors: optional(array(Str)),
      source: optional(Str),
      caption: optional(Str)
    })
  ),
  paragraphs: record(string(), Str)
});
export type Translation = InferOutput<typeof TranslationSchema>;

export function readTranslation(data: unknown): { translation?: Translation; problems: string[] } {
  if (data === null || data === undefined) {
    return { problems: [] };
  }
  const result = safeParse(TranslationSchema, data);
  if (!result.success) {
    return { problems: [`translation.en.yaml: ${summarize(result.issues)}`] };
  }
  return { translation: result.output, problems: [] };
}
