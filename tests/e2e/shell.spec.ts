// Asserts the app shell: every route renders in both languages with the right <html lang dir>,
// the language comes from ?lang=, then the stored choice, then the browser; the switcher, the
// digits, theme and text-size settings work; nothing overflows a 360 px screen.
import { expect, LANGS, nav, openRoute, ROUTES, test } from './fixtures';

for (const lang of LANGS) {
  for (const route of ROUTES) {
    test(`${route} renders in ${lang} with lang and dir set, within 360 px`, async ({ phone }) => {
      await openRoute(phone, route, lang);
      await expect(phone.locator('html')).toHaveAttribute('lang', lang);
      await expect(phone.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
      await expect(nav(phone).getByRole('link').first()).toBeVisible();
      await expect(phone).toHaveTitle(/درس|Dars/);
      const overflow = await phone.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
}

test('the phone navigation reaches every screen, the rest behind "More"', async ({ phone }) => {
  await openRoute(phone, '/', 'en');
  await nav(phone).getByRole('link', { name: 'Study', exact: true }).click();
  await expect(phone).toHaveURL(/\/study$/);
  await expect(phone.getByRole('heading', { level: 1 })).toHaveText('Study');
  const more = phone.getByRole('button', { name: 'More' });
  await expect(phone.getByRole('link', { name: 'Stats' })).toBeHidden();
  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await phone.getByRole('link', { name: 'Stats' }).click();
  await expect(phone).toHaveURL(/\/stats$/);
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.press('Enter');
  await expect(phone.getByRole('link', { name: 'Settings' })).toBeVisible();
  await phone.keyboard.press('Escape');
  await expect(phone.getByRole('link', { name: 'Settings' })).toBeHidden();
});

test('?lang= wins, and is remembered after the parameter is gone', async ({ page }) => {
  await openRoute(page, '/', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today');
  await openRoute(page, '/settings');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await openRoute(page, '/', 'ar');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('اليوم');
});

test.describe('browser language', () => {
  test.describe('English browser', () => {
    test.use({ locale: 'en-GB' });
    test('opens in English', async ({ page }) => {
      await openRoute(page, '/');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    });
  });
  test.describe('French browser', () => {
    test.use({ locale: 'fr-FR' });
    test('opens in Arabic, the default', async ({ page }) => {
      await openRoute(page, '/');
      await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    });
  });
  test.describe('Arabic browser', () => {
    test.use({ locale: 'ar-EG' });
    test('opens in Arabic', async ({ page }) => {
      await openRoute(page, '/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('اليوم');
    });
  });
});

test('the switcher on every screen changes language and direction, and remembers it', async ({
  page
}) => {
  await openRoute(page, '/quiz', 'ar');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quiz');
  await openRoute(page, '/cards');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cards');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('البطاقات');
});

test('settings: Arabic-Indic digits on request, Latin by default', async ({ page }) => {
  await openRoute(page, '/settings', 'ar');
  const usage = page.getByTestId('usage');
  await expect(usage).toContainText(/[0-9]/);
  await expect(usage).not.toContainText(/[٠-٩]/);
  await page.getByRole('radio', { name: /مشرقية/ }).check();
  await expect(usage).toContainText(/[٠-٩]/);
  await expect(usage).not.toContainText(/[0-9]/);
  await expect(page.getByText('حُفظ')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('usage')).toContainText(/[٠-٩]/);
  // English keeps Latin digits whatever the Arabic setting says.
  await openRoute(page, '/settings', 'en');
  await expect(page.getByTestId('usage')).not.toContainText(/[٠-٩]/);
});

test('settings: theme overrides the system and text size scales the page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await openRoute(page, '/settings', 'en');
  const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const light = await bg();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await bg()).not.toBe(light);
  await page.getByRole('radio', { name: 'Extra large' }).check();
  await expect(page.getByText('Saved')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize))
    .toBe('20px');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('radio', { name: 'System' }).check();
  expect(await bg()).toBe(light);
});

test('settings shows whether storage is persistent and how much is used', async ({ page }) => {
  await openRoute(page, '/settings', 'en');
  await expect(page.getByTestId('persisted')).toContainText(/Protected|Not protected/);
  await expect(page.getByTestId('usage')).toContainText(/used of .* available/);
});

test('an unknown address shows a page in the user language', async ({ page }) => {
  await page.goto('/no-such-page?lang=ar');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('الصفحة غير موجودة');
});

// Before any of the app's code runs (here it never arrives), the shell already paints in the
// direction of the language the app will pick from ?lang= or the browser, so nothing flips.
for (const [what, locale, query, lang] of [
  ['?lang=en', 'ar-EG', '?lang=en', 'en'],
  ['?lang=ar', 'en-GB', '?lang=ar', 'ar'],
  ['an English browser', 'en-GB', '', 'en'],
  ['a browser in neither language', 'fr-FR', '', 'ar']
] as const) {
  test(`the shell paints in ${lang} for ${what}, before the app's code`, async ({ newContext }) => {
    const { page } = await newContext({ locale });
    await page.route(/\/_app\//, (route) => route.abort());
    await page.goto(`/${query}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.locator('html')).toHaveAttribute('dir', lang === 'ar' ? 'rtl' : 'ltr');
    await expect(page.locator('.boot')).toBeVisible();
  });
}
