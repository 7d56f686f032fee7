// Asserts the exports: the bank as an Anki text file (header lines, one note per line, topics as
// tags) and the quiz history as CSV.
import { readFile } from 'node:fs/promises';
import { expect, openRoute, test } from './fixtures';

test('the bank exports as a file Anki imports', async ({ page }) => {
  await openRoute(page, '/settings', 'ar');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'تصدير إلى Anki' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/anki\.txt$/);
  const text = await readFile((await download.path())!, 'utf8');
  const lines = text.trimEnd().split('\n');
  expect(lines).toContain('#separator:tab');
  expect(lines.some((l) => l.startsWith('#tags column:'))).toBe(true);
  const notes = lines.filter((l) => !l.startsWith('#'));
  expect(notes.length).toBeGreaterThanOrEqual(200);
  for (const note of notes.slice(0, 20)) expect(note.split('\t')).toHaveLength(5);
  expect(text).toContain('مسيّرة');
});

test('quiz history exports as CSV', async ({ page }) => {
  await openRoute(page, '/quiz', 'en');
  await page.getByRole('radio', { name: '5' }).check();
  await page.getByRole('button', { name: 'Start quiz', exact: true }).click();
  for (let i = 0; i < 5; i++) {
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await page.getByRole('button', { name: i === 4 ? 'Finish' : 'Next', exact: true }).click();
  }
  await page.getByRole('button', { name: 'New quiz' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await readFile((await (await downloading).path())!, 'utf8');
  const rows = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(rows[0]).toBe('finished,score,total,percent,class_code,student');
  expect(rows).toHaveLength(2);
  expect(rows[1]).toMatch(/^\d{4}-\d\d-\d\dT.*,0,5,0,,$/);
});
