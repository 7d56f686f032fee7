import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createScheduler } from '$lib/domain/cards';
import type { Backup } from '$lib/domain/backup';
import type { Grade } from '$lib/domain/records';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/settings-schema';
import { exportData, importBackup, mergeBackup } from './backup';
import { DEFAULT_PROFILE_ID, type DarsDatabase } from './db';
import { archiveLogs, archiveStep, wholeLog } from './log-archive';
import { unpackLogs } from './log-blocks';
import { Records } from './records';
import { backupOf, gradeRounds, logSteps, logWriter, testDatabases } from './test-fixtures';

const { open } = testDatabases('log-archive-test');
const T = Date.UTC(2026, 0, 5, 9);
const HOUR = 3_600_000;
const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
const ITEMS = ['a', 'b', 'c', 'mine:d'];
/** Small blocks, so that a few grades fill several. */
const SIZE = 3;

/** A profile's cards graded `rounds` times each, a minute apart; the time of the last grade. */
const graded = (records: Records, profileId: string, rounds: number, start = T) =>
  gradeRounds(records, profileId, ITEMS, rounds, start);

/** The whole log as the archive gives it, and whether it had to read `reviews` instead. */
async function archived(db: DarsDatabase) {
  const tx = db.transaction(['reviews', 'logArchive']);
  const read = await wholeLog(tx);
  await tx.done;
  return read;
}

/** Random writes to the log, or archiving steps, between them. */
const writesAndSteps = (maxLength: number) =>
  fc.array(fc.oneof(...logSteps(ITEMS, 2 * HOUR), fc.constant({ kind: 'archive' as const })), {
    maxLength
  });

/** Two profiles' cards graded twice each and archived; then `steps` written and archived. */
async function twoProfilesThen(
  steps: readonly ({ kind: 'archive' } | Parameters<ReturnType<typeof logWriter>['apply']>[0])[],
  before: (opened: Awaited<ReturnType<typeof open>>, end: number) => Promise<void> = async () => {}
) {
  const opened = await open();
  let uid = 0;
  const records = new Records(opened.db, () => `u-${++uid}`);
  await graded(records, DEFAULT_PROFILE_ID, 2);
  const kid = (await records.createProfile('سارة', T)).id;
  const end = await graded(records, kid, 2);
  await archiveLogs(opened.db, SIZE);
  await before(opened, end);
  const writer = logWriter(records, [DEFAULT_PROFILE_ID, kid], end);
  for (const s of steps) {
    if (s.kind === 'archive') await archiveStep(opened.db, SIZE);
    else await writer.apply(s);
  }
  return opened;
}

describe('the log archive', () => {
  it('copies the older logs in full blocks and gives the whole log with the newer ones', async () => {
    const { db, records } = await open();
    await graded(records, DEFAULT_PROFILE_ID, 4);
    await archiveLogs(db, SIZE);
    expect(await db.count('logArchive')).toBe(Math.floor(16 / SIZE));
    const blocks = await db.getAll('logArchive');
    expect(blocks.map((b) => b.logs.length)).toEqual(Array(5).fill(SIZE));
    expect(await archived(db)).toEqual({ logs: await db.getAll('reviews'), stale: false });
    // Nothing more to copy until a block fills.
    expect(await archiveStep(db, SIZE)).toBe(false);
  });

  it('is the same log as `reviews` whatever the app writes between its steps', async () => {
    await fc.assert(
      fc.asyncProperty(writesAndSteps(16), async (steps) => {
        const opened = await twoProfilesThen(steps);
        const all = await opened.db.getAll('reviews');
        expect(await archived(opened.db)).toEqual({ logs: all, stale: false });
        expect((await exportData(opened.store, 'dars')).reviews).toEqual(all);
      }),
      { numRuns: 25 }
    );
  });

  it('is emptied by an import, a profile deleted and a course deleted', async () => {
    const source = await open();
    await graded(source.records, DEFAULT_PROFILE_ID, 2);
    const backup = await backupOf(source.store, T);
    const { db, store, records } = await open();
    const kid = (await records.createProfile('سارة', T)).id;
    const writes = [
      () => importBackup(store, backup).then(() => unpackLogs(db)),
      () => records.deleteProfile(kid),
      () => records.deleteCourse('mine')
    ];
    for (const write of writes) {
      await graded(records, DEFAULT_PROFILE_ID, 2, T + HOUR);
      await graded(records, kid, 2, T + HOUR);
      await archiveLogs(db, SIZE);
      expect(await db.count('logArchive')).toBeGreaterThan(0);
      await write();
      expect(await db.count('logArchive')).toBe(0);
      expect(await archived(db)).toEqual({ logs: await db.getAll('reviews'), stale: false });
    }
  });

  it('is kept by a restore of a backup made here, which writes only the logs that differ', async () => {
    const { db, store, records } = await open();
    await graded(records, DEFAULT_PROFILE_ID, 4);
    await archiveLogs(db, SIZE);
    const blocks = await db.getAll('logArchive');
    const backup = await backupOf(store, T);
    await importBackup(store, backup);
    expect(await db.count('logBlocks')).toBe(0);
    expect(await db.getAll('logArchive')).toEqual(blocks);
    expect(await db.getAll('reviews')).toEqual(backup.reviews);
    // A log the backup holds otherwise is written over, and the archive that copied it emptied.
    const grade: Grade = backup.reviews[1]!.grade === 1 ? 2 : 1;
    const changed = { ...backup.reviews[1]!, grade };
    const edited = { ...backup, reviews: backup.reviews.with(1, changed) };
    await importBackup(store, edited);
    expect(await db.count('logBlocks')).toBe(0);
    expect(await db.count('logArchive')).toBe(0);
    expect(await db.getAll('reviews')).toEqual(edited.reviews);
  });

  it('is the log a restore of an older backup made here leaves, whatever came after it', async () => {
    await fc.assert(
      fc.asyncProperty(writesAndSteps(12), async (steps) => {
        let backup: Backup | undefined;
        const { db, store } = await twoProfilesThen(steps, async (opened, end) => {
          backup = await backupOf(opened.store, end);
        });
        if (!backup) throw new Error('no backup');
        await importBackup(store, backup);
        await unpackLogs(db);
        const all = await db.getAll('reviews');
        expect(all).toEqual(backup.reviews);
        expect(await archived(db)).toEqual({ logs: all, stale: false });
        await archiveLogs(db, SIZE);
        expect(await archived(db)).toEqual({ logs: all, stale: false });
      }),
      { numRuns: 25 }
    );
  });

  it('drops the block of an undone grade and those after it, and copies again', async () => {
    const { db, records } = await open();
    const end = await graded(records, DEFAULT_PROFILE_ID, 2);
    const card = (await records.card(DEFAULT_PROFILE_ID, 'a'))!;
    const next = scheduler.grade(card, 1, end + HOUR);
    const id = (await records.recordGrade(next.card, next.log))!;
    await archiveLogs(db, SIZE);
    // Nine logs, three blocks: the last holds the grade undone.
    expect((await db.getAll('logArchive')).at(-1)!.logs.at(-1)!.id).toBe(id);
    await records.undoGrade(id, card);
    expect(await db.count('logArchive')).toBe(2);
    expect(await archived(db)).toEqual({ logs: await db.getAll('reviews'), stale: false });
    await graded(records, DEFAULT_PROFILE_ID, 1, end + 2 * HOUR);
    await archiveLogs(db, SIZE);
    expect(await db.count('logArchive')).toBe(4);
    expect(await archived(db)).toEqual({ logs: await db.getAll('reviews'), stale: false });
  });

  it('keeps its blocks when a merge only adds logs after them', async () => {
    const source = await open();
    await graded(source.records, DEFAULT_PROFILE_ID, 2, T + 5 * HOUR);
    const backup = await backupOf(source.store, T + 6 * HOUR);
    const { db, store, records } = await open();
    await graded(records, DEFAULT_PROFILE_ID, 2);
    await archiveLogs(db, SIZE);
    const blocks = await db.getAll('logArchive');
    const merged = await mergeBackup(store, backup);
    expect(merged.ok).toBe(true);
    expect(await db.count('reviews')).toBe(16);
    expect(await db.getAll('logArchive')).toEqual(blocks);
    expect(await archived(db)).toEqual({ logs: await db.getAll('reviews'), stale: false });
  });

  it('is read around when it no longer matches the log, and an export then empties it', async () => {
    const { db, store, records } = await open();
    await graded(records, DEFAULT_PROFILE_ID, 3);
    await archiveLogs(db, SIZE);
    // A log deleted behind the archive's back (no write of the app does this).
    await db.delete('reviews', 2);
    const all = await db.getAll('reviews');
    expect(await archived(db)).toEqual({ logs: all, stale: true });
    expect((await exportData(store, 'dars')).reviews).toEqual(all);
    expect(await db.count('logArchive')).toBe(0);
  });

  it('waits while an import’s logs are still in blocks', async () => {
    const source = await open();
    await graded(source.records, DEFAULT_PROFILE_ID, 2);
    const backup = await backupOf(source.store, T);
    const { db, store } = await open();
    await importBackup(store, backup);
    expect(await archiveStep(db, SIZE)).toBe(false);
    await unpackLogs(db);
    await archiveLogs(db, SIZE);
    expect(await db.count('logArchive')).toBe(Math.floor(8 / SIZE));
  });
});
