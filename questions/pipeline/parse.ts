import type { ArticleBank } from '../../src/lib/domain/bank';
import {
  readCuratedItems,
  readTopics,
  readTranslation,
  type CuratedItem,
  type Topic,
  type Translation
} from '../content';
import { readGazetteer, type Entity } from '../entities';
import { parseArticle, type ParsedArticle } from '../parse-article';
import type { ArticleSources } from '../types';

type BankParagraph = ArticleBank['paragraphs'][number];

/** One article's text and content files, read and checked. */
export interface ParsedSources {
  slug: string;
  article: ParsedArticle;
  /** The paragraphs with their English, when the translation gives it. */
  paragraphs: BankParagraph[];
  /** Arabic text of each paragraph by id. */
  paragraphMap: ReadonlyMap<string, string>;
  translation: Translation | undefined;
  entities: Entity[];
  topics: Topic[];
  curated: CuratedItem[];
  /** Problems in the content files; they stop the build. */
  problems: string[];
}

/** Parses the article and reads the content files; every problem found is listed, none thrown. */
export function parseSources(src: ArticleSources): ParsedSources {
  const article = parseArticle(src.articleText);
  const translationRead = readTranslation(src.translation);
  const gazetteer = readGazetteer(src.gazetteer);
  const topicsRead = readTopics(src.topics);
  const curatedRead = readCuratedItems(src.items);
  const problems = [
    ...(src.problems ?? []),
    ...translationRead.problems,
    ...gazetteer.problems,
    ...topicsRead.problems,
    ...curatedRead.problems
  ];
  const translation = translationRead.translation;
  const paragraphs = translatedParagraphs(article, translation, problems);
  return {
    slug: src.slug,
    article,
    paragraphs,
    paragraphMap: new Map(paragraphs.map((p) => [p.id, p.ar])),
    translation,
    entities: gazetteer.entities,
    topics: topicsRead.topics,
    curated: curatedRead.items,
    problems
  };
}

/** The article's paragraphs with their English; a paragraph missing either side is a problem. */
function translatedParagraphs(
  article: ParsedArticle,
  translation: Translation | undefined,
  problems: string[]
): BankParagraph[] {
  const paragraphs = article.paragraphs.map((p) => {
    const en = translation?.paragraphs[p.id];
    if (translation !== undefined && (en === undefined || en.trim() === '')) {
      problems.push(`translation.en.yaml: no English for ${p.id}`);
    }
    return en === undefined || en.trim() === ''
      ? { id: p.id, ar: p.ar }
      : { id: p.id, ar: p.ar, en: en.trim() };
  });
  if (translation) {
    for (const id of Object.keys(translation.paragraphs)) {
      if (!article.paragraphs.some((p) => p.id === id)) {
        problems.push(`translation.en.yaml: ${id} is not a paragraph of the article`);
      }
    }
  }
  return paragraphs;
}
