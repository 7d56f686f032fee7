import {
  integer,
  maxLength,
  minValue,
  number,
  object,
  pipe,
  regex,
  string,
  finite,
  type InferOutput
} from 'valibot';
import { ArticleBankSchema, TextSchema, type ArticleBank, type Item } from './bank';

/**
 * Courses: one article's bank under an id. Built-in courses are the banks shipped in
 * `static/bank/`, their id the slug; courses made on the device live in IndexedDB, and their item
 * and sibling ids carry the course (`<course>:<id>`), so they are unique across courses by
 * construction and a card's course can be read from its item id. See docs/ARCHITECTURE.md.
 */

/** Lower-case letters, digits and hyphens, 1–64 long, no hyphen at either end: it sits in a URL. */
export const COURSE_ID = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
const SCOPE = ':';

export const CourseIdSchema = pipe(string(), regex(COURSE_ID, 'a course id such as my-article'));

export function isCourseId(value: string): boolean {
  return COURSE_ID.test(value);
}

/** The course an item id names, or null for a built-in item (whose id has no course in it). */
export function courseOfItemId(itemId: string): string | null {
  const at = itemId.indexOf(SCOPE);
  return at > 0 ? itemId.slice(0, at) : null;
}

const scoped = (course: string, id: string) =>
  id.startsWith(`${course}${SCOPE}`) ? id : `${course}${SCOPE}${id}`;

/**
 * A bank made on the device, made a course: its slug and every item's `article` become `course`,
 * and item and sibling ids are prefixed with it (ids already prefixed are left alone).
 */
export function scopeCourse(bank: ArticleBank, course: string): ArticleBank {
  return {
    ...bank,
    slug: course,
    items: bank.items.map((item): Item => ({
      ...item,
      article: course,
      id: scoped(course, item.id),
      sibling: scoped(course, item.sibling)
    }))
  };
}

/** What keeps a bank from being stored as course `course` (empty when it may be). */
export function courseProblems(bank: ArticleBank, course: string): string[] {
  const problems: string[] = [];
  if (!isCourseId(course)) problems.push(`course id: ${course}`);
  if (bank.slug !== course) problems.push(`slug: ${bank.slug}`);
  const prefix = `${course}${SCOPE}`;
  const ids = new Set<string>();
  for (const item of bank.items) {
    if (item.article !== course) problems.push(`${item.id}: article ${item.article}`);
    if (!item.id.startsWith(prefix)) problems.push(`${item.id}: id without ${prefix}`);
    if (!item.sibling.startsWith(prefix)) problems.push(`${item.id}: sibling without ${prefix}`);
    if (ids.has(item.id)) problems.push(`${item.id}: twice`);
    ids.add(item.id);
  }
  return problems;
}

const Count = pipe(number(), integer(), minValue(0));

/** What a list of courses shows, without the text and items: the `courses` store's record. */
export const CourseMetaSchema = object({
  id: CourseIdSchema,
  title: TextSchema,
  source: string(),
  /** ISO, as precise as the article (year, year-month or year-month-day). */
  date: string(),
  /** When the course was made on this device (epoch ms); 0 for a built-in course. */
  createdAt: pipe(number(), finite()),
  items: Count,
  paragraphs: Count,
  bankVersion: string()
});
export type CourseMeta = InferOutput<typeof CourseMetaSchema>;

/** The longest article a course keeps as text (characters): about 20,000 words and room to spare. */
export const COURSE_TEXT_LIMIT = 400_000;

/** A course made on the device, whole: the `courseContent` store's record. */
export const DeviceCourseSchema = object({
  id: CourseIdSchema,
  createdAt: pipe(number(), finite()),
  /** The article as it was pasted or opened, kept so that a course can be made again. */
  text: pipe(string(), maxLength(COURSE_TEXT_LIMIT)),
  bank: ArticleBankSchema
});
export type DeviceCourse = InferOutput<typeof DeviceCourseSchema>;

/** A course's list entry, from its bank. */
export function courseMeta(bank: ArticleBank, createdAt: number): CourseMeta {
  return {
    id: bank.slug,
    title: bank.meta.title,
    source: bank.meta.source,
    date: bank.meta.date,
    createdAt,
    items: bank.items.length,
    paragraphs: bank.paragraphs.length,
    bankVersion: bank.bankVersion
  };
}

/** A profile's progress in one course. */
export interface CourseProgress {
  /** Scheduled, unsuspended cards due before the study day ends. */
  due: number;
  /** Cards in review: the scheduler believes they are known. */
  known: number;
}

/**
 * Each course's due and known cards among a profile's cards, the course of a card given by
 * `courseOf` (from its item id); cards of no known course are left out.
 */
export function progressByCourse(
  cards: readonly {
    itemId: string;
    phase: string;
    suspended: boolean;
    queueDue?: number | undefined;
  }[],
  courseOf: (itemId: string) => string | null,
  dayEnd: number
): Map<string, CourseProgress> {
  const out = new Map<string, CourseProgress>();
  for (const card of cards) {
    const course = courseOf(card.itemId);
    if (course === null) continue;
    const row = out.get(course) ?? { due: 0, known: 0 };
    if (!card.suspended && card.queueDue !== undefined && card.queueDue < dayEnd) row.due++;
    if (card.phase === 'review') row.known++;
    out.set(course, row);
  }
  return out;
}
