// Asserts the courses in storage (fake-indexeddb): the version 7 migration from a version 6
// database with the built-in course's cards, reviews and quizzes in it (all kept and still
// working), and the course methods: list, read, save (atomic, scoped ids only) and delete (with
// the course's cards and reviews in every profile, and nothing else).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createScheduler, newCard } from '$lib/domain/cards';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/settings-schema';
import { scopeCourse, type DeviceCourse } from '$lib/domain/course';
import { testBank } from '$lib/domain/fixtures/banks';
import { DEFAULT_QUIZ_SETTINGS } from '$lib/domain/quiz';
import type { QuizAttempt } from '$lib/domain/records';
import { recordsOf, type Records } from './records';
import { DB_VERSION, DEFAULT_PROFILE_ID, openDatabase, Store } from './db';
import { cardsFor, testDatabases } from './test-fixtures';

const { fresh, open } = testDatabases('courses-test');

const T0 = Date.UTC(2026, 10, 30, 9);
const DAY = 86_400_000;
const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
const seed = testBank('iran-russia-2023', 3, 'c-');

const course = (id: string, createdAt = T0): DeviceCourse => ({
  id,
  createdAt,
  text: `نص ${id}`,
  bank: scopeCourse(testBank('draft', 2), id)
});

/** Cards for `items` in `profileId`, the first one graded Good at T0. */
async function studied(records: Records, profileId: string, itemIds: readonly string[]) {
  await records.ensureCards(profileId, cardsFor(profileId, itemIds, T0));
  const { card, log } = scheduler.grade((await records.card(profileId, itemIds[0]!))!, 3, T0);
  await records.recordGrade(card, log);
}

const attempt = (profileId: string, itemId: string): QuizAttempt => ({
  profileId,
  startedAt: T0,
  finishedAt: T0 + 1000,
  plan: { seed: 7, settings: { ...DEFAULT_QUIZ_SETTINGS }, questions: [{ itemId }] },
  answers: [{ kind: 'bool', value: true }],
  lang: 'ar',
  score: 1,
  total: 1
});

describe('migration to version 7', () => {
  it('adds the course stores and keeps the built-in course’s cards, reviews and quizzes', async () => {
    const name = fresh();
    const v6 = await openDatabase({}, 6, name);
    const old = recordsOf(new Store(v6));
    const ids = seed.items.map((i) => i.id);
    // Written as version 6 wrote them (today's grade also counts it by day, a store v6 lacks).
    const cards = ids.map((id, i) => newCard(DEFAULT_PROFILE_ID, id, i, `s-${id}`, T0));
    const graded = scheduler.grade(cards[0]!, 3, T0);
    for (const c of [graded.card, ...cards.slice(1)]) await v6.put('cards', c);
    await v6.add('reviews', graded.log);
    await v6.add('attempts', attempt(DEFAULT_PROFILE_ID, ids[1]!));
    const before = {
      cards: await old.cards(DEFAULT_PROFILE_ID),
      reviews: await old.reviewsSince(DEFAULT_PROFILE_ID, 0),
      attempts: await old.attempts(DEFAULT_PROFILE_ID)
    };
    v6.close();

    const { db, records } = await open(name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['courses', 'courseContent']));
    expect(await records.cards(DEFAULT_PROFILE_ID)).toEqual(before.cards);
    // Kept as they were, each with the uid a later version gives it.
    const reviews = await records.reviewsSince(DEFAULT_PROFILE_ID, 0);
    expect(reviews.map(({ uid, ...r }) => (expect(uid).toMatch(/^[0-9a-f]{32}$/), r))).toEqual(
      before.reviews
    );
    expect(await records.attempts(DEFAULT_PROFILE_ID)).toEqual(before.attempts);
    expect(await records.courses()).toEqual([]);
    // Still working: the graded card comes due, the others are new, and a grade is stored.
    expect((await records.dueCards(DEFAULT_PROFILE_ID, T0 + DAY)).map((c) => c.itemId)).toEqual([
      ids[0]
    ]);
    expect(await records.countNew(DEFAULT_PROFILE_ID)).toBe(2);
    const { card, log } = scheduler.grade(
      (await records.card(DEFAULT_PROFILE_ID, ids[1]!))!,
      3,
      T0
    );
    expect(await records.recordGrade(card, log)).toEqual(expect.any(Number));
  });
});

describe('course methods', () => {
  it('lists courses by date without their content, and reads one whole', async () => {
    const { store, records } = await open();
    await records.saveCourse(course('later', T0 + 1));
    await records.saveCourse(course('first', T0));
    expect((await records.courses()).map((c) => [c.id, c.items, c.paragraphs])).toEqual([
      ['first', 2, 2],
      ['later', 2, 2]
    ]);
    expect(Object.keys((await records.courses())[0]!).sort()).toEqual(
      ['bankVersion', 'createdAt', 'date', 'id', 'items', 'paragraphs', 'source', 'title'].sort()
    );
    expect(await records.course('first')).toEqual(course('first', T0));
    expect(await records.course('none')).toBeUndefined();
    expect((await records.courseContents()).map((c) => c.id).sort()).toEqual(['first', 'later']);
    expect(await store.lastCourse()).toBeNull();
  });

  it('refuses a course whose item ids do not carry it, and stores nothing of it', async () => {
    const { records } = await open();
    const unscoped = { ...course('c1'), bank: testBank('c1', 2) };
    await expect(records.saveCourse(unscoped)).rejects.toThrow(/id without c1:/);
    expect(await records.courses()).toEqual([]);
    expect(await records.courseContents()).toEqual([]);
  });

  it('writes the list entry and the content together or not at all', async () => {
    const { db, records } = await open();
    // A content record IndexedDB cannot clone fails the put: the list entry must not land either.
    const broken = { ...course('c1'), text: (() => 0) as unknown as string };
    await expect(records.saveCourse(broken)).rejects.toThrow();
    expect(await db.count('courses')).toBe(0);
    expect(await db.count('courseContent')).toBe(0);
  });

  it('deletes a course with its cards and reviews in every profile, and nothing else', async () => {
    const { store, records } = await open();
    const kid = await records.createProfile('سارة', 1);
    const [a, ab] = [course('a'), course('a-b')];
    await records.saveCourse(a);
    await records.saveCourse(ab);
    await store.setLastCourse('a');
    const ids = (c: DeviceCourse) => c.bank.items.map((i) => i.id);
    const seedIds = seed.items.map((i) => i.id);
    for (const profile of [DEFAULT_PROFILE_ID, kid.id]) {
      await studied(records, profile, ids(a));
      await studied(records, profile, ids(ab));
      await studied(records, profile, seedIds);
      await records.saveAttempt(attempt(profile, ids(a)[0]!));
    }

    await records.deleteCourse('a');
    expect((await records.courses()).map((c) => c.id)).toEqual(['a-b']);
    expect(await records.course('a')).toBeUndefined();
    expect(await store.lastCourse()).toBeNull();
    for (const profile of [DEFAULT_PROFILE_ID, kid.id]) {
      const left = (await records.cards(profile)).map((c) => c.itemId).sort();
      expect(left).toEqual([...ids(ab), ...seedIds].sort());
      const logs = (await records.reviewsSince(profile, 0)).map((l) => l.itemId).sort();
      expect(logs).toEqual([ids(ab)[0], seedIds[0]].sort());
      expect(await records.attempts(profile)).toHaveLength(1);
    }
  });

  it('keeps the last course read when another course is deleted', async () => {
    const { store, records } = await open();
    await records.saveCourse(course('a'));
    await store.setLastCourse('iran-russia-2023');
    await records.deleteCourse('a');
    expect(await store.lastCourse()).toBe('iran-russia-2023');
  });
});

describe('queue reads narrowed to a course', () => {
  it('keeps only the cards the filter takes, up to the limit of those kept', async () => {
    const { records } = await open();
    const a = course('a').bank.items.map((i) => i.id);
    const seedIds = seed.items.map((i) => i.id);
    await records.ensureCards(DEFAULT_PROFILE_ID, [
      ...seedIds.map((id, i) => ({ itemId: id, make: () => newCard('default', id, i, id, T0) })),
      ...a.map((id, i) => ({ itemId: id, make: () => newCard('default', id, 10 + i, id, T0) }))
    ]);
    const inA = (id: string) => id.startsWith('a:');
    expect((await records.newCards(DEFAULT_PROFILE_ID, 1, inA)).map((c) => c.itemId)).toEqual([
      a[0]
    ]);
    expect(await records.newCards(DEFAULT_PROFILE_ID, undefined, inA)).toHaveLength(2);
    expect((await records.newCards(DEFAULT_PROFILE_ID, 1)).map((c) => c.itemId)).toEqual([
      seedIds[0]
    ]);
    for (const id of [seedIds[0]!, a[1]!]) {
      const { card, log } = scheduler.grade((await records.card(DEFAULT_PROFILE_ID, id))!, 1, T0);
      await records.recordGrade(card, log);
    }
    const learning = await records.learningCards(DEFAULT_PROFILE_ID, Infinity, inA);
    expect(learning.map((c) => c.itemId)).toEqual([a[1]]);
    const due = await records.dueCards(DEFAULT_PROFILE_ID, Infinity, 5, inA);
    expect(due.map((c) => c.itemId)).toEqual([a[1]]);
  });
});
