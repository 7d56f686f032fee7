// What these tests assert: the generator and the hash give the published reference values (so
// every device computes the same quiz), and shuffles are permutations with no visible bias.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashString, randomInt, seededRandom, shuffled } from './random';

describe('seededRandom', () => {
  it('gives the reference mulberry32 stream', () => {
    const random = seededRandom(42);
    expect([random(), random(), random()]).toEqual([
      0.6011037519201636, 0.44829055899754167, 0.8524657934904099
    ]);
  });

  it('repeats for the same seed and differs for another', () => {
    const take = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 8 }, random);
    };
    expect(take(7)).toEqual(take(7));
    expect(take(7)).not.toEqual(take(8));
  });

  it('treats the seed as an unsigned 32-bit integer', () => {
    const first = (seed: number) => seededRandom(seed)();
    expect(first(2 ** 32 + 5)).toBe(first(5));
    expect(first(-1)).toBe(first(2 ** 32 - 1));
    expect(first(Number.NaN)).toBe(first(0));
  });

  it('stays in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const random = seededRandom(seed);
        for (let i = 0; i < 50; i++) {
          const x = random();
          if (!(x >= 0 && x < 1)) return false;
        }
        return true;
      })
    );
  });

  it('randomInt stays in [0, limit)', () => {
    const random = seededRandom(3);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(randomInt(random, 6));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('shuffled', () => {
  it('returns a permutation and leaves the input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const copy = [...items];
        const out = shuffled(items, seededRandom(seed));
        expect(items).toEqual(copy);
        expect([...out].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
      })
    );
  });

  it('makes every order of three about equally likely', () => {
    const random = seededRandom(2024);
    const counts = new Map<string, number>();
    const runs = 6000;
    for (let i = 0; i < runs; i++) {
      const key = shuffled(['a', 'b', 'c'], random).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const n of counts.values()) {
      expect(Math.abs(n - runs / 6)).toBeLessThan(150);
    }
  });
});

describe('hashString', () => {
  it('gives the FNV-1a reference values', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('foobar')).toBe(0xbf9cf968);
  });

  it('hashes the UTF-8 bytes of Arabic text', () => {
    // FNV-1a of the six bytes d8 af d8 b1 d8 b3, computed independently.
    expect(hashString('درس')).toBe(0x8c1f0216);
  });

  it('is an unsigned 32-bit integer', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const h = hashString(text);
        return Number.isInteger(h) && h >= 0 && h < 2 ** 32;
      })
    );
  });
});
