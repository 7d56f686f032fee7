// Asserts that every screen fits a 360 px phone at the largest text size the settings offer: the
// page is no wider than the screen, and every item of the navigation bar is wholly in view. One test
// per screen and language. An ordering question keeps its events a readable column there.
import { fixtureText } from './course-fixtures';
import { expect, LANGS, nav, openRoute, ROUTES, test } from './fixtures';
import { item, options, orderList } from './locators';

const LARGEST = { en: 'Extra large', ar: 'كبير جدًا' } as const;

for (const lang of LANGS) {
  for (const route of ROUTES) {
    test(`${route} fits 360 px at the largest text size in ${lang}`, async ({ phone }) => {
      await openRoute(phone, '/settings', lang);
      await phone.getByRole('radio', { name: LARGEST[lang] }).check();
      await expect(phone.getByRole('radio', { name: LARGEST[lang] })).toBeChecked();
      await openRoute(phone, route);
      // Let the page's own data (cards, charts, the article) arrive before measuring.
      await expect(phone.getByRole('main').locator('[aria-busy="true"]')).toHaveCount(0);
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360
      );
      const items = nav(phone).getByRole('listitem').filter({ visible: true });
      await expect(items).toHaveCount(5);
      for (const item of await items.all()) {
        await expect(item).toBeInViewport({ ratio: 1 });
      }
    });
  }
}

const REVIEW = {
  en: { text: 'Article text', make: 'Make questions', edit: 'Edit', save: 'Save course' },
  ar: { text: 'نص المقال', make: 'إنشاء الأسئلة', edit: 'تعديل', save: 'حفظ الدرس' }
} as const;

for (const lang of LANGS) {
  test(`a pasted article's review and its edit form fit 360 px at the largest text size in ${lang}`, async ({
    phone
  }) => {
    test.slow(); // the questions are made in the browser
    const l = REVIEW[lang];
    const fits = async () =>
      expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        360
      );
    await openRoute(phone, '/settings', lang);
    await phone.getByRole('radio', { name: LARGEST[lang] }).check();
    await openRoute(phone, '/courses/new');
    await phone.getByLabel(l.text).fill(fixtureText('health-article'));
    await fits();
    await phone.getByRole('button', { name: l.make }).click();
    await expect(phone.getByRole('button', { name: l.save })).toBeVisible({ timeout: 20_000 });
    await fits();
    await phone.getByRole('button', { name: l.edit, exact: true }).first().tap();
    await expect(phone.getByRole('form').first()).toBeVisible();
    await fits();
  });
}

const ORDERING = {
  en: { type: 'Order the events', start: 'Start quiz' },
  ar: { type: 'ترتيب الأحداث', start: 'بدء الاختبار' }
} as const;

const TRUE_FALSE = { en: 'True or false', ar: 'صح أم خطأ' } as const;

for (const lang of LANGS) {
  test(`a true-or-false question's answers stay inside its card at the largest text size in ${lang}`, async ({
    phone
  }) => {
    await openRoute(phone, '/settings', lang);
    await phone.getByRole('radio', { name: LARGEST[lang] }).check();
    await openRoute(phone, '/quiz');
    await phone.getByRole('checkbox', { name: TRUE_FALSE[lang] }).check();
    await phone.getByRole('radio', { name: /^(5|٥)$/ }).check();
    await phone.getByRole('button', { name: ORDERING[lang].start }).tap();
    const answers = options(phone);
    await expect(answers).toHaveCount(2);
    // Side by side they were wider than the card and spilled past its start edge.
    const card = (await item(phone).boundingBox())!;
    for (const answer of await answers.all()) {
      const box = (await answer.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(card.x);
      expect(box.x + box.width).toBeLessThanOrEqual(card.x + card.width);
    }
  });
}

for (const lang of LANGS) {
  test(`an ordering question's events keep a readable width at the largest text size in ${lang}`, async ({
    phone
  }) => {
    await openRoute(phone, '/settings', lang);
    await phone.getByRole('radio', { name: LARGEST[lang] }).check();
    await openRoute(phone, '/quiz');
    await phone.getByRole('checkbox', { name: ORDERING[lang].type }).check();
    await phone.getByRole('radio', { name: /^(5|٥)$/ }).check();
    await phone.getByRole('button', { name: ORDERING[lang].start }).tap();
    const events = orderList(phone).getByRole('listitem');
    await expect(events.first()).toBeVisible();
    // The event's text (the row's longest child) has at least half its row: with the arrows beside
    // it, it had a fifth or less, a letter or two a line.
    for (const event of await events.all()) {
      const share = await event.evaluate((row) => {
        const text = [...row.children].reduce((a, b) =>
          (b.textContent?.length ?? 0) > (a.textContent?.length ?? 0) ? b : a
        );
        return text.getBoundingClientRect().width / row.getBoundingClientRect().width;
      });
      expect(share).toBeGreaterThan(1 / 2);
    }
  });
}
