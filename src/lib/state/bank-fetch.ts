/**
 * The built-in banks' files, asked for early. A screen that draws from the courses (Quiz, Cards,
 * Stats, the reader) loads its code, then the bank's code, then the index, then each bank:
 * on a phone's first visit each step is a round trip. `prefetchBanks` starts the index and the
 * banks as the app starts, beside the screen's code, and `fetchText` hands a started download to
 * the first reader of its address. Nothing is trusted here: the bank's own code parses and checks
 * what it reads, as before.
 */
const started = new Map<string, Promise<Response>>();
let asked = false;

/** A bank file's name as the index gives it: a plain `.json` name, nothing else is fetched. */
const BANK_FILE = /^[\w.-]+\.json$/;

/** The index's bank files, read loosely (the index is checked when the bank code reads it). */
export function bankFiles(index: unknown): string[] {
  const articles = (index as { articles?: unknown } | null)?.articles;
  if (!Array.isArray(articles)) return [];
  return articles
    .map((a) => (a as { file?: unknown } | null)?.file)
    .filter((file): file is string => typeof file === 'string' && BANK_FILE.test(file));
}

function start(url: string): Promise<Response> {
  const response = fetch(url);
  // A failed early download is left for its reader, which fetches again.
  response.catch(() => started.delete(url));
  started.set(url, response);
  return response;
}

/** Starts the index and every built-in bank; once per page. */
export function prefetchBanks(): void {
  if (asked) return;
  asked = true;
  void start('/bank/index.json')
    .then((response) => (response.ok ? response.clone().json() : null))
    .then((index: unknown) => {
      for (const file of bankFiles(index)) void start(`/bank/${file}`);
    })
    .catch(() => {});
}

/** A file's text: from the download `prefetchBanks` started for it, else fetched now. */
export async function fetchText(url: string): Promise<string> {
  const early = started.get(url);
  started.delete(url);
  const response = (await early?.catch(() => null)) ?? (await fetch(url));
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.text();
}
