// What the screenshot specs share: the sizes they shoot at, the folder they write to (SHOTS, or
// screenshots/ by default), and a whole-page shot cut into parts a person can read.
import type { Page } from '@playwright/test';

/** A phone (360×740) and a desktop (1280×800). */
export const SIZES = {
  phone: { width: 360, height: 740 },
  desktop: { width: 1280, height: 800 }
} as const;
export type Size = keyof typeof SIZES;

export const DIR = process.env.SHOTS ?? 'screenshots';

/** Screens of page in one part: a part any taller shrinks below reading size in a viewer. */
const SCREENS_PER_PART = 3;

/**
 * Shoots the whole page, once the fonts are in, into `DIR/name.png`, or `name-1.png`, `name-2.png`…
 * when it is taller than three screens (at most `maxParts` of them). The window is made as tall as
 * the page for the shot, so what is fixed to its bottom (the phone's navigation) sits at the end of
 * the page, as after scrolling down, not over the middle of it. Returns the files written.
 */
export async function shootPage(page: Page, name: string, maxParts = 4): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready);
  const viewport = page.viewportSize()!;
  const pageHeight = () => page.evaluate(() => document.documentElement.scrollHeight);
  let height = await pageHeight();
  while (height > page.viewportSize()!.height) {
    await page.setViewportSize({ width: viewport.width, height });
    height = await pageHeight();
  }
  const part = viewport.height * SCREENS_PER_PART;
  const parts = Math.min(maxParts, Math.ceil(height / part));
  const files: string[] = [];
  for (let i = 0; i < parts; i++) {
    const path = parts === 1 ? `${DIR}/${name}.png` : `${DIR}/${name}-${i + 1}.png`;
    const y = i * part;
    await page.screenshot({
      path,
      clip: { x: 0, y, width: viewport.width, height: Math.min(part, height - y) }
    });
    files.push(path);
  }
  await page.setViewportSize(viewport);
  return files;
}

/** Shoots what is in view now (a fixed bar, an open menu), into `DIR/name.png`. */
export async function shootView(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${DIR}/${name}.png` });
}
