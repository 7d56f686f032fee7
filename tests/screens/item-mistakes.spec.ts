// Quiz results with matching and ordering mistakes, in both languages at a phone and a desktop
// size, for the closing note of the item UI. SHOTS picks the folder (screenshots/ by default).
import { expect, test, type Page } from '@playwright/test';
import { LANGS, type Lang } from '../e2e/fixtures';
import { matches, mistakes, orderList, terms, verdict } from '../e2e/locators';
import { DIR, SIZES } from './shots';

const L = {
  en: { types: ['Matching', 'Order the events'], start: 'Start quiz', check: 'Check' },
  ar: { types: ['مطابقة', 'ترتيب الأحداث'], start: 'بدء الاختبار', check: 'تحقّق' }
} as const;

/** A five-question quiz of matching and ordering, each answered wrong, up to its results. */
async function quizWithMistakes(page: Page, lang: Lang) {
  await page.goto(`/quiz?lang=${lang}`);
  for (const type of L[lang].types) await page.getByRole('checkbox', { name: type }).check();
  await page.getByRole('radio', { name: '5' }).check();
  await page.getByRole('button', { name: L[lang].start }).click();
  for (let i = 0; i < 5; i++) {
    const n = await terms(page).count();
    for (let k = 0; k < n; k++) {
      await terms(page).nth(k).click();
      await matches(page).nth(k).click();
    }
    if (n === 0) {
      const events = orderList(page).getByRole('listitem');
      await events.first().getByRole('button').nth(1).click();
      await events.nth(1).getByRole('button').first().click();
    }
    await page.getByRole('button', { name: L[lang].check, exact: true }).click();
    await expect(verdict(page)).toBeVisible();
    await page.getByRole('button', { name: /^(Next|Finish|التالي|إنهاء الاختبار)$/ }).click();
  }
  await expect(mistakes(page)).toHaveCount(5);
}

for (const [size, viewport] of Object.entries(SIZES)) {
  for (const lang of LANGS) {
    test(`quiz results with matching and ordering mistakes, ${size} ${lang}`, async ({
      browser
    }) => {
      test.setTimeout(60_000);
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await quizWithMistakes(page, lang);
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: `${DIR}/quiz-mistakes-${size}-${lang}.png`, fullPage: true });
      await context.close();
    });
  }
}

for (const lang of LANGS) {
  test(`a matching question with a pair made and an item picked, phone ${lang}`, async ({
    browser
  }) => {
    const context = await browser.newContext({ viewport: SIZES.phone, hasTouch: true });
    const page = await context.newPage();
    await page.goto(`/quiz?lang=${lang}`);
    await page.getByRole('checkbox', { name: L[lang].types[0] }).check();
    await page.getByRole('radio', { name: '5' }).check();
    await page.getByRole('button', { name: L[lang].start }).click();
    await terms(page).first().tap();
    await matches(page).nth(1).tap();
    await terms(page).nth(1).tap();
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: `${DIR}/matching-phone-${lang}.png`, fullPage: true });
    await context.close();
  });
}
