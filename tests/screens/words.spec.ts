// The screens the wording and direction pass touched, in both languages at a phone and a desktop
// size: the quiz builder with its paragraph range, quiz results (duration), the article's header
// (date), the class join form, settings (backup), study. SHOTS picks the folder.
import { expect, test, type Page } from '@playwright/test';
import { LANGS, type Lang } from '../e2e/fixtures';
import { DIR, SIZES } from './shots';

const L = {
  en: { student: 'I am a student', start: 'Start quiz', range: 'Only these paragraphs' },
  ar: { student: 'أتعلّم في هذا الصف', start: 'بدء الاختبار', range: 'هذه الفقرات فقط' }
} as const;

async function shot(page: Page, name: string, full = true) {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${DIR}/${name}.png`, fullPage: full });
}

async function quizResults(page: Page, lang: Lang) {
  await page.goto(`/quiz?lang=${lang}`);
  await page.getByRole('radio', { name: /^(5|٥)$/ }).check();
  await page.getByRole('button', { name: L[lang].start }).click();
  for (let i = 0; i < 5; i++) {
    const check = page.getByRole('button', { name: /^(Check|تحقّق|تحقق)$/ });
    if (await check.isVisible()) await check.click();
    await page
      .getByRole('button', { name: /^(Next|Finish|التالي|إنهاء الاختبار|إنهاء الاختبار)$/ })
      .click();
  }
  await expect(page.getByRole('heading', { name: /^(Results|النتيجة)$/ })).toBeVisible();
}

for (const [size, viewport] of Object.entries(SIZES)) {
  for (const lang of LANGS) {
    test(`wording screens, ${size} ${lang}`, async ({ browser }) => {
      test.setTimeout(90_000);
      const context = await browser.newContext({ viewport, hasTouch: size === 'phone' });
      const page = await context.newPage();
      await page.goto(`/quiz?lang=${lang}`);
      await page.getByRole('checkbox', { name: L[lang].range }).check();
      await shot(page, `quiz-setup-${size}-${lang}`);
      await quizResults(page, lang);
      await shot(page, `quiz-results-${size}-${lang}`, false);
      await page.goto(`/article?lang=${lang}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await shot(page, `article-${size}-${lang}`, false);
      await page.goto(`/class?lang=${lang}`);
      await page.getByRole('button', { name: L[lang].student }).click();
      await shot(page, `class-join-${size}-${lang}`);
      await page.goto(`/settings?lang=${lang}`);
      const backup = page.getByRole('region', { name: /^(Backup|النسخ الاحتياطي)$/ });
      await backup.getByRole('note').waitFor();
      await backup.scrollIntoViewIfNeeded();
      await page.evaluate(() => document.fonts.ready);
      await backup.screenshot({ path: `${DIR}/settings-backup-${size}-${lang}.png` });
      await page.goto(`/study?lang=${lang}`);
      await page.getByRole('button', { name: /^(Show answer|إظهار الإجابة)$/ }).waitFor();
      await shot(page, `study-${size}-${lang}`, false);
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press('Space');
        await page.getByRole('button', { name: /^(Again|مرة أخرى)$/ }).waitFor();
        if (i === 0) await shot(page, `study-back-${size}-${lang}`, false);
        await page.keyboard.press(i === 1 ? '1' : '3');
        await page.waitForTimeout(300);
      }
      await page.goto(`/stats?lang=${lang}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await shot(page, `stats-${size}-${lang}`);
      await context.close();
    });
  }
}
