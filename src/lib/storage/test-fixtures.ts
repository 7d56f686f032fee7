// Shared set-up of the storage unit tests (not part of the app): fresh fake-indexeddb databases
// closed after each test, a quiz attempt, a backup made and parsed as an import reads it, and
// random histories of the writes that change the review log, applied as the app makes them.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach } from 'vitest';
import { makeBackup, parseBackup, type Backup } from '$lib/domain/backup';
import { createScheduler, newCard } from '$lib/domain/cards';
import { type CardRecord, type Grade, type QuizAttempt } from '$lib/domain/records';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/settings-schema';
import { DEFAULT_QUIZ_SETTINGS } from '$lib/domain/quiz';
import { exportData } from './backup';
import { DB_VERSION, openDatabase, Store } from './db';
import { recordsOf, type Records } from './records';

const DAY = 86_400_000;
const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);

/**
 * Databases named `<prefix>-<n>`, each closed after the test that opened it: `open` opens one at
 * the current version (a new one unless named), `keep` closes one opened otherwise.
 */
export function testDatabases(prefix: string) {
  let n = 0;
  const opened: { close(): void }[] = [];
  afterEach(() => {
    for (const db of opened.splice(0)) db.close();
  });
  const fresh = () => `${prefix}-${++n}`;
  const keep = <T extends { close(): void }>(db: T): T => (opened.push(db), db);
  async function open(name = fresh()) {
    const db = keep(await openDatabase({}, DB_VERSION, name));
    const store = new Store(db);
    return { db, store, records: recordsOf(store) };
  }
  return { fresh, keep, open };
}

/** What `ensureCards` takes to make a new card for each of `itemIds`, made at `at`. */
export const cardsFor = (profileId: string, itemIds: readonly string[], at: number) =>
  itemIds.map((id, i) => ({ itemId: id, make: () => newCard(profileId, id, i, `s-${id}`, at) }));

/**
 * A profile's cards for `items` (made at `start`), graded Good `rounds` times each, a minute apart;
 * the time of the last grade.
 */
export async function gradeRounds(
  records: Records,
  profileId: string,
  items: readonly string[],
  rounds: number,
  start: number
): Promise<number> {
  await records.ensureCards(profileId, cardsFor(profileId, items, start));
  let now = start;
  for (let r = 0; r < rounds; r++) {
    for (const item of items) {
      now += 60_000;
      const { card, log } = scheduler.grade((await records.card(profileId, item))!, 3, now);
      await records.recordGrade(card, log);
    }
  }
  return now;
}

/** A finished quiz of no questions, started at `at`. */
export const emptyAttempt = (profileId: string, at: number): QuizAttempt => ({
  profileId,
  startedAt: at,
  finishedAt: at + 1000,
  plan: { seed: 7, settings: { ...DEFAULT_QUIZ_SETTINGS }, questions: [] },
  answers: [],
  lang: 'ar',
  score: 0,
  total: 0
});

/** Everything in `store` exported at `at`, written as a file and read back as an import does. */
export async function backupOf(store: Store, at: number): Promise<Backup> {
  const text = JSON.stringify(makeBackup(await exportData(store, 'dars'), at, DB_VERSION));
  const parsed = parseBackup(text, text.length);
  if (!parsed.ok) throw new Error('the backup should parse');
  return parsed.backup;
}

/**
 * Random writes that change the review log, in one of two profiles: a grade after a wait of up to
 * `maxWait`, an undo of that profile's last grade, a quiz on some items, and the deletion of the
 * course `mine`.
 */
export const logSteps = (items: readonly string[], maxWait: number) =>
  [
    fc.record({
      kind: fc.constant('grade' as const),
      profile: fc.nat(1),
      item: fc.constantFrom(...items),
      grade: fc.constantFrom<Grade>(1, 2, 3, 4),
      wait: fc.integer({ min: 0, max: maxWait })
    }),
    fc.record({ kind: fc.constant('undo' as const), profile: fc.nat(1) }),
    fc.record({
      kind: fc.constant('quiz' as const),
      profile: fc.nat(1),
      items: fc.subarray([...items], { minLength: 1 }),
      wait: fc.integer({ min: 0, max: DAY })
    }),
    fc.record({ kind: fc.constant('deleteCourse' as const) })
  ] as const;

export type LogStep = ReturnType<typeof logSteps>[number] extends fc.Arbitrary<infer S> ? S : never;

const LOG_KINDS: readonly string[] = [
  'grade',
  'undo',
  'quiz',
  'deleteCourse'
] satisfies LogStep['kind'][];

/** A step {@link logWriter} applies (a test may mix in steps of its own). */
export const isLogStep = (s: { kind: string }): s is LogStep => LOG_KINDS.includes(s.kind);

/**
 * Applies {@link logSteps} to `profiles` as the app writes them, from `start` on: grades through
 * the scheduler, undos of the grades it made (a deleted course's left out), quizzes graded Good.
 */
export function logWriter(records: Records, profiles: readonly string[], start: number) {
  const undo: Record<string, { id: number; previous: CardRecord }[]> = {};
  let now = start;
  async function apply(s: LogStep): Promise<void> {
    if (s.kind === 'deleteCourse') {
      await records.deleteCourse('mine');
      for (const p of profiles) {
        undo[p] = (undo[p] ?? []).filter((u) => !u.previous.itemId.startsWith('mine:'));
      }
      return;
    }
    const profileId = profiles[s.profile]!;
    if (s.kind === 'grade') {
      now += s.wait;
      const card = await records.card(profileId, s.item);
      if (!card) return;
      const graded = scheduler.grade(card, s.grade, now);
      const id = await records.recordGrade(graded.card, graded.log);
      (undo[profileId] ??= []).push({ id: id!, previous: card });
    } else if (s.kind === 'undo') {
      const last = undo[profileId]?.pop();
      if (last) await records.undoGrade(last.id, last.previous);
    } else {
      now += s.wait;
      const graded = [];
      for (const item of s.items) {
        const card = await records.card(profileId, item);
        if (card) graded.push(scheduler.grade(card, 3, now));
      }
      await records.saveAttempt(emptyAttempt(profileId, now), graded);
    }
  }
  return { apply, now: () => now };
}
