// Asserts a class quiz with no server: the teacher's browser makes a code; a student's browser,
// offline, enters it, takes the identical quiz and gets a result code; the teacher's browser
// collects it into the table. A mistyped code or a foreign result gets a clear message.
import type { Page } from '@playwright/test';
import { expect, openRoute, test, waitForServiceWorker } from './fixtures';
import { options, prompt, studentsTable } from './locators';

async function takeQuiz(page: Page, questions: number) {
  const prompts: string[] = [];
  for (let i = 0; i < questions; i++) {
    prompts.push((await prompt(page).textContent())!.trim());
    if ((await options(page).count()) > 0) await page.keyboard.press('1');
    await page.getByRole('button', { name: /^(Check|تحقّق)$/ }).click();
    await page.getByRole('button', { name: /^(Next|Finish|التالي|إنهاء الاختبار)$/ }).click();
  }
  return prompts;
}

test('a class quiz made on one device, taken offline on another, collected on the first', async ({
  newContext
}) => {
  // Two browsers, one of them installing the app to go offline, and a whole quiz: a budget of
  // its own.
  test.slow();
  const { page: teacher } = await newContext();
  await openRoute(teacher, '/class', 'en');
  await teacher.getByRole('button', { name: 'I am the teacher' }).click();
  await teacher.getByRole('radio', { name: '5' }).check();
  await teacher.getByRole('button', { name: 'Create class quiz' }).click();
  const code = (await teacher.getByTestId('class-code').textContent())!.trim();
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
  await expect(teacher.getByRole('img', { name: `QR code of ${code}` })).toBeVisible();

  const { context: studentContext, page: student } = await newContext();
  await openRoute(student, '/', 'ar');
  await waitForServiceWorker(student);
  await studentContext.setOffline(true);
  await openRoute(student, '/class');
  // A mistyped code is refused with a message in the student's language.
  const wrong = code.replace(/[0-9A-Z](?=[^0-9A-Z]*$)/, (c) => (c === '7' ? '9' : '7'));
  await student.getByLabel('رمز الاختبار من معلّمك').fill(wrong);
  await student.getByLabel('اسمك').fill('سارة');
  await student.getByRole('button', { name: 'الانضمام إلى الاختبار' }).click();
  await expect(student.getByRole('alert')).toContainText(/خطأً|صالحًا/);
  // The right code, typed in lower case with spaces, works.
  await student.getByLabel('رمز الاختبار من معلّمك').fill(code.toLowerCase().replaceAll('-', ' '));
  await student.getByRole('button', { name: 'الانضمام إلى الاختبار' }).click();
  await takeQuiz(student, 5);
  const result = (await student.getByTestId('result-code').textContent())!.trim();
  await expect(student.getByRole('img', { name: new RegExp(result) })).toBeVisible();

  await teacher.getByLabel('Result code').fill(result);
  await teacher.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(teacher.getByRole('status')).toContainText('Added \u2068سارة\u2069.');
  await expect(studentsTable(teacher)).toContainText('سارة');
  await expect(studentsTable(teacher)).toContainText('/ 5');
  // The same result twice is kept once.
  await teacher.getByLabel('Result code').fill(result);
  await teacher.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(teacher.getByRole('alert')).toContainText('already in the table');
  await expect(studentsTable(teacher).getByRole('row')).toHaveCount(2);
  // CSV export.
  const download = teacher.waitForEvent('download');
  await teacher.getByRole('button', { name: 'Export CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);
});

test('every device builds the identical quiz from the same code', async ({ newContext }) => {
  // Three browsers, each starting the app cold, and two whole quizzes: a budget of its own.
  test.slow();
  const { page: teacher } = await newContext();
  await openRoute(teacher, '/class', 'en');
  await teacher.getByRole('button', { name: 'I am the teacher' }).click();
  await teacher.getByRole('radio', { name: '5' }).check();
  await teacher.getByRole('button', { name: 'Create class quiz' }).click();
  const code = (await teacher.getByTestId('class-code').textContent())!.trim();

  const take = async () => {
    const { page } = await newContext();
    await openRoute(page, '/class', 'en');
    await page.getByLabel('Quiz code from your teacher').fill(code);
    await page.getByLabel('Your name').fill('Omar');
    await page.getByRole('button', { name: 'Join the quiz' }).click();
    return takeQuiz(page, 5);
  };
  expect(await take()).toEqual(await take());
});
