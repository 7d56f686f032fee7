// A course made on a device, without the "Add an article" form: the generator's bank of a fixture
// article, scoped and written into the app's database the way `Records.saveCourse` writes it.
import type { Page } from '@playwright/test';
import { courseMeta, type DeviceCourse } from '../../src/lib/domain/course';
import { deviceCourse, fixtureText } from './course-fixtures';

/** The course made from tests/fixtures/health-article.txt. */
export const HEALTH_COURSE = 'health-article';
export const HEALTH_TITLE = 'حملة وطنية لتلقيح الأطفال ضد الحصبة في المغرب';

let health: DeviceCourse | undefined;

/** The health article's course, as "Add an article" would save it (built once per worker). */
export function healthCourse(): DeviceCourse {
  health ??= deviceCourse(HEALTH_COURSE, fixtureText('health-article'), Date.UTC(2024, 2, 18));
  return health;
}

/**
 * Writes `course` into the app's database (both stores, one transaction). The app must have opened
 * the database on this origin first (any screen of it has); reload afterwards, as the screens read
 * the courses once per visit.
 */
export async function seedCourse(page: Page, course: DeviceCourse = healthCourse()): Promise<void> {
  await page.evaluate(
    ({ content, meta }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('dars');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['courses', 'courseContent'], 'readwrite');
          tx.objectStore('courseContent').put(content);
          tx.objectStore('courses').put(meta);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { content: course, meta: courseMeta(course.bank, course.createdAt) }
  );
}
