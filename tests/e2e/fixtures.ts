import {
  test as base,
  expect,
  type BrowserContext,
  type BrowserContextOptions,
  type Locator,
  type Page
} from '@playwright/test';
import { CspGuard } from './csp-guard';
import { nav, pageHeading, againButton, prompt, showAnswerButton } from './locators';

/** Every screen of the app, as PRODUCT.md lists them. */
export const ROUTES = [
  '/',
  '/study',
  '/quiz',
  '/class',
  '/courses',
  '/courses/new',
  '/article',
  '/cards',
  '/stats',
  '/settings'
] as const;
export const LANGS = ['ar', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** Opens a route in a language and waits until the app has rendered its heading. */
export async function openRoute(page: Page, route: string, lang?: Lang): Promise<void> {
  await page.goto(lang ? `${route}?lang=${lang}` : route);
  await expect(pageHeading(page)).toBeVisible();
}

/** Waits until a service worker controls the page (the first visit's worker claims it). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, null, {
    timeout: 20_000
  });
}

/**
 * Every record of the named stores of the app's database, read on a connection of the test's own
 * (the app's connection is left alone).
 */
export async function readStores<S extends string>(
  page: Page,
  names: readonly S[]
): Promise<Record<S, unknown[]>> {
  const read = await page.evaluate(
    (names: string[]) =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const req = indexedDB.open('dars');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(names, 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => (out[name] = request.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [...names]
  );
  return read as Record<S, unknown[]>;
}

/**
 * On /study: shows the answer (Space), grades the card with a key (3 = Good) and waits until the
 * screen has moved on to another card, or to the session's end: the grade is then on disk.
 *
 * The prompt is read once the answer shows, not before: revealing a cloze writes its answer into
 * the blank, so the text read before Space changes at once, and waiting for that change returned
 * before the grade was stored. The next call's key then came while the write was in flight and
 * was ignored (one grade dropped): what failed the undo test after start-up's timing changed.
 */
export async function gradeShown(page: Page, key: '1' | '2' | '3' | '4' = '3'): Promise<void> {
  const shown = prompt(page);
  // A card not yet turned over: the last grade, if any, is stored and the next card is shown.
  await expect(showAnswerButton(page)).toBeVisible();
  await page.keyboard.press('Space');
  await expect(againButton(page)).toBeVisible();
  const before = await shown.textContent();
  await page.keyboard.press(key);
  await expect
    .poll(async () => (await shown.count()) === 0 || (await shown.textContent()) !== before)
    .toBe(true);
}

/**
 * Where each of `parts` is drawn, as the horizontal centre in px of its characters: the parts are
 * found in the element's text in logical order (each after the one before), so a pair drawn
 * right to left has decreasing centres. What a reader sees, which textContent alone cannot tell.
 */
export async function drawnAt(locator: Locator, parts: readonly string[]): Promise<number[]> {
  const { text, xs } = await locator.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let text = '';
    const xs: number[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = (node as Text).data;
      for (let i = 0; i < data.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        text += data[i];
        xs.push(box.x + box.width / 2);
      }
    }
    return { text, xs };
  });
  let from = 0;
  return parts.map((part) => {
    const at = text.indexOf(part, from);
    expect(at, `"${part}" in "${text}"`).toBeGreaterThanOrEqual(0);
    from = at + part.length;
    const centres = xs.slice(at, from);
    return centres.reduce((a, b) => a + b, 0) / centres.length;
  });
}

/** A browser context of the test's own, and a page in it. */
export interface ExtraContext {
  context: BrowserContext;
  page: Page;
}

interface Fixtures {
  cspGuard: CspGuard;
  newContext: (options?: BrowserContextOptions) => Promise<ExtraContext>;
  phone: Page;
}

export const test = base.extend<Fixtures>({
  // Every test fails on a Content-Security-Policy violation in any of its browser contexts: the
  // policy in 200.html must never block something the app does.
  cspGuard: [
    async ({ context }, use) => {
      const guard = new CspGuard();
      guard.watch(context);
      await use(guard);
      guard.check();
    },
    { auto: true }
  ],
  // Another device or a fresh browser: a context watched by the CSP guard and closed after the
  // test (before the guard's final check, which runs last because this fixture depends on it).
  newContext: async ({ browser, cspGuard }, use) => {
    const opened: BrowserContext[] = [];
    await use(async (options) => {
      const context = await browser.newContext(options);
      opened.push(context);
      cspGuard.watch(context);
      return { context, page: await context.newPage() };
    });
    await Promise.all(opened.map((context) => context.close()));
  },
  phone: async ({ newContext }, use) => {
    const { page } = await newContext({
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true
    });
    await use(page);
  }
});

export { expect, nav };
