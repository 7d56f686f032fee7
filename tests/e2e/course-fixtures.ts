// Test factory: courses made from the fixture articles with the app's own generator and course
// file maker, so that a spec gets a course made on a device without going through the "Add an
// article" form, and files to hand to "Import course".
import { readFileSync } from 'node:fs';
import { buildFromText } from '../../questions/build';
import { scopeCourse, type DeviceCourse } from '../../src/lib/domain/course';
import { courseFileName, makeCourseFile } from '../../src/lib/domain/course-file';
import type { Item } from '../../src/lib/domain/bank';

/** A fixture article's text (`tests/fixtures/<name>.txt`). */
export function fixtureText(name: 'health-article' | 'economy-article' | 'second-article'): string {
  return readFileSync(new URL(`../fixtures/${name}.txt`, import.meta.url), 'utf8');
}

/** The course id and titles of the health article's course. */
export const HEALTH = {
  id: 'measles-campaign',
  ar: 'حملة وطنية لتلقيح الأطفال ضد الحصبة في المغرب'
} as const;

/** A course made on a device from a fixture article, its ids scoped to it. */
export function deviceCourse(
  id: string = HEALTH.id,
  text = fixtureText('health-article'),
  createdAt = Date.UTC(2026, 10, 1)
): DeviceCourse {
  const { bank } = buildFromText({ slug: id, articleText: text });
  return { id, createdAt, text, bank: scopeCourse(bank, id) };
}

/**
 * The health course as blanks only: its cloze items, and its multiple-choice items that have a blank
 * turned into clozes of their right option, each its own sibling group so that none waits for
 * another. Every card's prompt then changes when it is turned over (the answer fills the blank).
 */
export function clozeCourse(): DeviceCourse {
  const course = deviceCourse();
  const items = course.bank.items.flatMap((item): Item[] => {
    const own = { ...item, sibling: `${item.id}-alone` };
    if (item.type === 'cloze') return [own];
    if (item.type !== 'mcq' || !item.prompt.ar.includes('____')) return [];
    const { options, answer, ...rest } = own as typeof item;
    const right = options[answer]!;
    return [{ ...rest, type: 'cloze', answer: right, accept: { ar: [], en: [] } }];
  });
  return { ...course, bank: { ...course.bank, items } };
}

/** What Playwright's `setInputFiles` takes: a file of that name with that content. */
export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** A JSON file for `setInputFiles`. */
export function jsonFile(name: string, content: unknown): FilePayload {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

/** The course file "Export course" would write for `course`. */
export function courseFilePayload(course: DeviceCourse = deviceCourse()): FilePayload {
  return jsonFile(courseFileName(course.id), makeCourseFile(course, Date.UTC(2026, 11, 1)));
}
