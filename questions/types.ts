import type { ArticleBank, Item } from '../src/lib/domain/bank';

/** Candidates that test one answer in one sentence carry where they come from, for the caps. */
export interface Provenance {
  sentence: string;
  answer: string;
  /** Higher is a better question (`score.ts`), and the features that made it. */
  score: number;
  features?: string[];
  /** The answer is an actor present in most paragraphs. */
  omnipresent?: boolean;
  /** For a cloze/MCQ pair on one answer: the type to keep. */
  prefer: 'cloze' | 'mcq';
}

/** What the generator knows about a generated multiple-choice item, for the checks below. */
export interface ItemMeta {
  /** The key in `items.yaml`, for curated items. */
  key?: string;
  /** The kind of the right answer (`entity:person:m`, `year`, …). */
  answerKind?: string;
  /** Per option (in stored order): its kind and every Arabic form of what it names. */
  options?: { kind: string; forms: string[] }[];
  /** Generated items: the sentence and answer they test, for the per-sentence caps. */
  provenance?: Provenance;
}

/** An item with its meta data, before it is written. */
export interface Candidate {
  item: Item;
  meta: ItemMeta;
}

/** A candidate the generator could not make well, or dropped, with the reason. */
export interface Rejection {
  paragraph: string;
  type: Item['type'];
  answer: string;
  reason: string;
  /** A dropped candidate's score (`score.ts`). */
  score?: number;
}

export type Rule =
  | 'schema'
  | 'unique-id'
  | 'paragraph'
  | 'evidence'
  | 'topic'
  | 'bilingual'
  | 'cloze-blank'
  | 'answer-in-evidence'
  | 'leak'
  | 'options-distinct'
  | 'one-right'
  | 'distractor-type'
  | 'shape';

export interface Offence {
  id: string;
  key?: string;
  rule: Rule;
  message: string;
}

/** The raw inputs of one article: its text and the parsed YAML files (undefined when absent). */
export interface ArticleSources {
  slug: string;
  articleText: string;
  translation?: unknown;
  gazetteer?: unknown;
  topics?: unknown;
  items?: unknown;
  /** Files that exist but could not be read as YAML. */
  problems?: string[];
}

export interface ArticleBuild {
  bank: ArticleBank;
  /** Offences stop the build. */
  offences: Offence[];
  /** Problems reading the content files; they stop the build too. */
  problems: string[];
  rejected: Rejection[];
  /** Generated items dropped because a curated item already tests the same fact. */
  droppedForCurated: number;
  /** The generated items kept, with their scores and the features behind them (`score.ts`). */
  kept?: ScoredItem[];
  hasTranslation: boolean;
  /** The article's section of the Markdown report. */
  report: string;
}

/** A kept generated item as the report lists it. */
export interface ScoredItem {
  paragraph: string;
  type: Item['type'];
  answer: string;
  score: number;
  features: string[];
}
