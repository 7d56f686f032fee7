import { createHash } from 'node:crypto';
import { seededRandom as seededNumber } from '../src/lib/domain/random';

/** First `length` hex digits of the SHA-256 of `text`. */
export function shortHash(text: string, length = 10): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, length);
}

/** A seeded PRNG (the domain's mulberry32), seeded by a string: the generator never calls Math.random. */
export type Random = () => number;

export function seededRandom(seed: string): Random {
  return seededNumber(Number.parseInt(shortHash(seed, 8), 16));
}

/** Fisher–Yates with the given random source; returns a new array. */
export function shuffle<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/** JSON with object keys sorted at every level: the input of content hashes. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) {
        sorted[k] = (v as Record<string, unknown>)[k];
      }
      return sorted;
    }
    return v;
  });
}

/** Compares strings by code point, independent of the machine's locale. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
