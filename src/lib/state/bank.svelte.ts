import type { ArticleBank, BankIndex, Item, Lang } from '$lib/domain/bank';
import type { DeviceCourse } from '$lib/domain/course';
import type { BankShell } from '$lib/storage/items';
import { whenIdle } from '$lib/idle';
import { checkBankText } from './bank-check';
import { app } from './app.svelte';
import { fetchText } from './bank-fetch';

/**
 * The courses' question banks, loaded on first use (they are not part of the first page's code):
 * the built-in ones from the static JSON that the service worker precaches, the ones made on the
 * device from IndexedDB; each validated before the app trusts it. `load()` reads every course (for
 * the screens that work over all of them); `loadCourse(id)` reads only the one a screen shows.
 * Each course's items are also kept one by one in IndexedDB (`storage/items.ts`), written once per
 * bank version: `storedVersion()` and `loadItems(ids)` let the study queue start without reading
 * any bank.
 */
class BankState {
  /** Every course once `load()` is done: the built-in ones first, then those made here by date. */
  courses = $state.raw<ArticleBank[]>([]);
  status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
  error = $state<string | null>(null);
  #items = new Map<string, Item>();
  #byId = new Map<string, ArticleBank>();
  /** Bumped whenever a course is loaded, so that what reads `course()` updates. */
  #loaded = $state(0);
  #builtInIds = new Set<string>();
  #index: Promise<BankIndex> | null = null;
  #loading: Promise<void> | null = null;
  /** The courses `loadCourse` is reading, by id. */
  #pending = new Map<string, Promise<ArticleBank | null>>();
  /** Items read one by one from IndexedDB (`loadItems`), while the banks are not loaded. */
  #stored = new Map<string, Item>();
  /** The stored courses' shells (their banks without the items), once `storedVersion()` read them. */
  #shells = new Map<string, BankShell>();
  #storedVersion: Promise<string | null> | null = null;

  /** Every item of every course, in course order. */
  get items(): Item[] {
    return this.courses.flatMap((a) => a.items);
  }

  /** An item of a loaded bank, or one read by `loadItems`. */
  item(id: string): Item | undefined {
    return this.#items.get(id) ?? this.#stored.get(id);
  }

  /** A course already loaded (by `load` or `loadCourse`). */
  course(id: string): ArticleBank | undefined {
    void this.#loaded;
    return this.#byId.get(id);
  }

  /** The built-in courses, which every device has: class quizzes draw from these. */
  get builtIn(): ArticleBank[] {
    return this.courses.filter((c) => this.#builtInIds.has(c.slug));
  }

  /** A topic's name in the language asked for, or its id when no course knows it. */
  topicName(id: string, lang: Lang): string {
    const topic = this.courses.flatMap((a) => a.topics).find((x) => x.id === id);
    return topic ? topic[lang] : id;
  }

  /** An item's topic, from its own course. */
  topicOf(item: Item): ArticleBank['topics'][number] | undefined {
    return this.#shell(item.article)?.topics.find((x) => x.id === item.topic);
  }

  /** A paragraph (p-1 … p-N) of a course. */
  paragraph(course: string, id: string): ArticleBank['paragraphs'][number] | undefined {
    return this.#shell(course)?.paragraphs.find((p) => p.id === id);
  }

  #shell(course: string): BankShell | undefined {
    return this.#byId.get(course) ?? this.#shells.get(course);
  }

  /** A version that changes whenever any course is added, removed or changed. */
  get version(): string {
    return this.courses.map((a) => a.bankVersion).join('+');
  }

  /** The ids of the built-in courses, in the index's order (reads only the index). */
  async builtInIds(): Promise<string[]> {
    return (await this.#readIndex()).articles.map((a) => a.slug);
  }

  /**
   * What `version` will be once the banks are loaded, read without any bank (the index and the
   * list of courses made here), when every course's items are stored at the version its bank now
   * has; otherwise null, and the banks must be read (`load`), which stores them for next time.
   */
  storedVersion(): Promise<string | null> {
    this.#storedVersion ??= this.#readStoredVersion().catch(() => null);
    return this.#storedVersion;
  }

  /**
   * Reads the stored items among `ids` that no loaded bank has, so that `item(id)` answers for
   * them (only after `storedVersion()` found the items current).
   */
  async loadItems(ids: readonly string[]): Promise<void> {
    const missing = ids.filter((id) => !this.item(id));
    const store = app.store;
    if (missing.length === 0 || !store || (await this.storedVersion()) === null) return;
    const { itemsOf } = await import('$lib/storage/items');
    for (const item of await itemsOf(store).items(missing)) {
      if (this.#shells.has(item.article)) this.#stored.set(item.id, item);
    }
  }

  /** Which item ids are `course`'s: from its bank when loaded, else from the stored items. */
  async courseFilter(course: string): Promise<(itemId: string) => boolean> {
    const store = app.store;
    if (this.status === 'ready' || !store || (await this.storedVersion()) === null) {
      await this.load();
      return (id) => this.item(id)?.article === course;
    }
    const { itemsOf } = await import('$lib/storage/items');
    const ids = new Set(await itemsOf(store).courseItemIds(course));
    return (id) => ids.has(id);
  }

  /**
   * Each built-in course's bank without its items, with its number of items, in the index's
   * order: from the stored shell where it is of the index's version (no bank is read), else from
   * the course's bank (`loadCourse`).
   */
  async builtInShells(): Promise<{ shell: BankShell; items: number }[]> {
    const index = await this.#readIndex();
    const store = app.store;
    const stored = store
      ? await import('$lib/storage/items')
          .then(({ itemsOf }) => itemsOf(store).shells())
          .catch(() => new Map<string, BankShell>())
      : new Map<string, BankShell>();
    const found = await Promise.all(
      index.articles.map(async (a) => {
        const shell = stored.get(a.slug);
        if (shell?.bankVersion === a.bankVersion) return { shell, items: a.items };
        const course = await this.loadCourse(a.slug);
        return course && { shell: course, items: course.items.length };
      })
    );
    return found.filter((x) => x !== null);
  }

  /** Every course: the built-in ones and those made on the device. */
  load(): Promise<void> {
    this.#loading ??= this.#load().catch((e: unknown) => {
      this.status = 'error';
      this.error = e instanceof Error ? e.message : String(e);
      this.#loading = null;
    });
    return this.#loading;
  }

  /**
   * One course, read on its own unless it is loaded already, and checked unless its version was
   * checked here before (as `load` does); null when there is no such course (or it cannot be read).
   */
  async loadCourse(id: string): Promise<ArticleBank | null> {
    // A course being read already (by `load` or another call) is not read and checked twice.
    if (this.#loading) await this.#loading;
    const known = this.#byId.get(id);
    if (known) return known;
    let pending = this.#pending.get(id);
    if (!pending) {
      pending = this.#readCourse(id).finally(() => this.#pending.delete(id));
      this.#pending.set(id, pending);
    }
    return pending;
  }

  async #readCourse(id: string): Promise<ArticleBank | null> {
    try {
      const [index, checks] = await Promise.all([this.#readIndex(), bankChecks()]);
      const entry = index.articles.find((a) => a.slug === id);
      const course = entry
        ? await checks.checkText(id, await fetchText(`/bank/${entry.file}`))
        : await deviceCourse(id).then((c) => c && checks.check(id, c.bank));
      if (!course) return null;
      void checks.save();
      this.#byId.set(id, course);
      this.#loaded++;
      return course;
    } catch {
      return null;
    }
  }

  /** Forgets what was loaded (the index too), so the next `load()` reads the courses again. */
  reset(): void {
    this.#loading = null;
    this.#index = null;
    this.#byId = new Map();
    this.#items = new Map();
    this.#stored = new Map();
    this.#shells = new Map();
    this.#storedVersion = null;
    this.courses = [];
    this.status = 'idle';
  }

  async #readStoredVersion(): Promise<string | null> {
    const store = app.store;
    const r = await records();
    if (!store || !r) return null;
    const { itemsOf } = await import('$lib/storage/items');
    const [index, made, shells] = await Promise.all([
      this.#readIndex(),
      r.courses(),
      itemsOf(store).shells()
    ]);
    // In `load()`'s order: the built-in courses, then those made here by date.
    const versions = [
      ...index.articles.map((a) => ({ id: a.slug, version: a.bankVersion })),
      ...made.map((c) => ({ id: c.id, version: c.bankVersion }))
    ];
    if (!versions.every((c) => shells.get(c.id)?.bankVersion === c.version)) return null;
    this.#shells = new Map(versions.map((c) => [c.id, shells.get(c.id)!]));
    return versions.map((c) => c.version).join('+');
  }

  #readIndex(): Promise<BankIndex> {
    this.#index ??= (async () => {
      const { parseBankIndex } = await import('$lib/domain/bank');
      return parseBankIndex(await fetchJson('/bank/index.json'));
    })().catch((e: unknown) => {
      // Read again next time: the network or the cache may be back.
      this.#index = null;
      throw e;
    });
    return this.#index;
  }

  async #load(): Promise<void> {
    this.status = 'loading';
    const index = await this.#readIndex();
    const checks = await bankChecks();
    const builtIn = await Promise.all(
      index.articles.map(async (a) => checks.checkText(a.slug, await fetchText(`/bank/${a.file}`)))
    );
    const made: ArticleBank[] = [];
    for (const c of await deviceCourses()) {
      // A course that no longer passes the checks is left out, not the whole bank.
      try {
        made.push(await checks.check(c.id, c.bank));
      } catch {
        continue;
      }
    }
    await checks.save();
    const courses = [...builtIn, ...made];
    this.#builtInIds = new Set(builtIn.map((c) => c.slug));
    this.#byId = new Map(courses.map((c) => [c.slug, c]));
    this.#items = new Map(courses.flatMap((a) => a.items.map((item) => [item.id, item])));
    this.courses = courses;
    this.#loaded++;
    this.status = 'ready';
    afterStart(() => void storeItems(courses).catch(() => {}));
  }
}

async function records() {
  if (!app.store) return null;
  const { recordsOf } = await import('$lib/storage/records');
  return recordsOf(app.store);
}

/** The `meta` key of the bank version of each course checked on this device, by course id. */
const BANKS_CHECKED = 'banksChecked';

/**
 * Each course's bank is checked against the schema once per version on this device, not on every
 * visit (at 50,000 items that took seconds): the version checked is remembered in `meta`, and a
 * bank of that version is trusted as it is read. The schema's code loads only when a bank needs it;
 * a built-in bank is checked in a worker (`bank-check.ts`).
 */
async function bankChecks() {
  const stored = await app.store?.meta(BANKS_CHECKED).catch(() => undefined);
  const checked: Record<string, string> =
    stored && typeof stored === 'object' ? { ...(stored as Record<string, string>) } : {};
  let changed = false;
  const trusted = (id: string, json: unknown): json is ArticleBank => {
    const version = (json as { bankVersion?: unknown } | null)?.bankVersion;
    return typeof version === 'string' && checked[id] === version;
  };
  const remember = (id: string, bank: ArticleBank) => {
    checked[id] = bank.bankVersion;
    changed = true;
  };
  return {
    async check(id: string, json: unknown): Promise<ArticleBank> {
      if (trusted(id, json)) return json;
      const { parseArticleBank } = await import('$lib/domain/bank');
      const bank = parseArticleBank(json);
      remember(id, bank);
      return bank;
    },
    /** A bank read as text (a built-in one): parsed here, checked in a worker. */
    async checkText(id: string, text: string): Promise<ArticleBank> {
      const json: unknown = JSON.parse(text);
      if (trusted(id, json)) return json;
      await checkBankText(text);
      remember(id, json as ArticleBank);
      return json as ArticleBank;
    },
    /** Remembers what was checked; a refused write only means checking again next time. */
    async save(): Promise<void> {
      if (changed) await app.store?.setMeta(BANKS_CHECKED, checked).catch(() => {});
    }
  };
}

/**
 * Writes the items of each course whose stored items are not of its bank's version, and drops
 * those of courses no longer here (a refused write only means the banks are read next time too).
 */
async function storeItems(courses: readonly ArticleBank[]): Promise<void> {
  const store = app.store;
  if (!store) return;
  const { itemsOf } = await import('$lib/storage/items');
  const items = itemsOf(store);
  const shells = await items.shells();
  const here = new Set(courses.map((c) => c.slug));
  await items.store(
    courses.filter((c) => shells.get(c.slug)?.bankVersion !== c.bankVersion),
    [...shells.keys()].filter((id) => !here.has(id))
  );
}

/** Work that waits until the page is idle (at once where there is no page: unit tests). */
function afterStart(work: () => void): void {
  if (typeof window === 'undefined') work();
  else whenIdle(work);
}

async function deviceCourses(): Promise<DeviceCourse[]> {
  const r = await records();
  const all = r ? await r.courseContents() : [];
  return all.sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

async function deviceCourse(id: string): Promise<DeviceCourse | undefined> {
  return (await records())?.course(id);
}

async function fetchJson(url: string): Promise<unknown> {
  return JSON.parse(await fetchText(url));
}

export const bank = new BankState();
