// Asserts that every screen fits a 360 px phone at the largest text size the settings offer: the
// page is no wider than the screen, and every item of the navigation bar is wholly in view. One test
// per screen and language.
import { expect, LANGS, nav, openRoute, ROUTES, test } from './fixtures';

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
