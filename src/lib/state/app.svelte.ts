import { whenIdle } from '$lib/idle';
import { DEFAULT_DEVICE_SETTINGS, TEXT_SCALE, type DeviceSettings } from '$lib/domain/settings';
import { i18n } from '$lib/i18n/i18n.svelte';
import { LOCALES, isLang, pickLanguage } from '$lib/i18n/locales';
import {
  DEFAULT_PROFILE_ID,
  openDatabase,
  Store,
  toStorageError,
  type DarsDatabase,
  type Profile,
  type StorageError
} from '$lib/storage/db';

export type DbStatus = 'opening' | 'ready' | 'blocked' | 'stale' | 'unavailable';

/**
 * The app's shared state: the database's status, the device settings, and whether a study
 * session or quiz is running (updates wait for it). One instance, exported as `app`.
 */
class AppState {
  settings = $state<DeviceSettings>({ ...DEFAULT_DEVICE_SETTINGS });
  dbStatus = $state<DbStatus>('opening');
  /** Whose cards, reviews and quizzes are shown. */
  profileId = $state(DEFAULT_PROFILE_ID);
  profiles = $state.raw<Profile[]>([]);
  online = $state(true);
  /**
   * Whether the active profile has studied anything yet (read when the app starts and when the
   * profile changes, set when it grades): Today keeps room for its advice to read first.
   */
  studied = $state<boolean | null>(null);
  /** A header control's write the disk refused (the status banner says so), else null. */
  saveError = $state<StorageError | null>(null);
  #sessions = $state(0);
  #store: Store | null = null;
  #booting: Promise<void> | null = null;
  /** The query last applied: a navigation that keeps it has nothing to apply again. */
  #appliedQuery: string | null = null;
  #queryLang: string | null = null;

  /** Why the database cannot be used (the status banner says so), or null. */
  get dbProblem(): 'blocked' | 'stale' | 'unavailable' | null {
    const s = this.dbStatus;
    return s === 'blocked' || s === 'stale' || s === 'unavailable' ? s : null;
  }

  /** True while a study session or a quiz is in progress. */
  get sessionActive(): boolean {
    return this.#sessions > 0;
  }

  /** Marks a session as running until the returned function is called. */
  beginSession(): () => void {
    this.#sessions++;
    let ended = false;
    return () => {
      if (!ended) this.#sessions--;
      ended = true;
    };
  }

  get store(): Store | null {
    return this.#store;
  }

  boot(query: URLSearchParams): Promise<void> {
    this.#booting ??= this.#boot();
    return this.#booting.then(() => {
      const key = query.toString();
      if (key === this.#appliedQuery) return;
      this.#appliedQuery = key;
      return this.applyQuery(query);
    });
  }

  async #boot(): Promise<void> {
    this.online = navigator.onLine;
    addEventListener('online', () => (this.online = true));
    addEventListener('offline', () => (this.online = false));

    let markBlocked = () => {};
    const blocked = new Promise<void>((resolve) => (markBlocked = resolve));
    const opening = openDatabase({
      onBlocked: () => {
        this.dbStatus = 'blocked';
        markBlocked();
      },
      onStale: () => {
        this.dbStatus = 'stale';
        this.#store = null;
      }
    }).then(
      async (db) => {
        const store = new Store(db);
        this.#store = store;
        // The reads at once: each is a round trip to the database before the first screen.
        [this.settings, [this.profileId, this.studied], this.profiles] = await Promise.all([
          store.deviceSettings(),
          store.activeProfileId().then(async (id) => [id, await store.hasStudied(id)] as const),
          store.profiles()
        ]);
        const wasBlocked = this.dbStatus === 'blocked';
        this.dbStatus = 'ready';
        // After a blocked start the page is already up: apply the settings now read.
        if (wasBlocked) await this.#applyLanguage(this.#queryLang);
      },
      () => {
        this.dbStatus = 'unavailable';
      }
    );
    // A blocked open waits for other tabs; the interface does not wait with it.
    // `boot` applies the language next, from the settings just read (or the defaults).
    await Promise.race([opening, blocked]);
  }

  /**
   * Asks the browser, once, to keep the site's data, when it is idle after the first screen (the
   * asking code is not part of the first screen's); the settings screen shows the answer.
   */
  askPersistenceWhenIdle(): void {
    if (this.#store && !this.settings.persistRequested) whenIdle(() => void this.#askPersistence());
  }

  /**
   * Cards and review logs a backup import left in blocks (just now, or the tab closed before they
   * were all spread) are spread when the browser is idle, the cards first; a read of the cards
   * meanwhile waits for them, a read of the log reads the blocks. Then the log's archive (its copy
   * in blocks, for an export) is brought up to date.
   */
  settleStoreWhenIdle(): void {
    const store = this.#store;
    if (store) whenIdle(() => void spreadBlocks(store.db));
  }

  async #askPersistence(): Promise<void> {
    const { requestPersistence } = await import('$lib/storage/device');
    await requestPersistence();
    await this.update({ persistRequested: true });
  }

  async applyQuery(query: URLSearchParams): Promise<void> {
    const lang = query.get('lang');
    this.#queryLang = lang;
    // `?lang=` is remembered as the stored choice; the page does not wait for the write.
    if (isLang(lang) && lang !== this.settings.lang) {
      await this.#set({ lang });
      void this.#save();
    } else await this.#applyLanguage(lang);
  }

  async #applyLanguage(query: string | null): Promise<void> {
    const lang = pickLanguage({
      query,
      stored: this.settings.lang,
      browser: navigator.languages ?? [navigator.language]
    });
    await i18n.use(lang, this.settings.digits);
    applyToDocument(this.settings, lang);
  }

  /** Makes another profile the active one: its cards, reviews and quizzes are what the app shows. */
  async switchProfile(id: string): Promise<void> {
    if (!this.#store || id === this.profileId) return;
    await this.#store.setActiveProfile(id);
    this.studied = await this.#store.hasStudied(id);
    this.profileId = id;
  }

  /** A header control's change: applied at once, a refused save reported in the status banner. */
  change(patch: Partial<DeviceSettings>): void {
    void this.update(patch).then((error) => (this.saveError = error));
  }

  /** The header's profile switch: a refused switch keeps the profile (`undo` shows it again) and says why. */
  pickProfile(id: string, undo: () => void): void {
    this.switchProfile(id).then(
      () => (this.saveError = null),
      (e: unknown) => {
        this.saveError = toStorageError(e);
        undo();
      }
    );
  }

  /** Reads the profile list again, after one was made, renamed or deleted. */
  async refreshProfiles(): Promise<void> {
    this.profiles = (await this.#store?.profiles()) ?? this.profiles;
  }

  /** Changes settings now and saves them; a failed save is reported, the change stays for this visit. */
  async update(patch: Partial<DeviceSettings>): Promise<StorageError | null> {
    await this.#set(patch);
    return this.#save();
  }

  /** Applies settings to this visit (the language and the document), without saving them. */
  async #set(patch: Partial<DeviceSettings>): Promise<void> {
    this.settings = { ...this.settings, ...patch };
    if (patch.lang) this.#queryLang = null;
    await this.#applyLanguage(this.#queryLang);
  }

  /** Saves the settings; a refused write is returned, not thrown. */
  async #save(): Promise<StorageError | null> {
    if (!this.#store) return null;
    try {
      await this.#store.saveDeviceSettings(this.settings);
      return null;
    } catch (e) {
      return toStorageError(e);
    }
  }
}

function applyToDocument(settings: DeviceSettings, lang: keyof typeof LOCALES): void {
  const html = document.documentElement;
  html.lang = lang;
  html.dir = LOCALES[lang].dir;
  html.dataset.theme = settings.theme;
  html.style.setProperty('--text-scale', String(TEXT_SCALE[settings.textSize]));
}

export const app = new AppState();

/**
 * Spreads the cards and logs an import left in blocks; a refused write leaves them for the next
 * start (or the next read of the cards).
 */
async function spreadBlocks(db: DarsDatabase): Promise<void> {
  try {
    const [cards, logs, archive] = await Promise.all([
      import('$lib/storage/card-blocks'),
      import('$lib/storage/log-blocks'),
      import('$lib/storage/log-archive')
    ]);
    await cards.spreadCards(db);
    if (await logs.hasBlocks(db)) await logs.unpackLogs(db);
    await archive.archiveLogs(db);
  } catch {
    // Closed, or the disk full: the blocks stay readable where they are.
  }
}
