import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { bankIndex, buildArticle, serialize } from './build';
import { CONTENT_FILES, readSources, type ContentFile } from './sources';
import type { ArticleBuild, ArticleSources } from './types';
import { byCodePoint } from './util';

// The one module, with the CLI, that touches the file system: everything else runs in a browser.

/** Reads an article folder (`article.txt` plus the optional YAML files). */
export function readArticleFolder(dir: string): ArticleSources {
  const yaml: Partial<Record<ContentFile, string>> = {};
  for (const [field, name] of Object.entries(CONTENT_FILES) as [ContentFile, string][]) {
    const file = join(dir, name);
    if (existsSync(file)) {
      yaml[field] = readFileSync(file, 'utf8');
    }
  }
  return readSources({
    slug: basename(dir),
    articleText: readFileSync(join(dir, 'article.txt'), 'utf8'),
    yaml
  });
}

/** Builds every article folder under `articlesDir` (sorted by slug). */
export function buildAll(articlesDir: string): ArticleBuild[] {
  return readdirSync(articlesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(articlesDir, d.name, 'article.txt')))
    .map((d) => d.name)
    .sort(byCodePoint)
    .map((slug) => buildArticle(readArticleFolder(join(articlesDir, slug))));
}

/** Writes `<slug>.json` per article and `index.json` into `bankDir`. */
export function writeBanks(builds: readonly ArticleBuild[], bankDir: string): string[] {
  mkdirSync(bankDir, { recursive: true });
  const written: string[] = [];
  for (const b of builds) {
    const file = join(bankDir, `${b.bank.slug}.json`);
    writeFileSync(file, serialize(b.bank));
    written.push(file);
  }
  const index = join(bankDir, 'index.json');
  writeFileSync(index, serialize(bankIndex(builds.map((b) => b.bank))));
  written.push(index);
  return written;
}

export function writeFile(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}
