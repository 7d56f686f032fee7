// Asserts the flashcard session on a real IndexedDB implementation (fake-indexeddb) with a fixed
// clock: a grade is written before the next card shows, undo takes several grades back exactly,
// a card graded first in another tab is refused and the session moves on, a closed database or a
// failed write is reported and loses nothing, the session ends when the queue is empty, and a
// bank that regroups items mid-day lets no card of a sentence met today back in.
import 'fake-indexeddb/auto';
import { array, parse } from 'valibot';
import { describe, expect, it } from 'vitest';
import { ItemSchema, type Item } from '$lib/domain/bank';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/settings-schema';
import { DEFAULT_QUEUE_SETTINGS, type QueueSettings } from '$lib/domain/queue';
import raw from '$lib/domain/fixtures/quiz-items.json';
import { recordsWithCards, T0 } from './session-fixtures';
import type { Records } from '$lib/storage/records';
import { readQueue } from './deck.svelte';
import { StudySession, type StudyStore } from './study.svelte';

const ITEMS: Item[] = parse(array(ItemSchema), raw).slice(0, 6);
const PROFILE = 'p-test';

/** A database with a new card for each item, and a clock the test moves. */
async function setup(settings: Partial<QueueSettings> = {}) {
  const records = await recordsWithCards(PROFILE, ITEMS);
  const clock = { now: T0 };
  const ended = { count: 0 };
  const make = (store: () => StudyStore | null = () => records) =>
    new StudySession({
      now: () => clock.now,
      store,
      queue: (now) =>
        readQueue(records, PROFILE, { ...DEFAULT_QUEUE_SETTINGS, ...settings }, now, () => 0.5),
      scheduler: () => DEFAULT_SCHEDULER_SETTINGS,
      item: (id) => ITEMS.find((item) => item.id === id),
      profileId: () => PROFILE,
      beginSession: () => () => ended.count++,
      rendered: () => Promise.resolve()
    });
  return { records, clock, ended, make };
}

async function gradeShown(session: StudySession, grade: 1 | 2 | 3 | 4 = 3) {
  session.reveal();
  await session.grade(grade);
}

const logCount = async (records: Records) => (await records.reviewsSince(PROFILE, 0)).length;

describe('StudySession', () => {
  it('writes each grade before the next card shows, with the clock given', async () => {
    const { records, clock, make } = await setup();
    const session = make();
    await session.start();
    expect(session.status).toBe('active');
    const first = session.current!.card.itemId;
    clock.now += 5000;
    await gradeShown(session, 3);
    expect(session.graded).toBe(1);
    expect(session.current!.card.itemId).not.toBe(first);
    const logs = await records.reviewsSince(PROFILE, 0);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ itemId: first, grade: 3, review: T0 + 5000 });
    expect((await records.card(PROFILE, first))!.reps).toBe(1);
  });

  it('does not grade a card whose answer is not shown', async () => {
    const { records, make } = await setup();
    const session = make();
    await session.start();
    await session.grade(3);
    expect(await logCount(records)).toBe(0);
    expect(session.graded).toBe(0);
  });

  it('undoes several grades, one step at a time, back to the first card as it was', async () => {
    const { records, make } = await setup();
    const session = make();
    await session.start();
    const first = session.current!.card;
    await gradeShown(session, 3);
    await gradeShown(session, 1);
    await gradeShown(session, 4);
    expect(await logCount(records)).toBe(3);
    expect(session.again).toBe(1);
    await session.undo();
    await session.undo();
    expect(await logCount(records)).toBe(1);
    expect(session.again).toBe(0);
    await session.undo();
    expect(await logCount(records)).toBe(0);
    expect(session.canUndo).toBe(false);
    expect(session.current!.card).toEqual(first);
    expect(await records.card(PROFILE, first.itemId)).toEqual(first);
    expect(session.revealed).toBe(false);
  });

  it('suspends the card on screen, says so, and undo brings it back unanswered, grades too', async () => {
    const { records, make } = await setup();
    const session = make();
    await session.start();
    await gradeShown(session, 3);
    const card = session.current!.card;
    session.reveal();
    await session.suspendCurrent();
    expect(session.suspended?.itemId).toBe(card.itemId);
    expect(session.current!.card.itemId).not.toBe(card.itemId);
    expect(session.queue.cards.some((c) => c.itemId === card.itemId)).toBe(false);
    expect((await records.card(PROFILE, card.itemId))!.suspended).toBe(true);
    expect(session.graded).toBe(1);

    await session.undo();
    expect(session.suspended).toBeNull();
    expect(session.current!.card).toEqual(card);
    expect(session.revealed).toBe(false);
    expect(await records.card(PROFILE, card.itemId)).toEqual(card);
    expect(session.graded).toBe(1);
    // The grade before the suspension is the next step back.
    await session.undo();
    expect(await logCount(records)).toBe(0);
    expect(session.canUndo).toBe(false);
  });

  it('forgets the suspension message at the next grade, and a suspended last card ends the day', async () => {
    const { make } = await setup({ newPerDay: 1 });
    const session = make();
    await session.start();
    await session.suspendCurrent();
    expect(session.status).toBe('done');
    expect(session.suspended).not.toBeNull();
    await session.undo();
    expect(session.status).toBe('active');
    await gradeShown(session, 4);
    expect(session.suspended).toBeNull();
  });

  it('refuses a grade another tab made first and moves on without counting it', async () => {
    const { records, make } = await setup();
    const here = make();
    const there = make();
    await here.start();
    await there.start();
    const card = here.current!.card.itemId;
    expect(there.current!.card.itemId).toBe(card);
    await gradeShown(there, 3);
    await gradeShown(here, 3);
    expect(here.studiedElsewhere).toBe(true);
    expect(here.graded).toBe(0);
    expect(here.current?.card.itemId).not.toBe(card);
    expect(await logCount(records)).toBe(1);
  });

  it('ends when the queue is empty, releases the session and says when the next card is due', async () => {
    const { clock, ended, make } = await setup({ newPerDay: 2 });
    const session = make();
    await session.start();
    for (let i = 0; i < 20 && session.status === 'active'; i++) {
      clock.now += 1000;
      await gradeShown(session, 4);
    }
    expect(session.status).toBe('done');
    expect(session.graded).toBe(2);
    expect(ended.count).toBe(1);
    await expect.poll(() => session.nextDue).toBeGreaterThan(clock.now);
  });

  it('reports a closed database instead of doing nothing, and keeps the card on screen', async () => {
    const { records, make } = await setup();
    let open = true;
    const session = make(() => (open ? records : null));
    await session.start();
    const shown = session.current!.card.itemId;
    open = false;
    await gradeShown(session, 3);
    expect(session.error?.reason).toBe('closed');
    expect(session.current!.card.itemId).toBe(shown);
    expect(session.graded).toBe(0);
  });

  it('reports a full disk, keeps the card, and the same grade succeeds once there is room', async () => {
    const { records, make } = await setup();
    let full = true;
    const store: StudyStore = {
      card: (p, i) => records.card(p, i),
      putCard: (c) => records.putCard(c),
      dueCards: (p, b, l) => records.dueCards(p, b, l),
      undoGrade: (id, c) => records.undoGrade(id, c),
      recordGrade: (card, log) =>
        full
          ? Promise.reject(new DOMException('full', 'QuotaExceededError'))
          : records.recordGrade(card, log)
    };
    const session = make(() => store);
    await session.start();
    const shown = session.current!.card.itemId;
    await gradeShown(session, 3);
    expect(session.error?.reason).toBe('quota');
    expect(session.current!.card.itemId).toBe(shown);
    expect(await logCount(records)).toBe(0);
    full = false;
    await session.grade(3);
    expect(session.error).toBeNull();
    expect(await logCount(records)).toBe(1);
  });

  it('keeps a card of a sentence met today out of the queue after a new bank regroups it', async () => {
    const { records, clock, make } = await setup();
    const session = make();
    await session.start();
    const first = session.current!.card.itemId;
    const other = ITEMS.find((i) => i.id !== first)!.id;
    await gradeShown(session, 4);
    // A new bank version puts both items in one sentence's group, after the grade was logged.
    const groups = new Map([
      [first, 'sentence-1'],
      [other, 'sentence-1']
    ]);
    await records.regroupCards(PROFILE, (id) => groups.get(id));
    clock.now += 60_000;
    const read = (siblingOf?: (id: string) => string | undefined) =>
      readQueue(records, PROFILE, DEFAULT_QUEUE_SETTINGS, clock.now, () => 0.5, { siblingOf });
    const queued = (await read((id) => groups.get(id))).cards.map((c) => c.itemId);
    // The log alone still names the old group: that is why the item's group now is asked.
    const byLogOnly = (await read()).cards.map((c) => c.itemId);
    expect(byLogOnly).toContain(other);
    expect(queued).toEqual(byLogOnly.filter((id) => id !== other));
  });
});
