// Asserts keeping the data alive: the browser's install offer, kept from before the settings
// screen is open, becomes an "Install Dars" button there; pressing it shows the browser's prompt,
// and the button goes once the app is installed (accepted, or `appinstalled`) or the offer is
// used; Safari on an iPhone gets the Home Screen explained instead, with no button; the storage
// panel says whether storage is persistent, and the backup reminder follows it, live.
import type { Page } from '@playwright/test';
import { expect, openRoute, test } from './fixtures';
import { nav, pageHeading, region, status } from './locators';

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

const STORAGE = { en: 'Storage on this device', ar: 'التخزين على هذا الجهاز' } as const;
const INSTALL = { en: 'Install Dars', ar: 'تثبيت تطبيق درس' } as const;

/**
 * Dispatches a `beforeinstallprompt` as Chromium makes it (a cancelable event with `prompt()` and
 * `userChoice`) whose user answers `outcome`; `window.prompted` counts the prompts shown.
 * Resolves to whether the app kept the offer (took the browser's own banner away).
 */
function offerInstall(page: Page, outcome: 'accepted' | 'dismissed'): Promise<boolean> {
  return page.evaluate((outcome) => {
    const w = window as unknown as { prompted: number };
    w.prompted = 0;
    const event = new Event('beforeinstallprompt', { cancelable: true });
    Object.assign(event, {
      prompt: () => {
        w.prompted += 1;
        return Promise.resolve();
      },
      userChoice: Promise.resolve({ outcome, platform: 'web' })
    });
    dispatchEvent(event);
    return event.defaultPrevented;
  }, outcome);
}

const prompted = (page: Page) =>
  page.evaluate(() => (window as unknown as { prompted: number }).prompted);

/**
 * A browser whose storage is persistent or not; with `grants`, `persist()` makes it persistent when
 * asked from a click (the app's own request at start-up, with no click, is declined).
 */
async function storagePersisted(page: Page, persisted: boolean, grants = false) {
  await page.addInitScript(
    ([persisted, grants]) => {
      let kept = persisted;
      // Granted only after a real click, which the app's own request when idle never follows (with
      // the user-activation check, one run on a busy machine found that request granted).
      let clicked = false;
      addEventListener('click', (e) => (clicked ||= e.isTrusted), { capture: true });
      Object.defineProperty(navigator.storage, 'persisted', {
        value: () => Promise.resolve(kept)
      });
      Object.defineProperty(navigator.storage, 'persist', {
        value: () => Promise.resolve((kept ||= grants && clicked))
      });
    },
    [persisted, grants] as const
  );
}

test('an install offer made on Today becomes a button in settings; accepted, it goes', async ({
  page
}) => {
  await openRoute(page, '/', 'en');
  expect(await offerInstall(page, 'accepted')).toBe(true);
  await nav(page).getByRole('link', { name: 'Settings' }).click();
  await expect(pageHeading(page)).toHaveText('Settings');
  const button = region(page, STORAGE.en).getByRole('button', { name: INSTALL.en });
  await expect(button).toBeVisible();
  await button.click();
  await expect(status(page, 'Dars is installed.')).toBeVisible();
  await expect(button).toBeHidden();
  expect(await prompted(page)).toBe(1);
});

test('in Arabic the install button says تثبيت تطبيق درس; dismissed, it goes and says how to later', async ({
  page
}) => {
  await openRoute(page, '/settings', 'ar');
  const button = region(page, STORAGE.ar).getByRole('button', { name: INSTALL.ar });
  await expect(button).toBeHidden();
  expect(await offerInstall(page, 'dismissed')).toBe(true);
  await expect(button).toBeVisible();
  await button.click();
  await expect(status(page, 'يمكن تثبيت تطبيق درس لاحقًا من قائمة المتصفح.')).toBeVisible();
  await expect(button).toBeHidden();
  expect(await prompted(page)).toBe(1);
});

test('installed from the browser’s own menu (appinstalled), the button goes', async ({ page }) => {
  await openRoute(page, '/settings', 'en');
  await offerInstall(page, 'dismissed');
  const button = page.getByRole('button', { name: INSTALL.en });
  await expect(button).toBeVisible();
  await page.evaluate(() => dispatchEvent(new Event('appinstalled')));
  await expect(status(page, 'Dars is installed.')).toBeVisible();
  await expect(button).toBeHidden();
  expect(await prompted(page)).toBe(0);
});

test('Safari on an iPhone is shown Add to Home Screen and why, with no install button', async ({
  newContext
}) => {
  const { page } = await newContext({
    userAgent: IPHONE_SAFARI,
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true
  });
  await openRoute(page, '/settings', 'en');
  const storage = region(page, STORAGE.en);
  await expect(storage.getByRole('heading', { name: 'Add Dars to the Home Screen' })).toBeVisible();
  await expect(storage).toContainText('tap Share, then “Add to Home Screen”');
  await expect(storage).toContainText('seven days without a visit');
  await expect(storage.getByRole('button', { name: INSTALL.en })).toHaveCount(0);

  await openRoute(page, '/settings', 'ar');
  const arabic = region(page, STORAGE.ar);
  await expect(
    arabic.getByRole('heading', { name: 'إضافة تطبيق درس إلى الشاشة الرئيسية' })
  ).toBeVisible();
  await expect(arabic).toContainText('«إضافة إلى الشاشة الرئيسية»');
  await expect(arabic).toContainText('سبعة أيام');
  await expect(arabic.getByRole('button', { name: INSTALL.ar })).toHaveCount(0);
});

test('a desktop browser that makes no offer shows neither a button nor the iPhone steps', async ({
  page
}) => {
  await openRoute(page, '/settings', 'en');
  const storage = region(page, STORAGE.en);
  await expect(storage.getByTestId('persisted')).toBeVisible();
  await expect(storage.getByRole('button', { name: INSTALL.en })).toHaveCount(0);
  await expect(storage.getByRole('heading', { name: 'Add Dars to the Home Screen' })).toHaveCount(
    0
  );
});

test('storage not persistent: said so, and the reminder presses; granted, it turns calm', async ({
  page
}) => {
  await storagePersisted(page, false, true);
  await openRoute(page, '/settings', 'en');
  const backup = region(page, 'Backup');
  await expect(page.getByTestId('persisted')).toContainText('Not protected');
  await expect(backup.getByRole('note')).toContainText('This browser may clear your data');
  await page.getByRole('button', { name: 'Protect my data' }).click();
  await expect(page.getByTestId('persisted')).toContainText('Protected:');
  await expect(backup.getByRole('note')).toContainText('Your data is protected on this device');
  await expect(backup.getByRole('note')).not.toContainText('may clear');
});

test('storage persistent in Arabic: محمي, and a calm reminder', async ({ page }) => {
  await storagePersisted(page, true);
  await openRoute(page, '/settings', 'ar');
  await expect(page.getByTestId('persisted')).toHaveText(/^\s*محمي:/);
  const note = region(page, 'النسخ الاحتياطي').getByRole('note');
  await expect(note).toContainText('بياناتك محمية على هذا الجهاز');
  await expect(note).not.toContainText('قد يحذف');
});

test('storage not persistent in Arabic: غير محمي, and the pressing reminder', async ({ page }) => {
  await storagePersisted(page, false);
  await openRoute(page, '/settings', 'ar');
  await expect(page.getByTestId('persisted')).toContainText('غير محمي');
  const note = region(page, 'النسخ الاحتياطي').getByRole('note');
  await expect(note).toContainText('قد يحذف هذا المتصفح بياناتك');
});
