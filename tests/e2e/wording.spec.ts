// Asserts the wording slips of issue 14 stay fixed where they show: the article's date in the
// interface language (not the Arabic article's own words in English), a quiz of a few seconds
// timed in seconds (not «a minute»), the backup reminder on a device that never made a backup
// (none yet, not «old»), and a backup import refused by a full disk told as a failed import.
import type { Page } from '@playwright/test';
import { expect, gradeShown, openRoute, test } from './fixtures';
import { nav, pageHeading } from './locators';

test('the article’s date is written in the interface language and digits', async ({ page }) => {
  await openRoute(page, '/article', 'en');
  const header = page.getByRole('main').getByRole('paragraph').filter({ hasText: /^By / });
  await expect(header).toContainText('January 10, 2023');
  await expect(header).not.toContainText('كانون');
  await openRoute(page, '/article', 'ar');
  const byline = page.getByRole('main').getByRole('paragraph').filter({ hasText: /^بقلم/ });
  await expect(byline).toContainText('10 يناير 2023');
});

/** A five-question quiz answered as fast as the buttons allow, up to its results. */
async function quickQuiz(page: Page, lang: 'en' | 'ar') {
  const L = {
    en: { start: 'Start quiz', check: 'Check', next: /^(Next|Finish)$/, results: 'Results' },
    ar: {
      start: 'بدء الاختبار',
      check: 'تحقّق',
      next: /^(التالي|إنهاء الاختبار)$/,
      results: 'النتيجة'
    }
  }[lang];
  await openRoute(page, '/quiz', lang);
  await page.getByRole('radio', { name: '5', exact: true }).check();
  await page.getByRole('button', { name: L.start }).click();
  for (let i = 0; i < 5; i++) {
    const check = page.getByRole('button', { name: L.check, exact: true });
    const next = page.getByRole('button', { name: L.next });
    // Wait for the question before asking whether it needs checking: on a busy machine the next
    // question may not be drawn yet, and a missed «Check» leaves no «Next».
    await expect(check.or(next)).toBeVisible();
    if (await check.isVisible()) await check.click();
    await next.click();
  }
  await expect(page.getByRole('heading', { name: L.results, exact: true })).toBeVisible();
}

test('a quiz of a few seconds is timed in seconds', async ({ page }) => {
  await quickQuiz(page, 'en');
  await expect(page.getByTestId('quiz-time')).toHaveText(/^\d+ seconds?$/);
});

test('a quiz of a few seconds is timed in ثوانٍ, with the number’s own form', async ({ page }) => {
  await quickQuiz(page, 'ar');
  const time = page.getByTestId('quiz-time');
  await expect(time).toHaveText(/^(ثانية واحدة|ثانيتان|\d+ ثوانٍ|\d+ ثانية)$/);
  await expect(time).not.toContainText('دقيقة');
});

test('with no backup ever made, the reminder says there is none yet, not that it is old', async ({
  page
}) => {
  await openRoute(page, '/settings', 'en');
  const backup = page.getByRole('region', { name: 'Backup' });
  await expect(backup.getByText('No backup yet.')).toBeVisible();
  const note = backup.getByRole('note');
  await expect(note).toContainText('there is no backup of it yet');
  await expect(note).not.toContainText('old');
  await openRoute(page, '/settings', 'ar');
  await expect(page.getByRole('note')).toContainText('ولا نسخة احتياطية منها بعد');
});

test('a backup import refused by a full disk says the import failed, not a save', async ({
  page
}) => {
  await page.addInitScript(() => {
    const w = window as unknown as { diskFull: boolean };
    w.diskFull = false;
    const original = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      ...args: [unknown, IDBValidKey?]
    ) {
      if (w.diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    } as typeof original;
  });
  await openRoute(page, '/study', 'en');
  await gradeShown(page, '3');
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await expect(pageHeading(page)).toHaveText('Settings');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const file = await (await downloading).path();
  await page.evaluate(() => ((window as unknown as { diskFull: boolean }).diskFull = true));
  await page.getByLabel('Import backup').setInputFiles(file);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'The backup could not be imported: the device is out of storage space.'
  );
  await expect(alert).toContainText('Nothing on this device was changed.');
  await expect(alert).not.toContainText('Could not save');
});

for (const [lang, student] of [
  ['en', 'I am a student'],
  ['ar', 'أتعلّم في هذا الصف']
] as const) {
  test(`the class join fields stay inside the card’s padding on a phone, ${lang}`, async ({
    phone
  }) => {
    await openRoute(phone, '/class', lang);
    await phone.getByRole('button', { name: student }).click();
    const form = phone.locator('form').filter({ has: phone.getByRole('textbox') });
    await expect(form.getByRole('textbox')).toHaveCount(2);
    const overhang = await form.evaluate((el) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const start = box.left + parseFloat(style.paddingLeft);
      const end = box.right - parseFloat(style.paddingRight);
      return [...el.querySelectorAll('input, button')]
        .map((c) => c.getBoundingClientRect())
        .filter((r) => r.width > 0)
        .map((r) => Math.max(0, start - r.left, r.right - end));
    });
    expect(overhang.length).toBeGreaterThan(2);
    expect(Math.max(...overhang)).toBeLessThan(0.5);
  });
}

test('the keyboard hint: shown with a mouse in the chosen digits, hidden on a touch phone', async ({
  page,
  phone
}) => {
  await openRoute(page, '/settings', 'ar');
  await page.getByRole('radio', { name: /مشرقية/ }).check();
  await expect(page.getByText('حُفظ')).toBeVisible();
  await openRoute(page, '/study');
  await expect(page.getByText(/^المفاتيح:/)).toContainText('و١–٤ للتقييم');
  await openRoute(phone, '/study', 'en');
  await expect(phone.getByRole('button', { name: 'Show answer' })).toBeVisible();
  await expect(phone.getByText(/^Keys:/)).toBeHidden();
});
