// Prints the JS and CSS a first visit to each route loads (KB gzip, from build/*.gz): what it
// needs to render its heading, and all it loads until the network is idle; with the
// service worker blocked so its precache downloads are not counted. Needs `npm run build` and the
// production server (`npm run serve`) on 127.0.0.1:4173.
import { statSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium-path.mjs';

const ORIGIN = process.env.ORIGIN ?? 'http://127.0.0.1:4173';
const routes = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/study'];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const rows = [];
for (const route of routes) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const urls = new Set();
  page.on('request', (req) => urls.add(new URL(req.url()).pathname));
  await page.goto(ORIGIN + route);
  await page.getByRole('heading', { level: 1 }).waitFor();
  const firstRender = new Set(urls);
  await page.waitForLoadState('networkidle');
  const size = (set, ext) =>
    +(
      [...set]
        .filter((u) => u.endsWith(ext))
        .reduce((sum, u) => sum + statSync(`build${u}.gz`).size, 0) / 1024
    ).toFixed(1);
  rows.push({
    route,
    // What the page needs to render its first screen, then everything it loads before going idle.
    jsKbGzip: size(firstRender, '.js'),
    cssKbGzip: size(firstRender, '.css'),
    jsKbGzipIdle: size(urls, '.js')
  });
  await context.close();
}
await browser.close();
console.table(rows);
console.log(JSON.stringify(rows));
