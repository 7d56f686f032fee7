import type { ArticleBank } from '$lib/domain/bank';
import { buildFromText, type BuildStep } from '../../../../questions/build';
import { canonicalJson, shortHash } from '../../../../questions/util';
import { articleText, NO_AUTHOR, type ArticleFields } from './lib';

// What the worker does (generate.worker.ts only passes messages): the article made a course with
// the same generator as `npm run questions`, its id new on this device. Plain logic, tested in Node.

/** The page's request: the text as pasted, the form's fields when it has no header, ids in use. */
export interface GenerateRequest {
  text: string;
  fields: ArticleFields | null;
  /** Every course id on the device (built-in ones included): the new id is none of them. */
  taken: string[];
}

/** How generation ended. */
export type GenerateResult =
  | {
      type: 'done';
      /** The bank, its slug the new course's id (item ids not yet scoped: saveCourse does it). */
      bank: ArticleBank;
      /** Items left out because they broke a rule of the build's checks. */
      dropped: number;
    }
  | { type: 'failed'; reason: 'unreadable' | 'noItems' };

/** What the worker posts: each stage as it starts, then the result. */
export type GenerateMessage = { type: 'step'; step: BuildStep } | GenerateResult;

/**
 * A course id for an article: `article-` and a short hash of its text, with `-2`, `-3` … when that
 * is taken, so that the same text added twice makes two courses. Lower-case, digits and hyphens.
 */
export function courseId(text: string, taken: ReadonlySet<string>): string {
  const base = `article-${shortHash(text, 8)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The bank's version again after a change: the hash of everything else, as the build makes it. */
function versioned(bank: ArticleBank): ArticleBank {
  const unversioned: Partial<ArticleBank> = { ...bank };
  delete unversioned.bankVersion;
  return { ...bank, bankVersion: shortHash(canonicalJson(unversioned), 12) };
}

/**
 * Makes the questions of an article. A text the generator cannot read as an article, or one that
 * yields no item, fails with the reason; items that break a rule of the build's checks are left
 * out and counted. Deterministic: the same request gives the same bank.
 */
export function generateCourse(
  request: GenerateRequest,
  onStep: (step: BuildStep) => void = () => {}
): GenerateResult {
  const text = articleText(request.text, request.fields);
  const slug = courseId(text, new Set(request.taken));
  let build;
  try {
    build = buildFromText({ slug, articleText: text }, onStep);
  } catch {
    // The article reader throws on a text with no paragraphs after its header.
    return { type: 'failed', reason: 'unreadable' };
  }
  if (build.problems.length > 0) return { type: 'failed', reason: 'unreadable' };
  const offending = new Set(build.offences.map((o) => o.id));
  const items = build.bank.items.filter((item) => !offending.has(item.id));
  if (items.length === 0) return { type: 'failed', reason: 'noItems' };
  const meta =
    request.fields === null
      ? build.bank.meta
      : { ...build.bank.meta, authors: withoutNoAuthor(build.bank) };
  const changed = items.length !== build.bank.items.length || meta !== build.bank.meta;
  const bank = { ...build.bank, meta, items };
  return {
    type: 'done',
    bank: changed ? versioned(bank) : bank,
    dropped: build.bank.items.length - items.length
  };
}

const withoutNoAuthor = (bank: ArticleBank) => bank.meta.authors.filter((a) => a.ar !== NO_AUTHOR);
