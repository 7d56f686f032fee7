// Asserts the early download of the banks: the index's file names read loosely (anything but a
// plain .json name is not fetched), each address fetched once and handed to its first reader, a
// later read fetched anew, and a failed early download fetched again by its reader.
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.resetModules();
});

/** A fetch that answers from `files` and records every address asked for. */
function fakeFetch(files: Record<string, string>) {
  const asked: string[] = [];
  const fetch = vi.fn(async (url: string) => {
    asked.push(url);
    const body = files[url];
    return body === undefined ? new Response('', { status: 404 }) : new Response(body);
  });
  vi.stubGlobal('fetch', fetch);
  return asked;
}

const INDEX = JSON.stringify({
  articles: [{ file: 'iran-russia-2023.json' }, { file: '../secret.json' }, { file: 7 }, {}]
});

describe('bank files', () => {
  it('reads plain .json names from the index and nothing else', async () => {
    const { bankFiles } = await import('./bank-fetch');
    expect(bankFiles(JSON.parse(INDEX))).toEqual(['iran-russia-2023.json']);
    expect(bankFiles(null)).toEqual([]);
    expect(bankFiles({ articles: 'x' })).toEqual([]);
  });
});

describe('prefetchBanks and fetchText', () => {
  it('starts the index and its banks once, and hands each download to its first reader', async () => {
    const asked = fakeFetch({
      '/bank/index.json': INDEX,
      '/bank/iran-russia-2023.json': '{"a":1}'
    });
    const { prefetchBanks, fetchText } = await import('./bank-fetch');
    prefetchBanks();
    prefetchBanks();
    await vi.waitFor(() => expect(asked).toHaveLength(2));
    expect(asked).toEqual(['/bank/index.json', '/bank/iran-russia-2023.json']);
    expect(await fetchText('/bank/index.json')).toBe(INDEX);
    expect(await fetchText('/bank/iran-russia-2023.json')).toBe('{"a":1}');
    expect(asked).toHaveLength(2);
    // A second read of the same address is a new download.
    expect(await fetchText('/bank/index.json')).toBe(INDEX);
    expect(asked).toHaveLength(3);
  });

  it('refuses a missing file as before', async () => {
    fakeFetch({});
    const { prefetchBanks, fetchText } = await import('./bank-fetch');
    prefetchBanks();
    await expect(fetchText('/bank/index.json')).rejects.toThrow('/bank/index.json: 404');
  });

  it('fetches again when the early download failed', async () => {
    const asked: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        asked.push(url);
        if (asked.length === 1) throw new TypeError('offline');
        return new Response(INDEX);
      })
    );
    const { prefetchBanks, fetchText } = await import('./bank-fetch');
    prefetchBanks();
    expect(await fetchText('/bank/index.json')).toBe(INDEX);
    expect(asked).toEqual(['/bank/index.json', '/bank/index.json']);
  });
});
