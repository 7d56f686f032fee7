import { encodeResultCode } from '../../src/lib/domain/class-code';
import { expect, LANGS, openRoute, test } from './fixtures';
import { options, prompt } from './locators';

const DIR = '/work/notes/shots-teach';
const SIZES = [
  { name: 'phone', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
  { name: 'desk', viewport: { width: 1280, height: 800 } }
];
const T = {
  en: { teacher: 'I am the teacher', create: 'Create class quiz', show: 'Show questions', rc: 'Result code', add: 'Add', code: 'Quiz code from your teacher', name: 'Your name', join: 'Join the quiz', check: 'Check', next: /^(Next|Finish)$/ },
  ar: { teacher: 'أنا المعلّم', create: 'أنشئ اختبار الصف', show: 'عرض الأسئلة', rc: 'رمز النتيجة', add: 'أضف', code: 'رمز الاختبار من معلّمك', name: 'اسمك', join: 'انضم إلى الاختبار', check: 'تحقّق', next: /^(التالي|أنهِ الاختبار)$/ }
} as const;

import type { Locator, Page } from '@playwright/test';
async function shots(page: Page, name: string, target: Locator) {
  const box = await target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
  });
  const h = page.viewportSize()!.height;
  let y = Math.max(0, box.top - 80);
  for (let i = 0; i < 5 && y < box.bottom; i++) {
    await page.evaluate((y) => window.scrollTo(0, y), y);
    await page.waitForTimeout(150);
    await page.screenshot({ path: `${DIR}/${name}-${i}.png` });
    y += h - 140;
  }
}

for (const size of SIZES) {
  for (const lang of LANGS) {
    test(`shots ${size.name} ${lang}`, async ({ newContext }) => {
      test.setTimeout(180_000);
      const l = T[lang];
      const { page } = await newContext({ viewport: size.viewport, isMobile: size.isMobile, hasTouch: size.hasTouch });
      await openRoute(page, '/class', lang);
      await page.getByRole('button', { name: l.teacher }).click();
      await page.getByRole('radio', { name: '5', exact: true }).check();
      await page.getByRole('button', { name: l.create }).click();
      const code = (await page.getByTestId('class-code').textContent())!.trim();
      await page.getByRole('button', { name: l.show }).click();
      await shots(page, `questions-${size.name}-${lang}`, page.getByRole('region', { name: lang === 'ar' ? 'الأسئلة' : 'Questions' }));
      await page.emulateMedia({ media: 'print' });
      await page.screenshot({ path: `${DIR}/print-${size.name}-${lang}.png`, fullPage: true });
      await page.emulateMedia({ media: 'screen' });
      await page.getByRole('button', { name: l.show === 'Show questions' ? 'Hide questions' : 'إخفاء الأسئلة' }).click();
      const names = lang === 'ar' ? ['سارة', 'عمر', 'ليلى'] : ['Sara', 'Omar', 'Layla'];
      const sets = [[true, false, true, true, false], [false, false, true, true, true], [true, true, true, false, true]];
      for (let i = 0; i < 3; i++) {
        await page.getByLabel(l.rc).fill(encodeResultCode({ quizCode: code, name: names[i]!, answers: sets[i]! }));
        await page.getByRole('button', { name: l.add, exact: true }).click();
        await expect(page.getByRole('table')).toHaveCount(2);
      }
      await shots(page, `results-${size.name}-${lang}`, page.getByRole('table').first()); await shots(page, `results2-${size.name}-${lang}`, page.getByRole('table').nth(1));

      const { page: s } = await newContext({ viewport: size.viewport, isMobile: size.isMobile, hasTouch: size.hasTouch });
      await openRoute(s, '/class', lang);
      await s.getByLabel(l.code).fill(code);
      await s.getByLabel(l.name).fill(names[0]!);
      await s.getByRole('button', { name: l.join }).click();
      for (let i = 0; i < 5; i++) {
        await expect(prompt(s)).toBeVisible();
        if ((await options(s).count()) > 0) await options(s).first().click();
        await s.getByRole('button', { name: l.check, exact: true }).click();
        await s.getByRole('button', { name: l.next }).click();
      }
      await expect(s.getByTestId('result-code')).toBeVisible();
      await shots(s, `student-${size.name}-${lang}`, s.getByRole('main'));
    });
  }
}
