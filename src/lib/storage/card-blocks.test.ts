import { describe, expect, it } from 'vitest';
import { createScheduler } from '$lib/domain/cards';
import type { CardRecord } from '$lib/domain/records';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/settings-schema';
import { exportData, importBackup } from './backup';
import { CARD_BLOCK, spreadCards, spreadStep } from './card-blocks';
import { DEFAULT_PROFILE_ID, type Store } from './db';
import type { Records } from './records';
import { backupOf, cardsFor, testDatabases } from './test-fixtures';

const { open } = testDatabases('card-blocks-test');
const T = Date.UTC(2026, 0, 5, 9);
const DAY = 86_400_000;
const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
/** More items than two blocks hold, with «ـ» and diacritics in their ids as a course's may have. */
const ITEMS = Array.from({ length: 2 * CARD_BLOCK + 17 }, (_, i) => `دَرْس:سؤال-${i}`);

/** A device whose cards of the first `graded` items were studied once (a day apart each). */
async function studied(graded: number) {
  const side = await open();
  await side.records.ensureCards(DEFAULT_PROFILE_ID, cardsFor(DEFAULT_PROFILE_ID, ITEMS, T));
  for (const [i, item] of ITEMS.slice(0, graded).entries()) {
    const card = (await side.records.card(DEFAULT_PROFILE_ID, item))!;
    const { card: next, log } = scheduler.grade(card, i % 5 === 0 ? 1 : 3, T + i * 60_000);
    await side.records.recordGrade(next, log);
  }
  return side;
}

/** What the app reads of the cards, through each reader. */
async function reads({ records, store }: { records: Records; store: Store }) {
  const p = DEFAULT_PROFILE_ID;
  return {
    cards: await records.cards(p),
    one: await records.card(p, ITEMS[CARD_BLOCK + 3]!),
    due: await records.dueCards(p, T + 400 * DAY),
    fresh: await records.newCards(p, 40),
    learning: await records.learningCards(p, T + 400 * DAY),
    dueCount: await records.countDue(p, T + 400 * DAY),
    newCount: await records.countNew(p),
    exported: (await exportData(store, 'dars')).cards
  };
}

const byKey = (cards: readonly CardRecord[]) =>
  [...cards].sort((a, b) => (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0));

describe('cards imported on a new device', () => {
  it('are written in blocks, then read as the backup holds them by every reader', async () => {
    const source = await studied(60);
    const backup = await backupOf(source.store, T + DAY);
    const expected = await reads(source);

    // An empty device shares no card with the backup: they go in blocks.
    const target = await open();
    await importBackup(target.store, backup);
    expect(await target.db.count('cards')).toBe(0);
    expect(await target.db.count('cardBlocks')).toBe(Math.ceil(ITEMS.length / CARD_BLOCK));

    expect(await reads(target)).toEqual(expected);
    expect(await target.db.count('cardBlocks')).toBe(0);
    expect(byKey(await target.db.getAll('cards'))).toEqual(byKey(backup.cards));
  });

  it('replace the cards a new device made at its first start', async () => {
    const source = await studied(ITEMS.length);
    const backup = await backupOf(source.store, T + DAY);
    const target = await open();
    await target.records.ensureCards(DEFAULT_PROFILE_ID, cardsFor(DEFAULT_PROFILE_ID, ITEMS, T));
    await importBackup(target.store, backup);
    expect(await target.db.count('cardBlocks')).toBeGreaterThan(0);
    expect(byKey(await target.records.cards(DEFAULT_PROFILE_ID))).toEqual(byKey(backup.cards));
  });

  it('are spread once, whoever reads them first', async () => {
    const source = await studied(30);
    const backup = await backupOf(source.store, T + DAY);
    const target = await open();
    await importBackup(target.store, backup);
    // Two readers at once and a step of the spreading of its own: each block goes once.
    const [first, second] = await Promise.all([
      target.records.cards(DEFAULT_PROFILE_ID),
      target.records.countNew(DEFAULT_PROFILE_ID),
      spreadStep(target.db)
    ]);
    expect(first).toHaveLength(ITEMS.length);
    expect(second).toBe(ITEMS.length - 30);
    expect(await spreadStep(target.db)).toBe(false);
    await spreadCards(target.db);
    expect(await target.db.count('cards')).toBe(ITEMS.length);
  });

  it('are gone with their profile when it is deleted before they are spread', async () => {
    const source = await studied(10);
    const kid = await source.records.createProfile('سارة', T);
    await source.records.ensureCards(kid.id, cardsFor(kid.id, ITEMS.slice(0, 20), T));
    const backup = await backupOf(source.store, T + DAY);
    const target = await open();
    await importBackup(target.store, backup);
    await target.records.deleteProfile(kid.id);
    await spreadCards(target.db);
    expect(await target.records.cards(kid.id)).toEqual([]);
    expect(await target.records.cards(DEFAULT_PROFILE_ID)).toHaveLength(ITEMS.length);
  });

  it('are not used when the device already holds most of the backup (a restore in place)', async () => {
    const source = await studied(40);
    const backup = await backupOf(source.store, T + DAY);
    await importBackup(source.store, backup);
    expect(await source.db.count('cardBlocks')).toBe(0);
    expect(byKey(await source.db.getAll('cards'))).toEqual(byKey(backup.cards));
  });
});
