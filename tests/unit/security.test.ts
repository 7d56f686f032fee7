// Asserts that no source file turns text into markup or code: bank and backup text can only ever be
// shown as text, and the Content-Security-Policy's "no eval" costs the app nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((f) => /\.(svelte|ts|js|html)$/.test(f) && !f.endsWith('.test.ts'))
  .map((f) => ({ file: f, text: readFileSync(join('src', f), 'utf8') }));

const FORBIDDEN: [string, RegExp][] = [
  ['{@html}', /\{@html\b/],
  ['innerHTML', /\.innerHTML\b/],
  ['outerHTML', /\.outerHTML\b/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write/],
  ['eval', /\beval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['string timers', /set(?:Timeout|Interval)\(\s*['"`]/]
];

describe('no text becomes markup or code', () => {
  it('reads the sources', () => {
    expect(sources.length).toBeGreaterThan(50);
  });

  for (const [name, pattern] of FORBIDDEN) {
    it(`uses no ${name}`, () => {
      expect(sources.filter((s) => pattern.test(s.text)).map((s) => s.file)).toEqual([]);
    });
  }
});
