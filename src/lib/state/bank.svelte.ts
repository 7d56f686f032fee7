import type { ArticleBank, BankIndex, Item, Lang } from '$lib/domain/bank';
import type { DeviceCourse } from '$lib/domain/course';
import { app } from './app.svelte';

/**
 * The courses' question banks, loaded on first use (they are not part of the first page's code):
 * the built-in ones from the static JSON that the service worker precaches, the ones made on the
 * device from IndexedDB; each validated before the app trusts it. `load()` reads every course (for
 * the screens that work over all of them); `loadCourse(id)` reads only the one a screen shows.
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

  /** Every item of every course, in course order. */
  get items(): Item[] {
    return this.courses.flatMap((a) => a.items);
  }

  item(id: string): Item | undefined {
    return this.#items.get(id);
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
    return this.#byId.get(item.article)?.topics.find((x) => x.id === item.topic);
  }

  /** A paragraph (p-1 … p-N) of a course. */
  paragraph(course: string, id: string): ArticleBank['paragraphs'][number] | undefined {
    return this.#byId.get(course)?.paragraphs.find((p) => p.id === id);
  }

  /** A version that changes whenever any course is added, removed or changed. */
  get version(): string {
    return this.courses.map((a) => a.bankVersion).join('+');
  }

  /** The ids of the built-in courses, in the index's order (reads only the index). */
  async builtInIds(): Promise<string[]> {
    return (await this.#readIndex()).articles.map((a) => a.slug);
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
   * One course, read and checked on its own unless it is loaded already; null when there is no
   * such course (or it cannot be read).
   */
  async loadCourse(id: string): Promise<ArticleBank | null> {
    const known = this.#byId.get(id);
    if (known) return known;
    try {
      const { parseArticleBank } = await import('$lib/domain/bank');
      const index = await this.#readIndex();
      const entry = index.articles.find((a) => a.slug === id);
      const json = entry ? await fetchJson(`/bank/${entry.file}`) : (await deviceCourse(id))?.bank;
      if (json === undefined) return null;
      const course = parseArticleBank(json);
      this.#byId.set(id, course);
      this.#loaded++;
      return course;
    } catch {
      return null;
    }
  }

  /** Forgets what was loaded, so the next `load()` reads the courses again (one saved or deleted). */
  reset(): void {
    this.#loading = null;
    this.#byId = new Map();
    this.#items = new Map();
    this.courses = [];
    this.status = 'idle';
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
      index.articles.map(async (a) => checks.check(a.slug, await fetchJson(`/bank/${a.file}`)))
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
 * bank of that version is trusted as it is read. The schema's code loads only when a bank needs it.
 */
async function bankChecks() {
  const stored = await app.store?.meta(BANKS_CHECKED).catch(() => undefined);
  const checked: Record<string, string> =
    stored && typeof stored === 'object' ? { ...(stored as Record<string, string>) } : {};
  let changed = false;
  return {
    async check(id: string, json: unknown): Promise<ArticleBank> {
      const version = (json as { bankVersion?: unknown } | null)?.bankVersion;
      if (typeof version === 'string' && checked[id] === version) return json as ArticleBank;
      const { parseArticleBank } = await import('$lib/domain/bank');
      const bank = parseArticleBank(json);
      checked[id] = bank.bankVersion;
      changed = true;
      return bank;
    },
    /** Remembers what was checked; a refused write only means checking again next time. */
    async save(): Promise<void> {
      if (changed) await app.store?.setMeta(BANKS_CHECKED, checked).catch(() => {});
    }
  };
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
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}

export const bank = new BankState();
