// Asserts the start without a bank (fake-indexeddb, `fetch` answering from a made-up build):
// after `bank.load()` the items are stored, and a later visit's `deck.queue` reads only its cards'
// items without reading a bank; a new bank version is read whole again, and its items replace
// the old ones. And what a screen waits for: `deck.prepare` reads the courses and the profile's
// settings and makes no card; `deck.sync` makes them; `deck.loadSettings` reads the settings alone.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCHEMA_VERSION, type ArticleBank } from '$lib/domain/bank';
import { parseProfileSettings } from '$lib/domain/settings-schema';
import { testBank } from '$lib/domain/fixtures/banks';
import { DB_VERSION, DEFAULT_PROFILE_ID, openDatabase, Store } from '$lib/storage/db';
import { itemsOf } from '$lib/storage/items';
import { recordsOf } from '$lib/storage/records';
import { app } from './app.svelte';
import { bank } from './bank.svelte';
import { Deck } from './deck.svelte';

const T0 = Date.UTC(2026, 11, 2, 10);
let n = 0;
let store: Store;
let served: ArticleBank;
/** The URLs fetched since the test began. */
let fetched: string[] = [];

const index = (b: ArticleBank) => ({
  schemaVersion: SCHEMA_VERSION,
  bankVersion: b.bankVersion,
  articles: [
    {
      slug: b.slug,
      file: `${b.slug}.json`,
      title: b.meta.title,
      items: b.items.length,
      bankVersion: b.bankVersion
    }
  ]
});

beforeEach(async () => {
  const db = await openDatabase({}, DB_VERSION, `bank-test-${++n}`);
  store = new Store(db);
  vi.spyOn(app, 'store', 'get').mockReturnValue(store);
  served = testBank('alpha', 6, 'a-');
  fetched = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    const body = url.endsWith('index.json') ? index(served) : served;
    return new Response(JSON.stringify(body));
  });
  bank.reset();
});

afterEach(() => {
  store.close();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Waits for the items written after `bank.load()` (when the page is idle; here, at once). */
async function itemsStored(version: string): Promise<void> {
  await vi.waitFor(async () => {
    expect((await itemsOf(store).shells()).get('alpha')?.bankVersion).toBe(version);
  });
}

describe('a start without a bank', () => {
  it('reads only the queue’s items once they are stored for the bank version', async () => {
    // The first visit reads the bank, makes the cards and stores the items.
    expect(await bank.storedVersion()).toBeNull();
    const first = await new Deck(() => T0).queue(T0, () => 0.5);
    expect(first?.cards).toHaveLength(6);
    await itemsStored('v-alpha');

    // The next visit: the bank is not fetched, and the queue's items are there all the same.
    bank.reset();
    fetched = [];
    const deck = new Deck(() => T0);
    const queue = await deck.queue(T0, () => 0.5);
    expect(fetched).toEqual(['/bank/index.json']);
    expect(bank.status).toBe('idle');
    expect(queue?.cards.map((c) => c.itemId).sort()).toEqual(served.items.map((i) => i.id).sort());
    for (const card of queue!.cards) {
      expect(bank.item(card.itemId)).toEqual(served.items.find((i) => i.id === card.itemId));
    }
    const item = bank.item('a-i-1')!;
    expect(bank.topicOf(item)?.en).toBe('General');
    expect(bank.paragraph('alpha', 'p-1')?.ar).toBe(served.paragraphs[0]!.ar);
    // Narrowed to the course, from the stored items' course index.
    expect((await deck.queue(T0, () => 0.5, 'alpha'))?.cards).toHaveLength(6);
    expect((await deck.queue(T0, () => 0.5, 'beta'))?.cards).toHaveLength(0);
    expect(fetched).toEqual(['/bank/index.json']);
  });

  it('reads a new bank version whole, and stores its items in place of the old', async () => {
    await new Deck(() => T0).queue(T0, () => 0.5);
    await itemsStored('v-alpha');

    const [dropped, ...kept] = served.items;
    const added = { ...kept[0]!, id: 'a-new', sibling: 'a-new' };
    served = { ...served, bankVersion: 'v-alpha-2', items: [...kept, added] };
    bank.reset();
    fetched = [];
    const queue = await new Deck(() => T0).queue(T0, () => 0.5);
    expect(fetched).toEqual(['/bank/index.json', '/bank/alpha.json']);
    expect(bank.status).toBe('ready');
    expect(queue?.cards.map((c) => c.itemId)).toContain('a-new');
    await itemsStored('v-alpha-2');
    expect(await itemsOf(store).items([dropped!.id, 'a-new'])).toEqual([added]);

    bank.reset();
    expect(await bank.storedVersion()).toBe('v-alpha-2');
    expect(await store.meta(`cardsSynced:${DEFAULT_PROFILE_ID}`)).toBe('v-alpha-2');
  });

  it('refuses a new bank version that fails the checks, and keeps what was stored', async () => {
    await new Deck(() => T0).queue(T0, () => 0.5);
    await itemsStored('v-alpha');

    // An item of a kind the app does not know.
    const broken = { ...served.items[0]!, type: 'essay' } as unknown as ArticleBank['items'][0];
    served = { ...served, bankVersion: 'v-alpha-2', items: [broken, ...served.items.slice(1)] };
    bank.reset();
    await bank.load();
    expect(bank.status).toBe('error');
    expect(bank.error).toMatch(/Invalid article bank/);
    expect(bank.courses).toEqual([]);
    expect(await bank.loadCourse('alpha')).toBeNull();
    // The items stored stay those of the version that passed.
    expect((await itemsOf(store).shells()).get('alpha')?.bankVersion).toBe('v-alpha');
    expect(await store.meta('banksChecked')).toEqual({ alpha: 'v-alpha' });
  });
});

describe('what a screen waits for', () => {
  it('prepare reads the courses and the settings and makes no card; sync makes them', async () => {
    const defaults = parseProfileSettings(undefined);
    await store.saveProfileSettings(DEFAULT_PROFILE_ID, { ...defaults, quizFeeds: false }, T0);
    const deck = new Deck(() => T0);
    expect(await deck.prepare()).not.toBeNull();
    expect(bank.status).toBe('ready');
    expect(deck.quizFeeds).toBe(false);
    expect(await recordsOf(store).cards(DEFAULT_PROFILE_ID)).toEqual([]);
    await deck.sync();
    expect(await recordsOf(store).cards(DEFAULT_PROFILE_ID)).toHaveLength(6);
  });

  it('loadSettings reads the settings alone: no bank fetched, no card made', async () => {
    const defaults = parseProfileSettings(undefined);
    await store.saveProfileSettings(DEFAULT_PROFILE_ID, { ...defaults, quizFeeds: false }, T0);
    const deck = new Deck(() => T0);
    await deck.loadSettings();
    expect(deck.quizFeeds).toBe(false);
    expect(fetched).toEqual([]);
    expect(bank.status).toBe('idle');
    expect(await recordsOf(store).cards(DEFAULT_PROFILE_ID)).toEqual([]);
  });
});
