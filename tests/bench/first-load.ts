import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';

export interface FirstLoad {
  route: string;
  lang: string;
  /** What the page loaded before its first screen showed (its level-1 heading), KB gzip. */
  jsKb: number;
  cssKb: number;
  /** Everything it loaded until the network went idle (lazy code included), KB gzip. */
  jsKbIdle: number;
  files: string[];
}

/**
 * The JS and CSS a first visit loads, sized from the build's own .gz files. The service worker is
 * blocked so its precache downloads are not counted. "First screen" is the set of files whose
 * download had finished when the page's heading was inserted: the code it needed to render.
 */
export async function firstLoad(
  browser: Browser,
  origin: string,
  buildDir: string,
  route: string,
  lang: 'ar' | 'en'
): Promise<FirstLoad> {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: lang });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { __firstScreen?: string[] };
    const observer = new MutationObserver(() => {
      if (w.__firstScreen || !document.querySelector('main h1')) return;
      w.__firstScreen = performance.getEntriesByType('resource').map((e) => e.name);
      observer.disconnect();
    });
    observer.observe(document, { subtree: true, childList: true });
  });
  const all = new Set<string>();
  page.on('requestfinished', (req) => all.add(new URL(req.url()).pathname));
  await page.goto(origin + route);
  await page.waitForFunction(() => (window as { __firstScreen?: string[] }).__firstScreen);
  const first = new Set(
    (
      await page.evaluate(() => (window as unknown as { __firstScreen: string[] }).__firstScreen)
    ).map((u) => new URL(u).pathname)
  );
  await page.waitForLoadState('networkidle');
  await context.close();
  const kb = (paths: Set<string>, ext: string) =>
    round(
      [...paths]
        .filter((p) => p.endsWith(ext))
        .reduce((sum, p) => sum + statSync(join(buildDir, `${p}.gz`)).size, 0) / 1024
    );
  return {
    route,
    lang,
    jsKb: kb(first, '.js'),
    cssKb: kb(first, '.css'),
    jsKbIdle: kb(all, '.js'),
    files: [...first].filter((p) => p.endsWith('.js') || p.endsWith('.css'))
  };
}

const round = (n: number) => Math.round(n * 10) / 10;
