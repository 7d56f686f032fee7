import type { Text } from '../src/lib/domain/bank';
import { seededRandom as seededNumber, type Random } from '../src/lib/domain/random';
import { sha256Hex } from './sha256';

/** First `length` hex digits of the SHA-256 of `text`. */
export function shortHash(text: string, length = 10): string {
  return sha256Hex(text).slice(0, length);
}

/**
 * The domain's seeded generator (mulberry32), seeded by a string; shuffle with the domain's
 * `shuffled`. The generator never calls Math.random.
 */
export function seededRandom(seed: string): Random {
  return seededNumber(Number.parseInt(shortHash(seed, 8), 16));
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

/** `text` with the characters from `start` to `end` replaced by `by`. */
export function replaceAt(text: string, start: number, end: number, by: string): string {
  return text.slice(0, start) + by + text.slice(end);
}

/** A bilingual text, without an empty English side. */
export const textOf = (t: { ar: string; en?: string | undefined }): Text =>
  t.en === undefined || t.en.trim() === '' ? { ar: t.ar } : { ar: t.ar, en: t.en };

/**
 * «ولد الشيخ سيدي» of «محمدن ولد الشيخ سيدي», «بنت اعل سالم» of «مريم بنت اعل سالم»: the words
 * from the last «ولد», «بن» or «بنت» after the given name (its first `given` words), what the
 * article calls the person by, when no family name with «ال» ends the name; else undefined.
 */
export function fathersName(parts: readonly string[], given = 1): string | undefined {
  const link = parts.findLastIndex((p, i) => i >= given && /^(?:ولد|بن|بنت)$/u.test(p));
  return link > 0 && !/^ال/u.test(parts.at(-1) ?? '') ? parts.slice(link).join(' ') : undefined;
}
