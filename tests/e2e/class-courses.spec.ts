// Asserts a class quiz from a course made on a device: the teacher picks that course, and the code
// names it; a student's device without the course says which course it needs and links to "Import
// course"; once the same course is on the student's device, the identical quiz runs (the same items
// in the same order, with the same display orders) and the teacher's device adds its result.
import type { Page } from '@playwright/test';
import { buildQuiz } from '../../src/lib/domain/quiz';
import type { QuizSettings } from '../../src/lib/domain/quiz';
import { HEALTH_COURSE, HEALTH_TITLE, healthCourse, seedCourse } from './course-seed';
import { expect, openRoute, readStores, test } from './fixtures';
import { options, prompt, studentsTable } from './locators';

async function takeQuiz(page: Page, questions: number) {
  for (let i = 0; i < questions; i++) {
    await expect(prompt(page)).toBeVisible();
    if ((await options(page).count()) > 0) await page.keyboard.press('1');
    await page.getByRole('button', { name: /^(Check|تحقّق)$/ }).click();
    await page.getByRole('button', { name: /^(Next|Finish|التالي|إنهاء الاختبار)$/ }).click();
  }
}

async function join(page: Page, code: string) {
  await page.getByLabel('رمز الاختبار من معلّمك').fill(code);
  await page.getByLabel('اسمك').fill('ليلى');
  await page.getByRole('button', { name: 'الانضمام إلى الاختبار' }).click();
}

/** A teacher's device in English with the health course on it, on the teacher's side of /class. */
async function teacherWithCourse(newContext: () => Promise<{ page: Page }>): Promise<Page> {
  const { page: teacher } = await newContext();
  await openRoute(teacher, '/', 'en');
  await seedCourse(teacher);
  await openRoute(teacher, '/class');
  await teacher.getByRole('button', { name: 'I am the teacher' }).click();
  return teacher;
}

test('a class quiz from a course made on the device, on a student device without it and then with it', async ({
  newContext
}) => {
  // Two browsers, each starting the app and reloading it after the course is written, and a whole
  // quiz: a budget of its own.
  test.slow();
  const teacher = await teacherWithCourse(newContext);
  const course = teacher.getByLabel('Course', { exact: true });
  // Every course on the device, the built-in one first.
  await expect(course.getByRole('option')).toHaveText([/Iran and Russia/, HEALTH_TITLE]);
  await course.selectOption(HEALTH_COURSE);
  await teacher.getByRole('radio', { name: '5' }).check();
  await teacher.getByRole('button', { name: 'Create class quiz' }).click();
  const code = (await teacher.getByTestId('class-code').textContent())!.trim();
  await expect(teacher.getByText('Course:')).toContainText(HEALTH_TITLE);

  const { page: student } = await newContext();
  await openRoute(student, '/class', 'ar');
  await join(student, code);
  const needed = student.getByRole('alert');
  await expect(needed).toContainText('هذا الاختبار من درس غير موجود على هذا الجهاز');
  await expect(needed).toContainText(HEALTH_COURSE);
  // The import is asked with the quiz's code, so that it leads back to this quiz.
  await expect(needed.getByRole('link', { name: 'استيراد ملف درس' })).toHaveAttribute(
    'href',
    /^\/courses\?quiz=[^#]+#import-course$/
  );

  // The same course on the student's device: the quiz runs.
  await seedCourse(student);
  await openRoute(student, '/class');
  await join(student, code);
  await takeQuiz(student, 5);
  const result = (await student.getByTestId('result-code').textContent())!.trim();

  // The identical quiz: what the student's device asked is what the teacher's code builds.
  const { classes } = await readStores(teacher, ['classes']);
  const made = classes[0] as { seed: number; settings: QuizSettings };
  expect(made.settings.course).toBe(HEALTH_COURSE);
  const { attempts } = await readStores(student, ['attempts']);
  const taken = attempts[0] as { plan: ReturnType<typeof buildQuiz> };
  const expected = buildQuiz(healthCourse().bank.items, made.settings, made.seed).questions;
  expect(taken.plan.questions).toEqual(expected);
  expect(expected).toHaveLength(5);

  await teacher.getByLabel('Result code').fill(result);
  await teacher.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(teacher.getByRole('status')).toContainText('Added \u2068ليلى\u2069.');
  await expect(studentsTable(teacher)).toContainText('/ 5');
});

test('a student device with another version of the course says so', async ({ newContext }) => {
  // Two browsers each starting the app cold: a budget of its own.
  test.slow();
  const teacher = await teacherWithCourse(newContext);
  await teacher.getByLabel('Course', { exact: true }).selectOption(HEALTH_COURSE);
  await teacher.getByRole('button', { name: 'Create class quiz' }).click();
  const code = (await teacher.getByTestId('class-code').textContent())!.trim();

  const { page: student } = await newContext();
  await openRoute(student, '/', 'en');
  const older = healthCourse();
  await seedCourse(student, { ...older, bank: { ...older.bank, bankVersion: 'older0000000' } });
  await openRoute(student, '/class');
  await student.getByLabel('Quiz code from your teacher').fill(code);
  await student.getByLabel('Your name').fill('Omar');
  await student.getByRole('button', { name: 'Join the quiz' }).click();
  const needed = student.getByRole('alert');
  await expect(needed).toContainText('another version of a course on this device');
  await expect(needed).toContainText(HEALTH_TITLE);
  await expect(needed.getByRole('link', { name: 'Import course' })).toBeVisible();
});
