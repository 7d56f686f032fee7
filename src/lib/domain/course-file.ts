import {
  finite,
  literal,
  maxLength,
  minLength,
  minValue,
  number,
  object,
  pipe,
  safeParse,
  string,
  type InferOutput
} from 'valibot';
import { ArticleBankSchema, TextSchema, type ArticleBank, type Item } from './bank';
import {
  COURSE_TEXT_LIMIT,
  CourseIdSchema,
  courseProblems,
  scopeCourse,
  type DeviceCourse
} from './course';
import { clip, detailOf } from './issues';

/**
 * The course file: one course, whole, as "Export course" writes it and "Import course" reads it.
 * Parsing checks it the way a backup import does (size, JSON, format, version, every field, ids,
 * text kept as text) and refuses a course file with markup in any text, so that what is imported
 * can be previewed truly and then stored in one transaction.
 */

export const COURSE_FILE_FORMAT = 'dars-course';
export const COURSE_FILE_VERSION = 1;
/** A 20,000-word article's course is about 2 MB; a file larger than this is refused unread. */
export const MAX_COURSE_FILE_BYTES = 10 * 1024 * 1024;
export const COURSE_FILE_LIMITS = Object.freeze({ items: 5_000, paragraphs: 5_000 });

/** The name a course's file is saved under. */
export const courseFileName = (id: string) => `${id}.dars-course.json`;

const CourseFileSchema = object({
  format: literal(COURSE_FILE_FORMAT),
  version: literal(COURSE_FILE_VERSION),
  id: CourseIdSchema,
  title: TextSchema,
  bankVersion: pipe(string(), minLength(1)),
  /** When the course (this version of it) was made; 0 for a built-in course. */
  createdAt: pipe(number(), finite(), minValue(0)),
  exportedAt: pipe(number(), finite()),
  /** The article as it was pasted; a built-in course's paragraphs. */
  text: pipe(string(), maxLength(COURSE_TEXT_LIMIT)),
  bank: object({
    ...ArticleBankSchema.entries,
    paragraphs: pipe(
      ArticleBankSchema.entries.paragraphs,
      maxLength(COURSE_FILE_LIMITS.paragraphs)
    ),
    items: pipe(ArticleBankSchema.entries.items, maxLength(COURSE_FILE_LIMITS.items))
  })
});
export type CourseFile = InferOutput<typeof CourseFileSchema>;

export type CourseFileProblem =
  'tooLarge' | 'notJson' | 'notCourse' | 'futureVersion' | 'invalid' | 'ids' | 'markup';

export interface CourseFileError {
  kind: CourseFileProblem;
  /** Where and what, e.g. "bank.items[3].answer: expected a whole number". */
  detail?: string;
}

export type ParsedCourseFile =
  { ok: true; course: DeviceCourse } | { ok: false; error: CourseFileError };

/** A built-in course's text: its paragraphs, a blank line apart. */
export function bankText(bank: ArticleBank): string {
  return bank.paragraphs.map((p) => p.ar).join('\n\n');
}

/** The file of a course (`createdAt` 0 and the paragraphs as text for a built-in course). */
export function makeCourseFile(course: DeviceCourse, now: number): CourseFile {
  return {
    format: COURSE_FILE_FORMAT,
    version: COURSE_FILE_VERSION,
    id: course.id,
    title: course.bank.meta.title,
    bankVersion: course.bank.bankVersion,
    createdAt: course.createdAt,
    exportedAt: now,
    text: course.text,
    bank: course.bank
  };
}

// A tag: `<` then a letter, `/`, `!` or `?`, up to the next `>`. "a < b > c" is not one.
const MARKUP = /<[a-z!/?][^<>]*>/i;

/** The path of the first string in `value` that holds markup, or null. */
function markupAt(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (typeof node === 'string') {
      if (MARKUP.test(node)) return path;
    } else if (Array.isArray(node)) {
      node.forEach((child, i) => stack.push([child, `${path}[${i}]`]));
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        stack.push([child, path ? `${path}.${key}` : key]);
      }
    }
  }
  return null;
}

/** What in the file contradicts itself, or an item the app could not show; null when nothing. */
function inconsistency(file: CourseFile): string | null {
  const { bank } = file;
  if (bank.slug !== file.id) return `bank.slug: not the course id ${file.id}`;
  if (bank.bankVersion !== file.bankVersion) return 'bankVersion: not the bank’s version';
  const t = bank.meta.title;
  if (t.ar !== file.title.ar || t.en !== file.title.en) return 'title: not the bank’s title';
  const paragraphs = new Set<string>();
  for (const [i, p] of bank.paragraphs.entries()) {
    if (paragraphs.has(p.id)) return `bank.paragraphs[${i}].id: the same id twice`;
    paragraphs.add(p.id);
  }
  for (const [i, item] of bank.items.entries()) {
    const where = `bank.items[${i}]`;
    const missing = item.evidence.findIndex((e) => !paragraphs.has(e.paragraph));
    if (missing !== -1) return `${where}.evidence[${missing}].paragraph: no such paragraph`;
    if (item.type === 'mcq' && !(item.answer >= 0 && item.answer < item.options.length)) {
      return `${where}.answer: no such option`;
    }
  }
  return null;
}

const ownId = (course: string, id: string) => !id.includes(':') || id.startsWith(`${course}:`);

/** An item whose ids or article name another course; null when every item is this course's. */
function foreignItem(file: CourseFile): string | null {
  const at = file.bank.items.findIndex(
    (item: Item) =>
      item.article !== file.id || !ownId(file.id, item.id) || !ownId(file.id, item.sibling)
  );
  if (at === -1) return null;
  const item = file.bank.items[at]!;
  return `bank.items[${at}]: ${clip(JSON.stringify([item.id, item.article]), 120)}`;
}

const fail = (kind: CourseFileProblem, detail?: string): ParsedCourseFile => ({
  ok: false,
  error: detail === undefined ? { kind } : { kind, detail }
});

function readJson(text: string): { json: unknown } | null {
  try {
    return { json: JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text) };
  } catch {
    return null;
  }
}

function check(json: unknown): ParsedCourseFile {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return fail('notCourse');
  const { format, version } = json as Record<string, unknown>;
  if (format !== COURSE_FILE_FORMAT) return fail('notCourse');
  if (typeof version === 'number' && version > COURSE_FILE_VERSION) return fail('futureVersion');
  const result = safeParse(CourseFileSchema, json, { abortEarly: true });
  if (!result.success) return fail('invalid', detailOf(result.issues));
  const file = result.output;
  const odd = inconsistency(file);
  if (odd !== null) return fail('invalid', odd);
  const foreign = foreignItem(file);
  if (foreign !== null) return fail('ids', foreign);
  const markup = markupAt(file);
  if (markup !== null) return fail('markup', markup);
  // A built-in course's items carry no course in their ids: scoped here like any other course's.
  const bank = scopeCourse(file.bank, file.id);
  const problems = courseProblems(bank, file.id);
  if (problems.length > 0) return fail('ids', clip(problems[0]!, 300));
  return { ok: true, course: { id: file.id, createdAt: file.createdAt, text: file.text, bank } };
}

/**
 * Reads a course file's text (`size`: the file's size in bytes) into a course ready to store, its
 * ids scoped to it. Refuses, without throwing, a file over {@link MAX_COURSE_FILE_BYTES}, text that
 * is not JSON, JSON that is not a course file, a file from a newer format version, a field that
 * fails its check, an item of another course, and markup in any text.
 */
export function parseCourseFile(text: string, size: number): ParsedCourseFile {
  try {
    if (!(size <= MAX_COURSE_FILE_BYTES) || text.length > MAX_COURSE_FILE_BYTES) {
      return fail('tooLarge');
    }
    const read = readJson(text);
    return read ? check(read.json) : fail('notJson');
  } catch (e) {
    // Nothing above should throw; if something does, the file is refused, not the app crashed.
    return fail('invalid', clip(e instanceof Error ? e.message : String(e), 300));
  }
}

/** What importing a course would do on this device. */
export type CourseImport =
  /** A course that comes with the app here: nothing to import. */
  | { kind: 'builtIn' }
  /** The same version is here already: nothing changes. */
  | { kind: 'same' }
  | { kind: 'new' }
  /**
   * Another version is here: the file's replaces it. Cards are kept by item id, so progress on
   * the `unchanged` items (in both versions) stays. `newer`: the file's version was made later.
   */
  | { kind: 'update'; newer: boolean; unchanged: number; itemsHere: number };

/** What importing `course` would do, given the built-in ids here and the stored course of its id. */
export function previewCourseImport(
  course: DeviceCourse,
  builtIn: readonly string[],
  here: DeviceCourse | undefined
): CourseImport {
  if (builtIn.includes(course.id)) return { kind: 'builtIn' };
  if (!here) return { kind: 'new' };
  if (here.bank.bankVersion === course.bank.bankVersion) return { kind: 'same' };
  const ids = new Set(here.bank.items.map((i) => i.id));
  return {
    kind: 'update',
    newer: course.createdAt >= here.createdAt,
    unchanged: course.bank.items.filter((i) => ids.has(i.id)).length,
    itemsHere: here.bank.items.length
  };
}
