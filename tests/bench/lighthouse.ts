// `npm run lighthouse`: Lighthouse (mobile, its default throttling) on every screen in both
// languages, against the production build served compressed the way `npm run serve` serves it.
// Prints each page's performance, accessibility and best-practices scores with its total blocking
// time, largest contentful paint and long tasks (over 50 ms, the longest with its script), and
// exits 1 when a page is under the budget: performance 95, accessibility and best practices 100.
// LH_RUNS=3 takes each page's median performance of three runs (the figures of that run).
// LH_ROUTES=/,/quiz narrows the pages. Not part of `npm test`.
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium-path.mjs';
import { buildHandler } from '../../scripts/static-handler.mjs';
import { LANGS, ROUTES } from '../e2e/fixtures';

const PORT = Number(process.env.BENCH_PORT ?? 4188);
const RUNS = Number(process.env.LH_RUNS ?? 1);
const ONLY = process.env.LH_ROUTES?.split(',');
const BUDGET = { performance: 95, accessibility: 100, bestPractices: 100 };

interface Row {
  page: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  tbtMs: number;
  lcpMs: number;
  /** Main-thread tasks over 50 ms (Lighthouse's long tasks, throttled), and the longest one. */
  longTasks: number;
  /** Every long task's length, longest first. */
  longTaskMs: number[];
  longestTaskMs: number;
  /** The script the longest task is charged to. */
  longestTaskUrl: string;
}

const score = (s: number | null | undefined) => Math.round((s ?? 0) * 100);

async function audit(url: string, port: number): Promise<Omit<Row, 'page'>> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices']
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { categories, audits } = result.lhr;
  const tasks = ((audits['long-tasks']?.details as { items?: LongTask[] } | undefined)?.items ?? [])
    .slice()
    .sort((a, b) => b.duration - a.duration);
  return {
    performance: score(categories.performance?.score),
    accessibility: score(categories.accessibility?.score),
    bestPractices: score(categories['best-practices']?.score),
    tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
    lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
    longTasks: tasks.length,
    longTaskMs: tasks.map((task) => Math.round(task.duration)),
    longestTaskMs: Math.round(tasks[0]?.duration ?? 0),
    longestTaskUrl: (tasks[0]?.url ?? '').replace(/^https?:\/\/[^/]+/u, '')
  };
}

interface LongTask {
  url: string;
  duration: number;
}

/** The run with the median performance of `RUNS` runs of one page. */
async function median(url: string, port: number): Promise<Omit<Row, 'page'>> {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await audit(url, port));
  runs.sort((a, b) => a.performance - b.performance);
  return runs[Math.floor(runs.length / 2)]!;
}

const under = (r: Row) =>
  r.performance < BUDGET.performance ||
  r.accessibility < BUDGET.accessibility ||
  r.bestPractices < BUDGET.bestPractices;

async function main() {
  const handler = buildHandler(resolve('build'));
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((done) => server.listen(PORT, '127.0.0.1', done));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
  });
  const rows: Row[] = [];
  try {
    for (const route of ROUTES.filter((r) => !ONLY || ONLY.includes(r))) {
      for (const lang of LANGS) {
        const page = `${route}?lang=${lang}`;
        const row = { page, ...(await median(`http://127.0.0.1:${PORT}${page}`, chrome.port)) };
        rows.push(row);
        console.log(
          `${under(row) ? 'FAIL' : 'PASS'}  ${page.padEnd(24)} perf ${row.performance}  a11y ${row.accessibility}  bp ${row.bestPractices}  TBT ${row.tbtMs} ms  LCP ${row.lcpMs} ms  long tasks ${row.longTasks} (${row.longTaskMs.join(', ')} ms; longest in ${row.longestTaskUrl})`
        );
      }
    }
  } finally {
    chrome.kill();
    server.close();
  }
  const perf = rows.map((r) => r.performance);
  console.log(
    `\n${rows.length} pages, performance ${Math.min(...perf)}–${Math.max(...perf)} (budget ${BUDGET.performance}), ` +
      `accessibility and best practices budget ${BUDGET.accessibility}`
  );
  console.log(JSON.stringify({ lighthouse: rows }));
  if (rows.some(under)) process.exitCode = 1;
}

await main();
