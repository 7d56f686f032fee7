import { parse as parseYaml } from 'yaml';
import type { ArticleSources } from './types';

/** The optional content files of an article folder, by the field they fill. */
export const CONTENT_FILES = {
  translation: 'translation.en.yaml',
  gazetteer: 'gazetteer.yaml',
  topics: 'topics.yaml',
  items: 'items.yaml'
} as const;

export type ContentFile = keyof typeof CONTENT_FILES;

/**
 * One article as the pipeline takes it: the text, and each content file either already parsed
 * (`translation`, …) or as YAML text (`yaml.translation`, …; the text wins when both are given).
 */
export type ArticleInput = Omit<ArticleSources, 'problems'> & {
  yaml?: Partial<Record<ContentFile, string>>;
};

/** Parses the YAML texts of an input; a text that is not YAML is a problem, not an exception. */
export function readSources(input: ArticleInput): ArticleSources {
  const problems: string[] = [];
  const read = (field: ContentFile): unknown => {
    const yaml = input.yaml?.[field];
    if (yaml === undefined) {
      return input[field];
    }
    try {
      return parseYaml(yaml) as unknown;
    } catch (error) {
      problems.push(
        `${CONTENT_FILES[field]}: not valid YAML: ${(error as Error).message.split('\n')[0]}`
      );
      return undefined;
    }
  };
  return {
    slug: input.slug,
    articleText: input.articleText,
    translation: read('translation'),
    gazetteer: read('gazetteer'),
    topics: read('topics'),
    items: read('items'),
    problems
  };
}
