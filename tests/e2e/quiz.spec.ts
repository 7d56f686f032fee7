// Asserts a whole quiz taken by keyboard in each language: every item type answered, checked and
// moved on from by keys; the results show a score and breakdowns; the attempt is stored with its
// answers, listed in the history after a reload, and its answers reach the flashcards' log. Mistakes
// link to their evidence and can be studied; a typed answer with a typo is accepted, not a mistake.
import type { Page } from '@playwright/test';
import { drawnAt, expect, openRoute, readStores, test, type Lang } from './fixtures';
import {
  acceptedAnswer,
  quizHistory,
  item,
  matches,
  mistakes as mistakeList,
  options,
  orderList,
  prompt,
  rightAnswer,
  rightSpelling,
  terms,
  typedAnswer,
  typos,
  verdict
} from './locators';

async function storedCounts(page: Page) {
  const { attempts, reviews } = await readStores(page, ['attempts', 'reviews']);
  return {
    attempts: attempts.length,
    quizReviews: (reviews as { source: string }[]).filter((r) => r.source === 'quiz').length
  };
}

/** Answers whatever question is on screen using the keyboard only. */
async function answerByKeyboard(page: Page) {
  if ((await options(page).count()) > 0) {
    await page.keyboard.press('1');
  } else if ((await typedAnswer(page).count()) > 0) {
    await typedAnswer(page).focus();
    await page.keyboard.type('روسيا');
  } else if ((await terms(page).count()) > 0) {
    const n = await terms(page).count();
    for (let i = 0; i < n; i++) {
      await terms(page).nth(i).focus();
      await page.keyboard.press('Enter');
      await matches(page).nth(i).focus();
      await page.keyboard.press('Enter');
    }
  } else if ((await orderList(page).count()) > 0) {
    await orderList(page).getByRole('listitem').first().getByRole('button').nth(1).focus();
    await page.keyboard.press('Enter');
  }
}

for (const [lang, l] of [
  [
    'en',
    {
      start: 'Start quiz',
      check: 'Check',
      next: 'Next',
      finish: 'Finish',
      results: 'Results',
      outOf10: '/ 10'
    }
  ],
  [
    'ar',
    {
      start: 'بدء الاختبار',
      check: 'تحقّق',
      next: 'التالي',
      finish: 'إنهاء الاختبار',
      results: 'النتيجة',
      outOf10: 'من 10'
    }
  ]
] as const) {
  test(`a whole quiz by keyboard in ${lang}`, async ({ page }) => {
    // Ten questions of every type, answered and checked one by one, and a reload: a budget of its
    // own.
    test.slow();
    await openRoute(page, '/quiz', lang);
    await page.getByRole('radio', { name: lang === 'en' ? '10' : '10' }).check();
    await page.getByRole('button', { name: l.start, exact: true }).focus();
    await page.keyboard.press('Enter');
    for (let i = 0; i < 10; i++) {
      await expect(item(page)).toBeVisible();
      await answerByKeyboard(page);
      await page.getByRole('button', { name: l.check, exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect(verdict(page)).toBeVisible();
      const next = page.getByRole('button', { name: i === 9 ? l.finish : l.next, exact: true });
      await next.focus();
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('heading', { name: l.results, exact: true })).toBeVisible();
    await expect(page.getByTestId('quiz-score')).toContainText(l.outOf10);
    await expect.poll(async () => (await storedCounts(page)).attempts).toBe(1);
    expect((await storedCounts(page)).quizReviews).toBe(10);
    await page.reload();
    await expect(quizHistory(page)).toHaveCount(1);
  });
}

test('mistakes link to their evidence; "Study these" puts them first in the flashcards', async ({
  page
}) => {
  await openRoute(page, '/quiz', 'en');
  await page.getByRole('checkbox', { name: 'True or false' }).check();
  await page.getByRole('radio', { name: '5' }).check();
  await page.getByRole('button', { name: 'Start quiz' }).click();
  for (let i = 0; i < 5; i++) {
    // Skip every question: each becomes a mistake.
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('button', { name: i === 4 ? 'Finish' : 'Next', exact: true }).click();
  }
  await expect(page.getByTestId('quiz-score')).toHaveText('0 / 5');
  const mistakes = mistakeList(page);
  await expect(mistakes).toHaveCount(5);
  await expect(mistakes.first().getByRole('link', { name: /Read paragraph/ })).toBeVisible();
  await page.getByRole('button', { name: 'Study these' }).click();
  await expect(page.getByText('They are now first in today’s flashcards.')).toBeVisible();
  const prompts = (await mistakes.getByRole('heading').allTextContents()).map((p) => p.trim());
  await openRoute(page, '/study');
  await expect(prompt(page)).toBeVisible();
  const studied = (await prompt(page).textContent())!.trim();
  expect(prompts).toContain(studied);
});

test('a quiz mistake links to the reader with its quote highlighted', async ({ page }) => {
  await openRoute(page, '/quiz', 'en');
  await page.getByRole('checkbox', { name: 'Multiple choice' }).check();
  await page.getByRole('radio', { name: '5' }).check();
  await page.getByRole('button', { name: 'Start quiz' }).click();
  for (let i = 0; i < 5; i++) {
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('button', { name: i === 4 ? 'Finish' : 'Next', exact: true }).click();
  }
  const link = mistakeList(page)
    .first()
    .getByRole('link', { name: /Read paragraph/ });
  const href = (await link.getAttribute('href'))!;
  const quote = decodeURIComponent(/q=([^#]+)/.exec(href)![1]!);
  await link.click();
  await expect(page).toHaveURL(/\/article\/iran-russia-2023\?q=.*#p-\d+$/);
  await expect(page.locator('mark.evidence')).toHaveText(quote);
  await expect(page.locator('mark.evidence')).toBeInViewport();
});

/** The answer with one letter changed in the middle of its longest word. */
function misspell(answer: string): string {
  const words = answer.split(' ');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const at = Math.floor(longest.length / 2);
  const latin = /[a-z]/i.test(longest);
  const swap = latin ? (longest[at] === 'x' ? 'z' : 'x') : longest[at] === 'ق' ? 'ف' : 'ق';
  const typo = longest.slice(0, at) + swap + longest.slice(at + 1);
  return words.map((w) => (w === longest ? typo : w)).join(' ');
}

/** The accepted answer of the bank item whose prompt (in `lang`, spaces collapsed) is `text`. */
async function bankAnswers(page: Page, lang: Lang) {
  const items = await page.evaluate(async () => {
    const bank = (await (await fetch('/bank/iran-russia-2023.json')).json()) as {
      items: { type: string; prompt: Record<string, string>; answer?: Record<string, string> }[];
    };
    return bank.items;
  });
  // A multiple-choice item may ask the same question: only a short answer's is typed.
  const typed = items.filter((i) => i.type === 'short');
  return (text: string) =>
    typed.find((i) => i.prompt[lang]?.replace(/\s+/g, ' ').trim() === text)?.answer?.[lang];
}

const TYPO = {
  en: {
    short: 'Short answer',
    start: 'Start quiz',
    check: 'Check',
    next: 'Next',
    finish: 'Finish',
    verdict: 'Accepted — spelled: ',
    oneOf5: '1 / 5'
  },
  ar: {
    short: 'إجابة قصيرة',
    start: 'بدء الاختبار',
    check: 'تحقّق',
    next: 'التالي',
    finish: 'إنهاء الاختبار',
    verdict: 'مقبولة مع خطأ إملائي. الكتابة الصحيحة: ',
    oneOf5: '1 من 5'
  }
} as const;

// Asserts that a typed answer with a one-letter typo is accepted: its verdict gives the right
// spelling (no "Right answer" box as for a miss), it scores, and the results list it apart as
// accepted, not among the mistakes.
for (const lang of ['en', 'ar'] as const) {
  test(`a typo is accepted with the right spelling, not listed as a mistake, in ${lang}`, async ({
    page
  }) => {
    const l = TYPO[lang];
    await openRoute(page, '/quiz', lang);
    const answerOf = await bankAnswers(page, lang);
    await page.getByRole('checkbox', { name: l.short }).check();
    await page.getByRole('radio', { name: '5' }).check();
    await page.getByRole('button', { name: l.start }).click();
    let typed: { prompt: string; right: string; typo: string } | null = null;
    for (let i = 0; i < 5; i++) {
      const text = (await prompt(page).textContent())!.replace(/\s+/g, ' ').trim();
      const right = answerOf(text);
      expect(right, text).toBeDefined();
      // One typo, on an answer long enough to allow one and without digits (never a typo).
      if (!typed && !/\d/.test(right!) && right!.replaceAll(' ', '').length >= 5) {
        typed = { prompt: text, right: right!, typo: misspell(right!) };
        await typedAnswer(page).fill(typed.typo);
      }
      await page.getByRole('button', { name: l.check, exact: true }).click();
      if (typed?.prompt === text) {
        // The spelling is isolated for direction (U+2068 … U+2069).
        await expect(verdict(page)).toHaveText(`${l.verdict}\u2068${typed.right}\u2069`);
        await expect(rightAnswer(item(page))).toHaveCount(0);
      }
      await page.getByRole('button', { name: i === 4 ? l.finish : l.next, exact: true }).click();
    }
    expect(typed).not.toBeNull();
    const score = page.getByTestId('quiz-score');
    await expect(score).toHaveText(l.oneOf5);
    // The score reads as a phrase in the interface's direction, the score first: on the right in
    // Arabic («1 من 5»; a bare "1 / 5" there was drawn "5 / 1", five out of one to a reader, and
    // the text above fails on it), on the left in English.
    const [one, five] = await drawnAt(score, ['1', '5']);
    expect(lang === 'ar' ? one! > five! : one! < five!).toBe(true);
    await expect(mistakeList(page)).toHaveCount(4);
    await expect(
      mistakeList(page).getByRole('heading', { name: typed!.prompt, exact: true })
    ).toHaveCount(0);
    const accepted = typos(page);
    await expect(accepted).toHaveCount(1);
    await expect(accepted.getByRole('heading').first()).toHaveText(typed!.prompt);
    await expect(acceptedAnswer(accepted)).toContainText(typed!.typo);
    await expect(rightSpelling(accepted)).toContainText(typed!.right);
  });
}

// Asserts that with Arabic-Indic digits chosen, an Arabic score of one right answer in five reads
// «١ من ٥» in the results, its breakdowns and the history, the score drawn to the right of the total.
test('an Arabic score reads «١ من ٥» in the digits setting, the score first', async ({ page }) => {
  await openRoute(page, '/settings', 'ar');
  await page.getByRole('radio', { name: 'مشرقية' }).check();
  await expect(page.getByText('حُفظ')).toBeVisible();
  await openRoute(page, '/quiz');
  const answerOf = await bankAnswers(page, 'ar');
  await page.getByRole('checkbox', { name: 'إجابة قصيرة' }).check();
  await page.getByRole('radio', { name: /^(5|٥)$/ }).check();
  await page.getByRole('button', { name: 'بدء الاختبار' }).click();
  for (let i = 0; i < 5; i++) {
    const text = (await prompt(page).textContent())!.replace(/\s+/g, ' ').trim();
    // The first answer right, the rest left blank.
    if (i === 0) await typedAnswer(page).fill(answerOf(text)!);
    await page.getByRole('button', { name: 'تحقّق', exact: true }).click();
    await page
      .getByRole('button', { name: i === 4 ? 'إنهاء الاختبار' : 'التالي', exact: true })
      .click();
  }
  const score = page.getByTestId('quiz-score');
  await expect(score).toHaveText('١ من ٥');
  const [one, five] = await drawnAt(score, ['١', '٥']);
  expect(one).toBeGreaterThan(five!);
  // The breakdown by type has the one line, with the same score.
  await expect(page.getByRole('listitem').filter({ hasText: 'إجابة قصيرة' })).toHaveText(
    /^\s*إجابة قصيرة\s*١\s+من\s+٥\s*$/
  );
  await page.reload();
  await expect(quizHistory(page).first()).toContainText('١ من ٥');
});
