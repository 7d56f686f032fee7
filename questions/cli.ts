import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, relative as relativePath, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildArticle, serialize } from './build';
import { buildAll, readArticleFolder, writeBanks, writeFile } from './files';
import { fullReport } from './report';
import { reviewSheet } from './review';
import type { ArticleBuild } from './types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const USAGE = `npm run questions [-- options]

  (no options)              build every folder under questions/articles/ into static/bank/,
                            write the report and print a one-line summary
  --report                  also print the whole report (or set DARS_REPORT=1)
  --article <file|folder>   build one article: a plain-text file (no gazetteer, no translation)
                            or an article folder
  --out <file.json>         where to write that article's bank (with --article)
  --articles <dir>          folder of article folders (default questions/articles)
  --bank <dir>              output folder (default static/bank)
  --report-file <file.md>   report file (default questions/out/report.md)
  --sample <n>              also write a review sheet of n random items per article
                            (questions/out/review-<slug>.md; see questions/REVIEW.md)
  --seed <text>             the sample's seed (default "review")
  --pool <all|generated|curated>  which items the sample draws from (default all)`;

/**
 * Runs the generator; returns the exit code (non-zero when an item or content file is invalid).
 * It always writes the report; it prints it whole only when asked (`--report`, `DARS_REPORT=1`)
 * or when the build fails, and otherwise one line: what was built and where the report is.
 */
export function main(
  argv: readonly string[],
  log: (s: string) => void = console.log,
  env: Readonly<Record<string, string | undefined>> = process.env
): number {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      article: { type: 'string' },
      out: { type: 'string' },
      articles: { type: 'string' },
      bank: { type: 'string' },
      report: { type: 'boolean' },
      'report-file': { type: 'string' },
      sample: { type: 'string' },
      seed: { type: 'string' },
      pool: { type: 'string' },
      help: { type: 'boolean', short: 'h' }
    }
  });
  if (values.help) {
    log(USAGE);
    return 0;
  }
  const reportFile = resolve(values['report-file'] ?? join(ROOT, 'questions/out/report.md'));
  const verbose = values.report === true || isSet(env.DARS_REPORT);
  const written: string[] = [];
  let builds: ArticleBuild[];
  if (values.article !== undefined) {
    const path = resolve(values.article);
    const isFolder = existsSync(join(path, 'article.txt'));
    const build = isFolder
      ? buildArticle(readArticleFolder(path))
      : buildArticle({
          slug: basename(path, extname(path)),
          articleText: readFileSync(path, 'utf8')
        });
    builds = [build];
    const out = resolve(values.out ?? join(ROOT, 'static/bank', `${build.bank.slug}.json`));
    if (build.offences.length === 0 && build.problems.length === 0) {
      writeFile(out, serialize(build.bank));
      written.push(out);
    }
  } else {
    builds = buildAll(resolve(values.articles ?? join(ROOT, 'questions/articles')));
    if (builds.every((b) => b.offences.length === 0 && b.problems.length === 0)) {
      written.push(...writeBanks(builds, resolve(values.bank ?? join(ROOT, 'static/bank'))));
    }
  }
  const report = fullReport(builds);
  writeFile(reportFile, report);
  const failed = builds.filter((b) => b.offences.length > 0 || b.problems.length > 0);
  if (verbose || failed.length > 0) {
    for (const f of written) log(`wrote ${f}`);
    log(report);
  }
  if (values.sample !== undefined) {
    writeSheets(builds, dirname(reportFile), values, log);
  }
  if (failed.length > 0) {
    log(
      `\nquestions: build failed: ${failed.map((b) => `${b.bank.slug} (${b.offences.length} invalid, ${b.problems.length} content problems)`).join(', ')}; nothing written. See ${reportFile}.`
    );
    return 1;
  }
  if (!verbose) log(summary(builds, written, reportFile));
  return 0;
}

/** One line: the items built per article, where they went, and where the report is. */
export function summary(
  builds: readonly ArticleBuild[],
  written: readonly string[],
  reportFile: string
): string {
  const total = builds.reduce((n, b) => n + b.bank.items.length, 0);
  const each = builds.map((b) => `${b.bank.slug} ${b.bank.items.length}`).join(', ');
  const where = written.length ? ` into ${relative(dirname(written[0]!))}` : '';
  return `questions: ${total} items (${each})${where}; report in ${relative(reportFile)} (--report prints it)`;
}

const relative = (path: string) => {
  const rel = relativePath(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
};

const isSet = (value: string | undefined) =>
  value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';

function writeSheets(
  builds: readonly ArticleBuild[],
  dir: string,
  values: { sample?: string; seed?: string; pool?: string },
  log: (s: string) => void
): void {
  const pool = values.pool ?? 'all';
  if (pool !== 'all' && pool !== 'generated' && pool !== 'curated') {
    throw new Error(`--pool: expected all, generated or curated, got ${pool}`);
  }
  for (const b of builds) {
    const file = join(dir, `review-${b.bank.slug}.md`);
    const sheet = reviewSheet(b.bank, {
      count: Number(values.sample),
      seed: values.seed ?? 'review',
      pool
    });
    writeFile(file, sheet);
    log(`wrote ${file}`);
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
