// Asserts what the production build holds beyond what a screen shows: every module the client
// loads opens with V8's compile hint (scripts/compile-hints.mjs), so Chromium compiles it while
// it streams in rather than function by function on the main thread.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMPILE_HINT } from '../../scripts/compile-hints.mjs';
import { expect, test } from './fixtures';

const IMMUTABLE = 'build/_app/immutable';

test("every module of the client build opens with V8's compile hint", () => {
  const files = ['entry', 'chunks', 'nodes'].flatMap((dir) =>
    readdirSync(join(IMMUTABLE, dir))
      .filter((name) => name.endsWith('.js'))
      .map((name) => join(IMMUTABLE, dir, name))
  );
  expect(files.length).toBeGreaterThan(10);
  const without = files.filter(
    (file) => !readFileSync(file, 'utf8').startsWith(`${COMPILE_HINT}\n`)
  );
  expect(without).toEqual([]);
});
