// Asserts that a chunk gets V8's compile hint on its first line, once.
import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, withCompileHint } from '../../scripts/compile-hints.mjs';

describe('withCompileHint', () => {
  it('puts the hint on a line of its own before the code', () => {
    expect(withCompileHint('export{a as b};')).toBe(`${COMPILE_HINT}\nexport{a as b};`);
  });

  it('adds it once', () => {
    const once = withCompileHint('let x=1;');
    expect(withCompileHint(once)).toBe(once);
  });
});
