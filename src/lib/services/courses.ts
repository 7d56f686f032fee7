import type { ArticleBank } from '$lib/domain/bank';
import {
  courseMeta,
  courseOfItemId,
  progressByCourse,
  scopeCourse,
  type CourseMeta,
  type CourseProgress,
  type DeviceCourse
} from '$lib/domain/course';
import { studyDay } from '$lib/domain/queue';
import { parseProfileSettings } from '$lib/domain/settings-schema';
import { app } from '$lib/state/app.svelte';
import { bank } from '$lib/state/bank.svelte';
import { attempt, openRecords, openStore, readOr, StorageError, type Saved } from './result';

// The courses on this device as /courses, the reader and (later) "Add an article" and "Import
// course" read and change them. The built-in courses come with the app; the others are stored.

/** A course as the list shows it. */
export interface CourseEntry extends CourseMeta {
  /** Shipped with the app: every device has it, and it cannot be deleted. */
  builtIn: boolean;
}

const isBank = (b: ArticleBank | null): b is ArticleBank => b !== null;

async function builtInCourses(): Promise<ArticleBank[]> {
  const ids = await bank.builtInIds();
  return (await Promise.all(ids.map((id) => bank.loadCourse(id)))).filter(isBank);
}

/**
 * Every course on the device, the built-in ones first, then those made here by date: their list
 * entries only (the content of a course made here is not read, nor a built-in bank whose items
 * are stored: `bank.builtInShells`).
 */
export async function listCourses(): Promise<CourseEntry[]> {
  const builtIn = (await bank.builtInShells()).map(({ shell, items }) => ({
    ...courseMeta({ ...shell, items: [] }, 0),
    items
  }));
  const ids = new Set(builtIn.map((c) => c.id));
  const made = await readOr([], (records) => records.courses());
  return [
    ...builtIn.map((c) => ({ ...c, builtIn: true })),
    ...made.filter((m) => !ids.has(m.id)).map((m) => ({ ...m, builtIn: false }))
  ];
}

/** The active profile's due and known cards per course, for the study day around `now`. */
export async function courseProgress(now: number): Promise<Map<string, CourseProgress>> {
  if (!app.store) return new Map();
  const store = openStore();
  const records = await openRecords();
  const [settings, cards, builtIn] = await Promise.all([
    store.profileSettings(app.profileId).then(parseProfileSettings),
    records.cards(app.profileId),
    builtInCourses()
  ]);
  // A built-in item's id does not name its course: look it up among the built-in items.
  const home = new Map(builtIn.flatMap((c) => c.items.map((item) => [item.id, c.slug])));
  const { end } = studyDay(now, settings.queue.dayStartHour);
  return progressByCourse(cards, (id) => courseOfItemId(id) ?? home.get(id) ?? null, end);
}

/** The course the reader opens at `/article`: the last one read if it is still here, else the first built-in one. */
export async function lastCourse(): Promise<string | null> {
  const last = app.store ? await app.store.lastCourse() : null;
  if (last !== null && (await bank.loadCourse(last))) return last;
  return (await bank.builtInIds().catch(() => []))[0] ?? null;
}

/** Remembers the course the reader shows, for `/article` next time. */
export function rememberCourse(id: string): Promise<Saved> {
  return attempt(() => openStore().setLastCourse(id));
}

/** The active profile's cards, as stored (none are made): the reader's mastery per paragraph. */
export function storedCards() {
  return readOr([], (records) => records.cards(app.profileId));
}

const refused = (why: string) => new StorageError('unknown', new Error(why));

/**
 * Stores a course made on the device (its items' ids scoped to it first) in one transaction; every
 * screen reads the courses again afterwards. A built-in course's id is refused.
 */
export async function saveCourse(course: DeviceCourse): Promise<Saved> {
  return attempt(async () => {
    if ((await bank.builtInIds()).includes(course.id)) throw refused('built-in course id');
    const records = await openRecords();
    await records.saveCourse({ ...course, bank: scopeCourse(course.bank, course.id) });
    bank.reset();
  });
}

/**
 * Deletes a course made on the device with its cards and reviews in every profile, in one
 * transaction. A built-in course is refused.
 */
export async function deleteCourse(id: string): Promise<Saved> {
  return attempt(async () => {
    if ((await bank.builtInIds()).includes(id)) throw refused('built-in course');
    await (await openRecords()).deleteCourse(id);
    bank.reset();
  });
}
