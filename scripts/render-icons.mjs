// Renders the app icons (PNG) from their SVG sources in static/icons/src with headless Chromium.
// The PNGs are committed; run `npm run icons` after editing an SVG.
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium-path.mjs';

const TARGETS = [
  { src: 'icon.svg', out: 'icon-192.png', size: 192 },
  { src: 'icon.svg', out: 'icon-512.png', size: 512 },
  { src: 'icon-maskable.svg', out: 'icon-maskable-512.png', size: 512 },
  { src: 'icon-maskable.svg', out: 'apple-touch-icon.png', size: 180 }
];

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const { src, out, size } of TARGETS) {
  const svg = await readFile(new URL(`../static/icons/src/${src}`, import.meta.url), 'utf8');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`
  );
  await page.screenshot({
    path: new URL(`../static/icons/${out}`, import.meta.url).pathname,
    omitBackground: true
  });
  console.log(`static/icons/${out} (${size}×${size})`);
}
await browser.close();
