import { test } from '@playwright/test';
import { LANGS, ROUTES } from '../e2e/fixtures';
import { DIR, SIZES } from './shots';

const THEME = (process.env.THEME ?? 'light') as 'light' | 'dark';

for (const [size, viewport] of Object.entries(SIZES)) {
  for (const lang of LANGS) {
    test(`${size} ${lang}`, async ({ browser }) => {
      const context = await browser.newContext({ viewport, colorScheme: THEME });
      const page = await context.newPage();
      for (const route of ROUTES) {
        await page.goto(`${route}?lang=${lang}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.evaluate(() => document.fonts.ready);
        const name = route === '/' ? 'today' : route.slice(1);
        await page.screenshot({
          path: `${DIR}/${size}-${lang}-${THEME}-${name}.png`,
          fullPage: size === 'phone'
        });
      }
      await context.close();
    });
  }
}
