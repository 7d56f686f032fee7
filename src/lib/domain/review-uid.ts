import type { ReviewLogRecord } from './records';

/**
 * A review's identity across devices (`uid`), so that merging two devices' review logs keeps each
 * review once. A grade made here gets 128 random bits; a review written before uids existed gets
 * one derived from what it is (profile, item, moment, grade), so the same old review on two devices
 * (restored from one backup, say) gets the same uid on both.
 */

/** Fills `bytes` with random values (`crypto.getRandomValues` in the app, a seeded source in tests). */
export type RandomBytes = (bytes: Uint8Array<ArrayBuffer>) => void;

const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');

/** 128 random bits as 32 lowercase hex digits. */
export function randomUid(random: RandomBytes): string {
  const bytes = new Uint8Array(16);
  random(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The app's source of uids: the browser's cryptographic random numbers. */
export const cryptoUid = (): string => randomUid((b) => crypto.getRandomValues(b));

const utf8 = new TextEncoder();

/**
 * cyrb128 over the UTF-8 bytes of `text`: four 32-bit lanes, 32 hex digits, the same on every
 * device. Not cryptographic: a hostile file can collide on purpose, and a merge refuses a uid
 * that stands for two different reviews.
 */
export function hash128(text: string): string {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (const k of utf8.encode(text)) {
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return hex(h1) + hex(h2) + hex(h3) + hex(h4);
}

type ReviewIdentity = Pick<ReviewLogRecord, 'profileId' | 'itemId' | 'review' | 'grade'>;

/** The uid of a review written before uids existed: derived from what it is. */
export function legacyUid(r: ReviewIdentity): string {
  return hash128(JSON.stringify([r.profileId, r.itemId, r.review, r.grade]));
}

/** The review's uid, or the one it would get by migration. */
export const uidOf = (r: ReviewIdentity & { uid?: string }): string => r.uid ?? legacyUid(r);
