import type { ArticleBank, Item } from '$lib/domain/bank';
import { nextTask } from '$lib/idle';
import { allOrNothing, queued, write, type DarsDatabase, type Store } from './db';

/**
 * The banks' items in IndexedDB (`items`), so that the study queue reads only the items of the
 * cards it shows: a course's items are written once per bank version, with its bank's shell (the
 * bank without the items: meta, paragraphs, topics) in `meta` `bankShell:<course>`, which names
 * the version they came from. A shell of another version than the course's bank means that
 * course's items are not to be read: the whole bank is read instead, and written here again.
 */
export type BankShell = Omit<ArticleBank, 'items'>;

export const shellKey = (course: string): string => `bankShell:${course}`;
const allShells = () => IDBKeyRange.bound('bankShell:', 'bankShell:\uffff');

/** The calls that writing or dropping a course's items makes on a transaction's stores. */
export interface ItemStores {
  items: {
    put(item: Item): Promise<unknown>;
    delete(id: string): Promise<unknown>;
    index(name: 'byCourse'): { getAllKeys(course: string): Promise<string[]> };
  };
  meta: {
    put(value: unknown, key: string): Promise<unknown>;
    delete(key: string): Promise<unknown>;
  };
}

/** Replaces a course's items and shell with `bank`'s, in the caller's transaction. */
export async function putBankItems(stores: ItemStores, bank: ArticleBank): Promise<void> {
  await dropCourseItems(stores, bank.slug);
  for (const item of bank.items) queued(stores.items.put(item));
  putShell(stores, bank);
}

/** Writes a bank's shell, which says its items are stored, in the caller's transaction. */
function putShell(stores: ItemStores, bank: ArticleBank): void {
  queued(stores.meta.put(shellOf(bank), shellKey(bank.slug)));
}

function shellOf(bank: ArticleBank): BankShell {
  const { items, ...shell } = bank;
  void items;
  return shell;
}

/** Deletes a course's items and shell, in the caller's transaction. */
export async function dropCourseItems(stores: ItemStores, course: string): Promise<void> {
  for (const id of await stores.items.index('byCourse').getAllKeys(course)) {
    queued(stores.items.delete(id));
  }
  queued(stores.meta.delete(shellKey(course)));
}

/** The items of one database, read by id or by course, and written per bank. */
export class BankItems {
  constructor(readonly db: DarsDatabase) {}

  /** The shell of every course whose items are stored, by course id. */
  async shells(): Promise<Map<string, BankShell>> {
    const shells = (await this.db.getAll('meta', allShells())) as BankShell[];
    return new Map(shells.map((shell) => [shell.slug, shell]));
  }

  /** The stored items among `ids`, in one read transaction (ids not stored are left out). */
  async items(ids: readonly string[]): Promise<Item[]> {
    const store = this.db.transaction('items').store;
    const found = await Promise.all(ids.map((id) => store.get(id)));
    return found.filter((item): item is Item => item !== undefined);
  }

  /** The ids of a course's stored items (keys only). */
  courseItemIds(course: string): Promise<string[]> {
    return this.db.getAllKeysFromIndex('items', 'byCourse', course);
  }

  /**
   * Stores each bank's items and shell in place of what its course had, and drops the courses
   * `gone`. In steps, each its own transaction and task: first what goes (the courses gone, and
   * the items and shell of each course rewritten), then the items, {@link STEP_MS} of writing at
   * a time, then the shell. A course's items are read only under a shell of their version, so a store cut short
   * (the tab closed) leaves no course half read: its bank is read whole and stored again next time.
   */
  async store(banks: readonly ArticleBank[], gone: readonly string[] = []): Promise<void> {
    if (banks.length === 0 && gone.length === 0) return;
    await this.#step(async (stores) => {
      for (const course of [...gone, ...banks.map((b) => b.slug)]) {
        await dropCourseItems(stores, course);
      }
    });
    for (const bank of banks) {
      let next = 0;
      while (next < bank.items.length) {
        await nextTask();
        await this.#step(async (stores) => {
          // A put copies its item at once: the step ends once that has taken STEP_MS.
          const start = performance.now();
          do queued(stores.items.put(bank.items[next++]!));
          while (next < bank.items.length && performance.now() - start < STEP_MS);
        });
      }
      await this.#step(async (stores) => putShell(stores, bank));
    }
  }

  /** One write transaction on the items and the shells, all or nothing. */
  #step(run: (stores: ItemStores) => Promise<void>): Promise<void> {
    return write(() => {
      const tx = this.db.transaction(['items', 'meta'], 'readwrite');
      const stores = { items: tx.objectStore('items'), meta: tx.objectStore('meta') };
      return allOrNothing(tx, () => run(stores));
    });
  }
}

/**
 * How long one step of storing a bank may copy items before the browser gets the thread back: 200
 * items in one transaction were a task of 120 ms under a phone's 4× slower CPU on a first visit
 * (Lighthouse's total blocking time counts every task over 50 ms), and a bank of 50,000 items
 * must not take thousands of steps.
 */
const STEP_MS = 8;

const cache = new WeakMap<Store, BankItems>();

/** The stored items of the database a `Store` has open. */
export function itemsOf(store: Store): BankItems {
  let items = cache.get(store);
  if (!items) {
    items = new BankItems(store.db);
    cache.set(store, items);
  }
  return items;
}
