// The backup panel's "Export changes" for a person to look at, in both languages at a phone and a
// desktop size: with no other device yet, with two devices to choose from, and a changes file
// opened with "Import backup" (it can be merged; replacing with it is refused). SHOTS picks the
// folder (screenshots/ by default).
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import ar from '../../src/lib/i18n/resources/ar';
import en from '../../src/lib/i18n/resources/en';
import { LANGS, type Lang } from '../e2e/fixtures';

const SIZES = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 800 }
} as const;
const DIR = process.env.SHOTS ?? 'screenshots';
const TEXT = { ar, en } as const;

async function shot(page: Page, at: Locator, name: string, size: string, lang: Lang) {
  await page.evaluate(() => document.fonts.ready);
  await at.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${DIR}/changes-${name}-${size}-${lang}.png` });
}

async function downloaded(page: Page, button: Locator): Promise<string> {
  const downloading = page.waitForEvent('download');
  await button.click();
  return (await (await downloading).path())!;
}

for (const [size, viewport] of Object.entries(SIZES)) {
  for (const lang of LANGS) {
    test(`export changes, ${size} ${lang}`, async ({ browser }) => {
      test.setTimeout(90_000);
      const t = TEXT[lang];
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`/settings?lang=${lang}`);
      const button = page.getByRole('button', { name: t.changes.export, exact: true });
      await expect(button).toBeDisabled();
      await shot(page, button, 'none', size, lang);

      // A full backup, and another device's file merged: two devices to write changes for.
      const file = await downloaded(page, page.getByRole('button', { name: t.backup.export }));
      const backup = JSON.parse(await readFile(file, 'utf8'));
      backup.sync.device = '3f9a'.repeat(8);
      await page.getByLabel(t.backup.import).setInputFiles({
        name: 'other.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(backup))
      });
      const reloaded = page.waitForEvent('load');
      await page.getByRole('button', { name: t.backup.merge, exact: true }).click();
      await reloaded;
      await downloaded(page, page.getByRole('button', { name: t.backup.export }));
      const select = page.getByLabel(t.changes.target);
      await expect(select).toBeVisible();
      await shot(page, button, 'select', size, lang);

      const changes = await downloaded(page, button);
      await page.getByLabel(t.backup.import).setInputFiles(changes);
      await page.getByRole('button', { name: t.backup.apply, exact: true }).click();
      const alert = page.getByRole('alert');
      await expect(alert).toBeVisible();
      await shot(page, alert, 'refused', size, lang);
      await context.close();
    });
  }
}
