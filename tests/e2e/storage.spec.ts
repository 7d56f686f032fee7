// Asserts how the app meets another tab's database: an upgrade elsewhere closes this tab's
// connection and asks for a reload; a connection elsewhere that blocks our upgrade is reported,
// and the app carries on once it goes away.
import { expect, openRoute, test } from './fixtures';

test('another tab upgrading the database: this tab closes and asks for a reload', async ({
  page,
  context
}) => {
  await openRoute(page, '/', 'en');
  const other = await context.newPage();
  await other.goto('/robots.txt');
  const version = await other.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const probe = indexedDB.open('dars');
        probe.onsuccess = () => {
          const next = probe.result.version + 1;
          probe.result.close();
          const up = indexedDB.open('dars', next);
          up.onsuccess = () => {
            up.result.close();
            resolve(next);
          };
          up.onerror = () => reject(up.error);
        };
      })
  );
  expect(version).toBeGreaterThan(1);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('updated in another tab');
  await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
});

test('an old connection blocking the upgrade is reported, then the app carries on', async ({
  page,
  context
}) => {
  const other = await context.newPage();
  await other.goto('/robots.txt');
  // An old build's connection at version 1 that ignores versionchange.
  await other.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const req = indexedDB.open('dars', 1);
        req.onupgradeneeded = () => req.result.createObjectStore('settings');
        req.onsuccess = () => {
          (window as unknown as { held: IDBDatabase }).held = req.result;
          resolve();
        };
      })
  );
  await page.goto('/?lang=en');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('open in another tab with an older version');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Today');
  await other.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
  await expect(alert).toBeHidden();
  // Settings are stored again once the database is open.
  await page.goto('/settings?lang=en');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
