// Asserts the serve script `npm start` and `npm run serve` end with: it serves a build's SPA shell
// for any path, prints "Dars is ready at <address>" as its last line once it listens, and says so
// plainly when its port is taken; hashed files are cached for good, the rest revalidated.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'dars-serve-'));
writeFileSync(join(dir, '200.html'), '<!doctype html><title>shell</title>');
mkdirSync(join(dir, '_app', 'immutable'), { recursive: true });
writeFileSync(join(dir, '_app', 'immutable', 'app.1234.js'), 'export {};');
const children: ChildProcess[] = [];

afterAll(() => {
  for (const child of children) child.kill();
  rmSync(dir, { recursive: true, force: true });
});

function serve(...args: string[]) {
  const child = spawn(process.execPath, ['scripts/serve.mjs', '--dir', dir, ...args], {
    stdio: ['ignore', 'pipe', 'pipe']
  });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  /** Resolves with stdout once it holds the ready line, or with null if the script ended first. */
  const ready = new Promise<string | null>((done) => {
    child.stdout.on('data', () => {
      if (/Dars is ready at \S+\n/.test(out)) done(out);
    });
    void exited.then(() => done(null));
  });
  return { child, ready, exited, stderr: () => err };
}

describe('scripts/serve.mjs', () => {
  it('prints the address it serves the SPA shell at, as its last line', async () => {
    const server = serve('--port', '0');
    const out = await server.ready;
    expect(out, server.stderr()).not.toBeNull();
    const lines = out!.trim().split('\n');
    const url = /^Dars is ready at (http:\/\/127\.0\.0\.1:\d+)$/.exec(lines.at(-1)!)?.[1];
    expect(url).toBeDefined();
    const response = await fetch(`${url}/quiz?lang=en`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>shell</title>');
    // The shell is checked on each use; hashed files are kept a year.
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const hashed = await fetch(`${url}/_app/immutable/app.1234.js`);
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');

    const port = new URL(url!).port;
    const second = serve('--port', port);
    expect(await second.exited).toBe(1);
    expect(second.stderr()).toContain(`Port ${port} is in use`);
    server.child.kill();
  }, 60_000);
});
