// Asserts several students on one device: a profile is created in settings, picked from the header
// switcher, and its cards and reviews are kept apart from the first profile's; renaming and
// deleting work.
import { expect, gradeShown, openRoute, test } from './fixtures';

test('profiles keep their cards apart; switch, rename, delete', async ({ page }) => {
  await openRoute(page, '/settings', 'en');
  await page.getByLabel('New profile name').fill('ليلى');
  await page.getByRole('button', { name: 'Add profile' }).click();
  const switcher = page.getByLabel('Profile', { exact: true });
  await expect(switcher).toBeVisible();
  await switcher.selectOption({ label: 'ليلى' });

  await openRoute(page, '/study');
  for (let i = 0; i < 2; i++) await gradeShown(page, '1');
  await openRoute(page, '/');
  await expect(page.getByTestId('due-count')).toHaveText('2 cards');

  await page.getByLabel('Profile', { exact: true }).selectOption({ label: 'Me' });
  await expect(page.getByTestId('due-count')).toHaveText('0 cards');
  await expect(page.getByTestId('new-count')).toHaveText('20 cards');

  await openRoute(page, '/settings');
  const leila = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: 'Use' }) });
  await leila.getByLabel('Name').fill('ليلى أحمد');
  await leila.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByLabel('Profile', { exact: true })).toContainText('ليلى أحمد');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByLabel('Profile', { exact: true })).toBeHidden();
});
