import type { DeviceCourse } from '$lib/domain/course';
import {
  bankText,
  courseFileName,
  makeCourseFile,
  MAX_COURSE_FILE_BYTES,
  parseCourseFile,
  previewCourseImport,
  type CourseFileError,
  type CourseImport
} from '$lib/domain/course-file';
import { bank } from '$lib/state/bank.svelte';
import { saveCourse } from './courses';
import { downloadFile } from './exports';
import { attempt, openRecords, readOr, StorageError, type Saved } from './result';

// Sharing a course: "Export course" writes its file (and hands it to the system's share sheet
// where the browser can share files); "Import course" reads one, previews it and stores it.

/** A course as its file holds it: a built-in one from the app's bank, one made here from storage. */
async function wholeCourse(id: string): Promise<DeviceCourse> {
  if ((await bank.builtInIds()).includes(id)) {
    const builtIn = await bank.loadCourse(id);
    if (builtIn) return { id, createdAt: 0, text: bankText(builtIn), bank: builtIn };
  }
  const made = await (await openRecords()).course(id);
  if (!made) throw new StorageError('unknown', new Error(`no course ${id}`));
  return made;
}

/** A course's file, ready to download or share. */
export function courseFile(id: string, now: number): Promise<Saved<File>> {
  return attempt(async () => {
    const text = JSON.stringify(makeCourseFile(await wholeCourse(id), now));
    return new File([text], courseFileName(id), { type: 'application/json' });
  });
}

/** Hands a course's file to the browser's downloads. */
export async function downloadCourseFile(file: File): Promise<void> {
  downloadFile(file.name, await file.text(), file.type);
}

/** Whether this browser can hand `file` to the system's share sheet. */
export function canShareFile(file: File): boolean {
  return typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] });
}

/**
 * Opens the system's share sheet with `file` (call it from the tap itself: browsers share only in
 * answer to one). Resolves to false when the sheet could not open; closing it is no failure.
 */
export async function shareCourseFile(file: File): Promise<boolean> {
  try {
    await navigator.share({ files: [file], title: file.name });
    return true;
  } catch (e) {
    return e instanceof DOMException && e.name === 'AbortError';
  }
}

export type ReadCourse =
  | { ok: true; course: DeviceCourse; plan: CourseImport }
  | { ok: false; error: CourseFileError | StorageError };

/**
 * Reads and checks a course file and says what importing it would do here. The size is checked
 * before the file is read: a huge file is refused without loading it.
 */
export async function readCourseFile(file: File): Promise<ReadCourse> {
  try {
    const text = file.size > MAX_COURSE_FILE_BYTES ? '' : await file.text();
    const parsed = parseCourseFile(text, file.size);
    if (!parsed.ok) return parsed;
    const { course } = parsed;
    const builtIn = await bank.builtInIds();
    const here = await readOr(undefined, (records) => records.course(course.id));
    return { ok: true, course, plan: previewCourseImport(course, builtIn, here) };
  } catch (e) {
    return { ok: false, error: new StorageError('unknown', e) };
  }
}

/**
 * Stores a course read from a file, in one transaction: new, or in place of another version of it
 * (cards are kept by item id, so everyone's progress on the items in both stays).
 */
export function importCourse(course: DeviceCourse): Promise<Saved> {
  return saveCourse(course);
}
