// Asserts a course's whole journey between two devices with no network: a teacher pastes an article
// the app has never seen, makes its questions and saves the course, exports it, and runs a class
// quiz from it; the student's device, lacking the course, follows "Import course" from the quiz,
// imports that very file, goes back to the quiz with its code kept, plays it (the same questions
// the teacher's code builds) and its result is added on the teacher's device.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { buildQuiz, type QuizSettings } from '../../src/lib/domain/quiz';
import { expect, openRoute, readStores, test, waitForServiceWorker } from './fixtures';
import { options, pageHeading, prompt, region, studentsTable } from './locators';

const ECONOMY = readFileSync('tests/fixtures/economy-article.txt', 'utf8');
const TITLE = 'المركزي المصري يرفع الفائدة لكبح تضخّم قياسي';

async function takeQuiz(page: Page, questions: number) {
  for (let i = 0; i < questions; i++) {
    await expect(prompt(page)).toBeVisible();
    if ((await options(page).count()) > 0) await page.keyboard.press('1');
    await page.getByRole('button', { name: 'تحقّق', exact: true }).click();
    const next = i === questions - 1 ? 'إنهاء الاختبار' : 'التالي';
    await page.getByRole('button', { name: next, exact: true }).click();
  }
}

test('a pasted article travels as a file to a student device and runs as a class quiz, offline', async ({
  page: teacher,
  context,
  newContext
}) => {
  // Two devices, a build of the questions in a worker, a file carried across and a whole quiz.
  test.slow();
  await openRoute(teacher, '/courses', 'en');
  await waitForServiceWorker(teacher);
  await context.setOffline(true);
  await teacher.getByRole('link', { name: 'Add an article' }).click();
  await teacher.getByRole('textbox', { name: 'Article text' }).fill(ECONOMY);
  await teacher.getByRole('button', { name: 'Make questions', exact: true }).click();
  await teacher.getByRole('button', { name: 'Save course' }).click();
  await expect(pageHeading(teacher)).toHaveText('Courses');
  const course = region(teacher, TITLE);
  const downloading = teacher.waitForEvent('download');
  await course.getByRole('button', { name: 'Export course' }).click();
  const file = await downloading;
  const { courseContent } = await readStores(teacher, ['courseContent']);
  const made = courseContent[0] as { id: string; bank: { items: { id: string }[] } };
  expect(file.suggestedFilename()).toBe(`${made.id}.dars-course.json`);

  await teacher.goto('/class');
  await teacher.getByRole('button', { name: 'I am the teacher' }).click();
  await teacher.getByLabel('Course', { exact: true }).selectOption(made.id);
  await teacher.getByRole('radio', { name: '5' }).check();
  await teacher.getByRole('button', { name: 'Create class quiz' }).click();
  const code = (await teacher.getByTestId('class-code').textContent())!.trim();

  // The student joins first: the device lacks the course, and its import leads back to the quiz.
  const { page: student, context: studentContext } = await newContext();
  await openRoute(student, '/class', 'ar');
  await waitForServiceWorker(student);
  await studentContext.setOffline(true);
  const codeField = student.getByLabel('رمز الاختبار من معلّمك');
  await codeField.fill(code);
  await student.getByLabel('اسمك').fill('سلمى');
  await student.getByRole('button', { name: 'الانضمام إلى الاختبار' }).click();
  await student.getByRole('alert').getByRole('link', { name: 'استيراد ملف درس' }).click();
  await expect(pageHeading(student)).toHaveText('الدروس');
  await student.getByLabel('استيراد ملف درس').setInputFiles(await file.path());
  const preview = student.getByRole('group', { name: 'يضيف هذا الملف درسًا جديدًا:' });
  await preview.getByRole('button', { name: 'استيراد', exact: true }).click();
  await expect(region(student, TITLE)).toBeVisible();
  await student.getByRole('link', { name: 'العودة إلى اختبار الصف' }).click();
  const typed = await codeField.inputValue();
  expect(typed.replace(/[^A-Z0-9]/gi, '')).toBe(code.replace(/[^A-Z0-9]/gi, ''));
  await student.getByLabel('اسمك').fill('سلمى');
  await student.getByRole('button', { name: 'الانضمام إلى الاختبار' }).click();
  await takeQuiz(student, 5);
  const result = (await student.getByTestId('result-code').textContent())!.trim();

  // The student's device asked exactly what the teacher's code builds from the teacher's course.
  const { classes } = await readStores(teacher, ['classes']);
  const quiz = classes[0] as { seed: number; settings: QuizSettings };
  expect(quiz.settings.course).toBe(made.id);
  const { attempts } = await readStores(student, ['attempts']);
  const taken = (attempts[0] as { plan: ReturnType<typeof buildQuiz> }).plan.questions;
  const items = (courseContent[0] as { bank: { items: Parameters<typeof buildQuiz>[0] } }).bank
    .items;
  expect(taken).toEqual(buildQuiz(items, quiz.settings, quiz.seed).questions);

  await teacher.getByLabel('Result code').fill(result);
  await teacher.getByRole('button', { name: 'Add', exact: true }).click();
  // The offline banner is a status too.
  await expect(
    teacher.getByRole('status').filter({ hasText: 'Added \u2068سلمى\u2069.' })
  ).toBeVisible();
  await expect(studentsTable(teacher)).toContainText('/ 5');
});
