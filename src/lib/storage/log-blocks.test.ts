import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScheduler } from '$lib/domain/cards';
import { aggregate } from '$lib/domain/daily';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/settings-schema';
import { exportData, importBackup } from './backup';
import { DEFAULT_PROFILE_ID, type DarsDatabase, type Store } from './db';
import { BLOCK, unpackLogs, unpackStep } from './log-blocks';
import { Records } from './records';
import { backupOf, gradeRounds, logSteps, logWriter, testDatabases } from './test-fixtures';

const { open } = testDatabases('log-blocks-test');
const T = Date.UTC(2026, 0, 5, 9);
const HOUR = 3_600_000;
const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
const ITEMS = ['a', 'b', 'c', 'mine:d'];

/** A profile's cards graded `rounds` times each, a minute apart; the time of the last grade. */
const graded = (records: Records, profileId: string, rounds: number, start = T) =>
  gradeRounds(records, profileId, ITEMS, rounds, start);

/** What the app reads of the log, through every reader. */
async function reads(
  { db, store, records }: { db: DarsDatabase; store: Store; records: Records },
  profiles: readonly string[]
) {
  const out: Record<string, unknown> = { exported: (await exportData(store, 'dars')).reviews };
  for (const p of profiles) {
    out[`${p} since`] = await records.reviewsSince(p, T + 30 * 60_000);
    out[`${p} any`] = await records.hasReviews(p);
    for (const item of ITEMS) out[`${p} ${item}`] = await records.reviewsOf(p, item);
    out[`${p} daily`] = await records.daily(p);
  }
  out.blocks = await db.count('logBlocks');
  return out;
}

describe('review logs imported in blocks', () => {
  it('are written in blocks, read as if in the log, then spread into it unchanged', async () => {
    const source = await open();
    await graded(source.records, DEFAULT_PROFILE_ID, 70);
    const backup = await backupOf(source.store, T);
    expect(backup.reviews).toHaveLength(280);

    const target = await open();
    await graded(target.records, DEFAULT_PROFILE_ID, 1);
    await importBackup(target.store, backup);
    expect(await target.db.count('reviews')).toBe(0);
    expect(await target.db.count('logBlocks')).toBe(Math.ceil(280 / BLOCK));
    const before = await reads(target, [DEFAULT_PROFILE_ID]);
    expect(before.exported).toEqual(backup.reviews);

    await unpackLogs(target.db);
    const after = await reads(target, [DEFAULT_PROFILE_ID]);
    expect(after).toEqual({ ...before, blocks: 0 });
    expect(await target.db.getAllKeys('reviews')).toEqual(backup.reviews.map((r) => r.id));
    expect(await target.records.daily(DEFAULT_PROFILE_ID)).toEqual(aggregate(backup.reviews));
  });

  it('give a grade made before they are spread an id of its own', async () => {
    const source = await open();
    await graded(source.records, DEFAULT_PROFILE_ID, 2);
    const backup = await backupOf(source.store, T);
    const target = await open();
    await importBackup(target.store, backup);

    const card = (await target.records.card(DEFAULT_PROFILE_ID, 'a'))!;
    const next = scheduler.grade(card, 4, T + HOUR);
    const id = await target.records.recordGrade(next.card, next.log);
    expect(id).toBeGreaterThan(Math.max(...backup.reviews.map((r) => r.id)));
    await unpackLogs(target.db);
    expect(await target.db.count('reviews')).toBe(backup.reviews.length + 1);
    expect((await target.records.reviewsOf(DEFAULT_PROFILE_ID, 'a')).at(-1)?.id).toBe(id);
  });

  it('drop, when spread, a grade the log already holds from the same card state', async () => {
    const { db, records } = await open();
    await graded(records, DEFAULT_PROFILE_ID, 2);
    const [first, second] = await records.reviewsSince(DEFAULT_PROFILE_ID, -Infinity);
    // The same grade twice (two tabs), and one more, in a block as an import leaves them.
    const twice = { ...first!, id: 900, uid: 'other' };
    const fresh = { ...second!, id: 901, uid: 'fresh', from: [9, 9] as [number, number] };
    await db.put('logBlocks', { first: 900, logs: [twice, fresh] });
    await unpackLogs(db);
    expect(await db.count('logBlocks')).toBe(0);
    expect(await db.get('reviews', 900)).toBeUndefined();
    expect(await db.get('reviews', 901)).toEqual(fresh);
    expect(await db.get('reviews', first!.id!)).toEqual(first);
  });

  it('are the same log, whenever they are spread, whatever the app writes meanwhile', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(...logSteps(ITEMS, 2 * HOUR), fc.constant({ kind: 'spread' as const })), {
          maxLength: 14
        }),
        async (steps) => {
          const source = await open();
          await graded(source.records, DEFAULT_PROFILE_ID, 3);
          const kid = (await source.records.createProfile('سارة', T)).id;
          const end = await graded(source.records, kid, 2);
          const backup = await backupOf(source.store, T);

          // The same writes on two imports: one spread at once, one spread between the writes.
          const sides = [];
          for (const spreadAtOnce of [true, false]) {
            const opened = await open();
            let uid = 0;
            const side = { ...opened, records: new Records(opened.db, () => `u-${++uid}`) };
            await importBackup(side.store, backup);
            if (spreadAtOnce) await unpackLogs(side.db);
            const writer = logWriter(side.records, [DEFAULT_PROFILE_ID, kid], end);
            for (const s of steps) {
              if (s.kind === 'spread') await unpackStep(side.db);
              else await writer.apply(s);
            }
            const mid = await reads(side, [DEFAULT_PROFILE_ID, kid]);
            await unpackLogs(side.db);
            sides.push({ mid: { ...mid, blocks: 0 }, spread: await side.db.getAll('reviews') });
          }
          expect(sides[1]).toEqual(sides[0]);
        }
      ),
      { numRuns: 15 }
    );
  });
});
