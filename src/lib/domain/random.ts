/**
 * Seeded randomness for everything that must come out the same on every device: quiz plans and
 * class codes. Plain 32-bit integer arithmetic, so every JavaScript engine gives the same stream.
 */

/** A source of numbers in [0, 1), like `Math.random`. */
export type Random = () => number;

/**
 * mulberry32: a small, fast 32-bit generator, good enough to shuffle a quiz. The seed is taken as
 * an unsigned 32-bit integer (`seed >>> 0`), so 2³² and 0 give the same stream, as do NaN and 0.
 */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, limit) drawn from `random`. */
export function randomInt(random: Random, limit: number): number {
  return Math.floor(random() * limit);
}

/** A shuffled copy (Fisher–Yates); the input is left as it was. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

const utf8 = new TextEncoder();

/**
 * FNV-1a, 32 bits, over the UTF-8 bytes of `text`: an unsigned integer that is the same on every
 * device. Not a cryptographic hash. (A lone surrogate is encoded as U+FFFD, as TextEncoder does.)
 */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of utf8.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
