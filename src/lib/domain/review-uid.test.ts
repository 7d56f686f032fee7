// What these tests assert: a new uid is 128 bits from the injected source, as 32 hex digits; an
// old review's uid is the same for the same review on any device and differs for any other.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from './random';
import { hash128, legacyUid, randomUid, uidOf } from './review-uid';

const seeded = (seed: number) => {
  const random = seededRandom(seed);
  return (bytes: Uint8Array) => bytes.forEach((_, i) => (bytes[i] = Math.floor(random() * 256)));
};

const review = {
  profileId: 'default',
  itemId: 'c-1',
  review: 1_736_154_000_000,
  grade: 3 as const
};

describe('review uids', () => {
  it('makes a new uid of 32 hex digits from the random source', () => {
    expect(randomUid(seeded(1))).toMatch(/^[0-9a-f]{32}$/);
    expect(randomUid(seeded(1))).toBe(randomUid(seeded(1)));
    expect(randomUid(seeded(1))).not.toBe(randomUid(seeded(2)));
    expect(randomUid((b) => b.fill(255))).toBe('f'.repeat(32));
  });

  it('derives an old review’s uid from what it is, the same on every device', () => {
    expect(legacyUid(review)).toBe(legacyUid({ ...review }));
    expect(legacyUid(review)).toMatch(/^[0-9a-f]{32}$/);
    for (const other of [
      { ...review, profileId: 'p-2' },
      { ...review, itemId: 'c-2' },
      { ...review, review: review.review + 1 },
      { ...review, grade: 4 as const }
    ]) {
      expect(legacyUid(other)).not.toBe(legacyUid(review));
    }
    expect(uidOf({ ...review, uid: 'x' })).toBe('x');
    expect(uidOf(review)).toBe(legacyUid(review));
  });

  it('hashes different texts to different values', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { minLength: 2, maxLength: 50 }), (texts) => {
        expect(new Set(texts.map(hash128)).size).toBe(texts.length);
      })
    );
  });
});
