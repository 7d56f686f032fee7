// Asserts the study session and the quizzes on a 360×740 touch phone: once a card's answer shows,
// its grades and their intervals are in view with no scrolling, above the navigation; suspending is
// in the card's options, says so and is undone; a quiz of one's own and a class quiz survive a
// reload mid-quiz with their answers, and a finished class quiz still shows its result code.
import type { Page } from '@playwright/test';
import { expect, nav, openRoute, readStores, test } from './fixtures';
import { options, prompt } from './locators';

const L = {
  en: {
    show: 'Show answer',
    grades: ['Again', 'Hard', 'Good', 'Easy'],
    menu: 'Card options',
    suspend: 'Suspend card',
    suspended: /Card suspended/,
    undo: 'Undo'
  },
  ar: {
    show: 'إظهار الإجابة',
    grades: ['مرة أخرى', 'صعب', 'جيد', 'سهل'],
    menu: 'خيارات البطاقة',
    suspend: 'إيقاف البطاقة مؤقتًا',
    suspended: /أُوقفت البطاقة مؤقتًا/,
    undo: 'تراجع'
  }
} as const;

for (const lang of ['ar', 'en'] as const) {
  test(`the grades and their intervals are in view after every reveal on a phone, in ${lang}`, async ({
    phone
  }) => {
    const l = L[lang];
    await openRoute(phone, '/study', lang);
    const navTop = (await nav(phone).getByRole('link').first().boundingBox())!.y;
    for (let i = 0; i < 6; i++) {
      await phone.getByRole('button', { name: l.show }).tap();
      // Read once turned over: a cloze's answer fills its blank then.
      const before = await prompt(phone).textContent();
      for (const name of l.grades) {
        const grade = phone.getByRole('button', { name, exact: true });
        await expect(grade).toBeInViewport({ ratio: 1 });
        // Its interval is inside the button; the button is clear of the navigation bar.
        await expect(grade.locator('[id^="interval-"]')).toBeInViewport({ ratio: 1 });
        const box = (await grade.boundingBox())!;
        expect(box.y + box.height).toBeLessThanOrEqual(navTop);
      }
      await phone.getByRole('button', { name: l.grades[2], exact: true }).tap();
      await expect(prompt(phone)).not.toHaveText(before!);
    }
  });

  test(`suspend is in the card's options, says so, and Undo brings the card back, in ${lang}`, async ({
    phone
  }) => {
    const l = L[lang];
    await openRoute(phone, '/study', lang);
    // Read before turning it over: the card comes back unanswered (a cloze with its blank empty).
    const shown = (await prompt(phone).textContent())!;
    await phone.getByRole('button', { name: l.show }).tap();
    await expect(phone.getByRole('button', { name: l.suspend })).toBeHidden();
    await phone.getByRole('button', { name: l.menu }).tap();
    await phone.getByRole('button', { name: l.suspend }).tap();
    const message = phone.getByRole('status').filter({ hasText: l.suspended });
    await expect(message).toBeInViewport();
    await expect(prompt(phone)).not.toHaveText(shown);
    const suspended = async () =>
      ((await readStores(phone, ['cards'])).cards as { suspended: boolean }[]).filter(
        (c) => c.suspended
      ).length;
    expect(await suspended()).toBe(1);
    await message.getByRole('button', { name: l.undo }).tap();
    await expect(prompt(phone)).toHaveText(shown);
    await expect(message).toBeHidden();
    expect(await suspended()).toBe(0);
  });
}

/**
 * Answers the question on screen with its first option. Both quizzes here are multiple choice only:
 * the click waits for the question to be drawn (counting the options first could run before it is,
 * and then wait for a textbox that never comes).
 */
async function answer(page: Page): Promise<void> {
  await options(page).first().click();
}

/** The saved quiz's answers (null where none is given), read from the database. */
async function savedAnswers(page: Page, kind: 'self' | 'class') {
  const { meta } = await readStores(page, ['meta']);
  const saved = (meta as { kind?: string; answers?: unknown[] }[]).find((m) => m.kind === kind);
  return saved?.answers ?? [];
}

test('a quiz reloaded mid-way is offered for resuming, with its answers kept', async ({ page }) => {
  await openRoute(page, '/quiz', 'en');
  await page.getByRole('radio', { name: '5', exact: true }).check();
  await page.getByRole('checkbox', { name: 'Multiple choice' }).check();
  await page.getByRole('button', { name: 'Start quiz', exact: true }).click();
  await answer(page);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await answer(page);
  const second = (await prompt(page).textContent())!;
  await expect.poll(async () => (await savedAnswers(page, 'self')).filter(Boolean).length).toBe(2);

  await page.reload();
  await page.getByRole('button', { name: 'Resume quiz' }).click();
  await expect(page.getByRole('heading', { name: 'Question 2 of 5' })).toBeVisible();
  await expect(prompt(page)).toHaveText(second);
  await expect(options(page).first()).toHaveAttribute('aria-pressed', 'true');
  for (let i = 1; i < 5; i++) {
    if (i > 1) await answer(page);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('button', { name: i === 4 ? 'Finish' : 'Next', exact: true }).click();
  }
  await expect(page.getByTestId('quiz-score')).toContainText('/ 5');
  const { attempts, meta } = await readStores(page, ['attempts', 'meta']);
  expect((attempts as { answers: unknown[] }[])[0]!.answers.every(Boolean)).toBe(true);
  expect((meta as { kind?: string }[]).some((m) => m.kind === 'self')).toBe(false);
  // Nothing left to resume.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start quiz', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Resume quiz' })).toBeHidden();
});

test('a class student reloading mid-quiz resumes it, and after finishing still sees the result code', async ({
  page
}) => {
  // A class quiz made, taken with two reloads: a budget of its own.
  test.slow();
  await openRoute(page, '/class', 'en');
  await page.getByRole('button', { name: 'I am the teacher' }).click();
  await page.getByRole('radio', { name: '5', exact: true }).check();
  // Multiple choice only: every question is answered the same way, whichever the plan draws.
  await page.getByRole('checkbox', { name: 'Multiple choice' }).check();
  await page.getByRole('button', { name: 'Create class quiz' }).click();
  const code = (await page.getByTestId('class-code').textContent())!.trim();
  await page.getByRole('button', { name: 'I am a student' }).click();
  await page.getByLabel('Quiz code from your teacher').fill(code);
  await page.getByLabel('Your name').fill('Sara');
  await page.getByRole('button', { name: 'Join the quiz' }).click();
  await answer(page);
  const first = (await prompt(page).textContent())!;
  await expect.poll(async () => (await savedAnswers(page, 'class')).filter(Boolean).length).toBe(1);

  await page.reload();
  await expect(page.getByRole('region', { name: 'A quiz in progress' })).toContainText('Sara');
  await page.getByRole('button', { name: 'Resume quiz' }).click();
  await expect(prompt(page)).toHaveText(first);
  for (let i = 0; i < 5; i++) {
    if (i > 0) await answer(page);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('button', { name: i === 4 ? 'Finish' : 'Next', exact: true }).click();
  }
  const result = (await page.getByTestId('result-code').textContent())!.trim();

  await page.reload();
  await expect(page.getByTestId('result-code')).toHaveText(result);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Join the quiz' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Join the quiz' })).toBeVisible();
  await expect(page.getByTestId('result-code')).toBeHidden();
});
