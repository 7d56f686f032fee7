// Asserts the banks' items in storage (fake-indexeddb): the version 11 migration (an empty
// `items` store beside the data of version 10), the items and shell of each course written per
// bank version and read by id or by course, and a course made on the device whose items come and
// go with it (saved, saved again at a new version, deleted).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { newCard } from '$lib/domain/cards';
import { scopeCourse, type DeviceCourse } from '$lib/domain/course';
import { testBank } from '$lib/domain/fixtures/banks';
import type { ArticleBank } from '$lib/domain/bank';
import { DB_VERSION, openDatabase, Store } from './db';
import { itemsOf, shellKey } from './items';
import { recordsOf } from './records';

let n = 0;
const fresh = () => `items-test-${++n}`;
const opened: { close(): void }[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const T0 = Date.UTC(2026, 11, 2, 9);

async function open(name = fresh()) {
  const db = await openDatabase({}, DB_VERSION, name);
  opened.push(db);
  const store = new Store(db);
  return { db, store, items: itemsOf(store), records: recordsOf(store) };
}

/** A bank of another version: the first item dropped, one added, the second one reworded. */
function nextVersion(bank: ArticleBank): ArticleBank {
  const [, second, ...rest] = bank.items;
  const added = { ...second!, id: `${second!.id}-new`, sibling: `${second!.sibling}-new` };
  return {
    ...bank,
    bankVersion: `${bank.bankVersion}-2`,
    items: [{ ...second!, explanation: { ar: 'شرح جديد' } }, ...rest, added]
  };
}

const course = (id: string, bank = scopeCourse(testBank('draft', 3), id)): DeviceCourse => ({
  id,
  createdAt: T0,
  text: `نص ${id}`,
  bank
});

describe('migration to version 11', () => {
  it('adds an empty items store, indexed by course, and keeps the data of version 10', async () => {
    const name = fresh();
    const v10 = await openDatabase({}, 10, name);
    await v10.put('cards', newCard('default', 'c-i-1', 0, 's-1', T0));
    await v10.put('meta', 'v-old', 'cardsSynced:default');
    v10.close();

    const { db, items } = await open(name);
    expect(db.version).toBeGreaterThanOrEqual(11);
    expect([...db.transaction('items').store.indexNames]).toEqual(['byCourse']);
    expect(await db.count('items')).toBe(0);
    expect((await items.shells()).size).toBe(0);
    expect(await db.get('cards', ['default', 'c-i-1'])).toMatchObject({ itemId: 'c-i-1' });
    expect(await db.get('meta', 'cardsSynced:default')).toBe('v-old');
  });
});

describe('migration to version 13', () => {
  it('drops the cards’ phase index and keeps the cards, their queue indexes and the rest', async () => {
    const name = fresh();
    const v12 = await openDatabase({}, 12, name);
    expect([...v12.transaction('cards').store.indexNames]).toContain('byPhase');
    const card = newCard('default', 'c-i-1', 0, 's-1', T0);
    await v12.put('cards', card);
    await v12.put('meta', 'v-old', 'cardsSynced:default');
    v12.close();

    const { db, records } = await open(name);
    expect(db.version).toBeGreaterThanOrEqual(13);
    expect([...db.transaction('cards').store.indexNames].sort()).toEqual([
      'byDue',
      'byLearning',
      'byNew'
    ]);
    expect(await db.get('cards', ['default', 'c-i-1'])).toEqual(card);
    expect(await db.getAllKeysFromIndex('cards', 'byNew')).toEqual([['default', 'c-i-1']]);
    expect(await records.cardPhases('default')).toEqual([{ itemId: 'c-i-1', phase: 'new' }]);
    expect(await db.get('meta', 'cardsSynced:default')).toBe('v-old');
  });

  it('makes no phase index on a database made at version 13', async () => {
    const { db } = await open(fresh());
    expect([...db.transaction('cards').store.indexNames]).not.toContain('byPhase');
  });
});

describe('the items of each bank version', () => {
  it('stores each course’s items and shell, and reads items by id and ids by course', async () => {
    const { items } = await open();
    const a = testBank('alpha', 3, 'a-');
    const b = testBank('beta', 2, 'b-');
    await items.store([a, b]);

    const shells = await items.shells();
    expect([...shells.keys()].sort()).toEqual(['alpha', 'beta']);
    // The bank without its items (toEqual takes a property set to undefined as absent).
    expect(shells.get('alpha')).toEqual({ ...a, items: undefined });
    expect(shells.get('alpha')).not.toHaveProperty('items');
    expect(await items.items(['b-i-2', 'a-i-1', 'nowhere'])).toEqual([b.items[1], a.items[0]]);
    expect((await items.courseItemIds('alpha')).sort()).toEqual(['a-i-1', 'a-i-2', 'a-i-3']);
  });

  it('replaces a course’s items with a new version’s, and drops a course that is gone', async () => {
    const { items } = await open();
    const a = testBank('alpha', 3, 'a-');
    const b = testBank('beta', 2, 'b-');
    await items.store([a, b]);
    const a2 = nextVersion(a);
    await items.store([a2], ['beta']);

    const shells = await items.shells();
    expect([...shells.keys()]).toEqual(['alpha']);
    expect(shells.get('alpha')?.bankVersion).toBe('v-alpha-2');
    expect((await items.courseItemIds('alpha')).sort()).toEqual(['a-i-2', 'a-i-2-new', 'a-i-3']);
    expect(await items.items(['a-i-1', 'a-i-2', 'b-i-1'])).toEqual([a2.items[0]]);
    expect(await items.courseItemIds('beta')).toEqual([]);
  });
});

describe('a bank stored in steps', () => {
  it('stores a bank of many batches whole, its shell last', async () => {
    const { items } = await open();
    const big = testBank('big', 130, 'g-');
    await items.store([big]);
    expect((await items.courseItemIds('big')).length).toBe(130);
    expect((await items.shells()).get('big')?.bankVersion).toBe('v-big');
  });

  it('leaves no shell when a step fails, so the course is not read as stored', async () => {
    const { items } = await open();
    await items.store([testBank('big', 130, 'g-')]);
    const next = nextVersion(testBank('big', 130, 'g-'));
    // An item without its key is refused by the store, in the second batch.
    const broken = {
      ...next,
      items: next.items.map((it, i) => (i === 70 ? { ...it, id: undefined } : it))
    };
    await expect(items.store([broken as unknown as typeof next])).rejects.toThrow();
    expect((await items.shells()).has('big')).toBe(false);
    // The next store puts the course back whole.
    await items.store([next]);
    expect((await items.shells()).get('big')?.bankVersion).toBe(next.bankVersion);
    expect((await items.courseItemIds('big')).length).toBe(next.items.length);
  });
});

describe('a course made on the device', () => {
  it('brings its items when saved, replaces them when saved again, and takes them when deleted', async () => {
    const { db, items, records } = await open();
    await items.store([testBank('built-in', 2, 'x-')]);
    const first = course('my-notes');
    await records.saveCourse(first);
    expect((await items.shells()).get('my-notes')?.bankVersion).toBe(first.bank.bankVersion);
    expect(await items.items(first.bank.items.map((i) => i.id))).toEqual(first.bank.items);

    const second = course('my-notes', nextVersion(first.bank));
    await records.saveCourse(second);
    expect((await items.shells()).get('my-notes')?.bankVersion).toBe(second.bank.bankVersion);
    expect((await items.courseItemIds('my-notes')).sort()).toEqual(
      second.bank.items.map((i) => i.id).sort()
    );

    await records.deleteCourse('my-notes');
    expect(await items.courseItemIds('my-notes')).toEqual([]);
    expect(await db.get('meta', shellKey('my-notes'))).toBeUndefined();
    // The built-in course's items stay.
    expect((await items.courseItemIds('built-in')).sort()).toEqual(['x-i-1', 'x-i-2']);
    expect([...(await items.shells()).keys()]).toEqual(['built-in']);
  });

  it('stores none of its items when the course is refused', async () => {
    const { db, records } = await open();
    const unscoped = { ...course('bad'), bank: { ...testBank('bad', 2), slug: 'bad' } };
    await expect(records.saveCourse(unscoped)).rejects.toThrow();
    expect(await db.count('items')).toBe(0);
    expect(await db.get('meta', shellKey('bad'))).toBeUndefined();
  });
});
