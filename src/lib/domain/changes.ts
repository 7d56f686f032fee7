import {
  boolean,
  maxEntries,
  nullable,
  object,
  pipe,
  record,
  safeParse,
  tuple,
  type InferOutput
} from 'valibot';
import type { BackupData } from './backup';
import { Count, Id, list, Time, type QuizAttempt, type ReviewLogRecord } from './records';
import { uidOf } from './review-uid';

/**
 * "Export changes": a backup file holding only what this device made or received since the last
 * file it exchanged with another device, so a day's work travels in a few KB. Where a file starts
 * and ends is counted in this device's own sequence: the keys IndexedDB gives reviews and quiz
 * attempts grow with every record written here, graded or merged in (a merge adds with new keys),
 * and never go back, even after a record is deleted. See docs/SYNC.md.
 */

/** A point in a device's sequence: its highest review and quiz-attempt keys, and the moment. */
export const MarkSchema = object({ reviews: Count, attempts: Count, at: Time });
export type Mark = InferOutput<typeof MarkSchema>;

/** Where a backup file comes from (`backup.sync`); absent from files made before changes files. */
export const SyncHeaderSchema = object({
  /** The exporting device's id. */
  device: Id,
  /** A changes file: only part of the device's data, so it may be merged but never replace. */
  partial: boolean(),
  /** Where a changes file starts in the exporting device's sequence (null: from the beginning). */
  since: nullable(MarkSchema),
  /** Where the file ends in that sequence. */
  upTo: MarkSchema,
  /** For each device it has merged files from: how far it holds that device's work (its marks). */
  acks: pipe(record(Id, MarkSchema), maxEntries(1_000))
});
export type SyncHeader = InferOutput<typeof SyncHeaderSchema>;

const Range = tuple([Count, Count]);
const MAX_RANGES = 100;

/** What this device knows about another one. */
export const PeerSchema = object({
  /** How far that device holds this device's work (sent in a file, or acknowledged in one). */
  sent: nullable(MarkSchema),
  /** How far this device holds that device's work, in that device's sequence. */
  heard: nullable(MarkSchema),
  /** Keys here of reviews and attempts merged from that device: never sent back to it. */
  received: object({ reviews: list(Range, MAX_RANGES), attempts: list(Range, MAX_RANGES) }),
  /** When a file of that device was last merged here. */
  mergedAt: Time
});
export type Peer = InferOutput<typeof PeerSchema>;

/** This device's record of the devices it exchanges files with (kept in `meta`). */
export const SyncStateSchema = object({
  peers: pipe(record(Id, PeerSchema), maxEntries(1_000)),
  /**
   * How far the last full backup went, until a device that merged it says so in a file of its
   * own: "Export changes" can then serve that device before this one has heard from it.
   */
  lastFull: nullable(MarkSchema)
});
export type SyncState = InferOutput<typeof SyncStateSchema>;

export const EMPTY_SYNC: SyncState = Object.freeze({ peers: {}, lastFull: null });

/** A stored sync state, or the empty one for anything else. */
export function readSyncState(stored: unknown): SyncState {
  const parsed = safeParse(SyncStateSchema, stored);
  return parsed.success ? parsed.output : EMPTY_SYNC;
}

/** The device a changes file is for. */
export type Target =
  | { kind: 'peer'; id: string; since: Mark | null; mergedAt: number }
  | { kind: 'lastBackup'; since: Mark };

/** The devices "Export changes" can write for: the peers, last merged first, then the last backup's. */
export function targetsOf(state: SyncState): Target[] {
  const peers = Object.entries(state.peers)
    .sort(([, a], [, b]) => b.mergedAt - a.mergedAt)
    .map(([id, p]): Target => ({ kind: 'peer', id, since: p.sent, mergedAt: p.mergedAt }));
  return state.lastFull ? [...peers, { kind: 'lastBackup', since: state.lastFull }] : peers;
}

/** `a` holds everything up to `b` (componentwise). */
export const covers = (a: Mark | null, b: Mark | null): boolean =>
  b === null || (a !== null && a.reviews >= b.reviews && a.attempts >= b.attempts);

const later = (a: Mark | null, b: Mark): Mark =>
  a === null
    ? b
    : {
        reviews: Math.max(a.reviews, b.reviews),
        attempts: Math.max(a.attempts, b.attempts),
        at: Math.max(a.at, b.at)
      };

const inRanges = (ranges: readonly (readonly [number, number])[], key: number) =>
  ranges.some(([lo, hi]) => key >= lo && key <= hi);

const cardKey = (r: { profileId: string; itemId: string }) =>
  JSON.stringify([r.profileId, r.itemId]);

/**
 * The part of `data` a changes file carries for a device that holds everything here up to
 * `since` (null: nothing), leaving out what came from that device (`received`):
 * - reviews and quiz attempts with a key after `since`;
 * - the cards those reviews touch (a device without the card then gets it; one with it replays it);
 * - courses made here after `since`;
 * - every profile with its settings and every class quiz, whole: they are small, and the merge
 *   keeps the newer settings and unites the results.
 */
export function selectChanges(
  data: BackupData,
  since: Mark | null,
  received: Peer['received'] | null = null
): BackupData {
  const after = (key: number | undefined, mark: number, ranges: Peer['received']['reviews']) =>
    key !== undefined && key > mark && !inRanges(ranges, key);
  const reviews = data.reviews.filter((r) =>
    after(r.id, since?.reviews ?? 0, received?.reviews ?? [])
  );
  const attempts = data.attempts.filter((a) =>
    after(a.id, since?.attempts ?? 0, received?.attempts ?? [])
  );
  const touched = new Set(reviews.map(cardKey));
  return {
    ...data,
    cards: data.cards.filter((c) => touched.has(cardKey(c))),
    reviews,
    attempts,
    courses: data.courses.filter((c) => since === null || c.createdAt > since.at)
  };
}

/** The header of a file this device writes. */
export function headerOf(
  device: string,
  state: SyncState,
  since: Mark | null,
  upTo: Mark,
  partial: boolean
): SyncHeader {
  const acks: Record<string, Mark> = {};
  for (const [id, p] of Object.entries(state.peers)) if (p.heard) acks[id] = p.heard;
  return { device, partial, since, upTo, acks };
}

/** The state once a file for `target` that ends at `upTo` has been written. */
export function afterExport(state: SyncState, target: Target | 'full', upTo: Mark): SyncState {
  if (target === 'full' || target.kind === 'lastBackup') return { ...state, lastFull: upTo };
  const peer = state.peers[target.id];
  if (!peer) return state;
  return { ...state, peers: { ...state.peers, [target.id]: { ...peer, sent: upTo } } };
}

/** Keys given here to what a merge added from a file: each range, or null when unknown. */
export interface Received {
  reviews: [number, number] | null;
  attempts: [number, number] | null;
}

export interface MergeNote {
  state: SyncState;
  /**
   * A changes file that starts after what this device holds of the other one: a file between them
   * was not merged here (the work in it is missing until it, or a full backup, is).
   */
  gap: boolean;
}

const keep = (ranges: readonly [number, number][], range: [number, number] | null) =>
  (range ? [...ranges, range] : [...ranges]).slice(-MAX_RANGES);

/**
 * Whether merging a file with this header leaves a gap in what this device holds of its sender.
 * A file of this device's own, or one without a header, leaves none.
 */
export function hasGap(state: SyncState, me: string, header: SyncHeader | undefined): boolean {
  if (!header || header.device === me || !header.partial) return false;
  return !covers(state.peers[header.device]?.heard ?? null, header.since);
}

/**
 * The state once a file with `header` has been merged here (`me`: this device's id): the sender
 * becomes (or stays) a peer; what this device holds of it moves to the file's end unless the file
 * leaves a gap; what the sender holds of this device is what its file says (a lower mark than
 * was sent means a file did not arrive: the next changes file sends that part again). A sender
 * that holds this device's last full backup is the device it went to.
 */
export function afterMerge(
  state: SyncState,
  me: string,
  header: SyncHeader | undefined,
  received: Received,
  now: number
): MergeNote {
  if (!header || header.device === me) return { state, gap: false };
  const gap = hasGap(state, me, header);
  const old = state.peers[header.device];
  const ack = header.acks[me] ?? null;
  const peer: Peer = {
    sent: ack ?? old?.sent ?? null,
    heard: gap ? (old?.heard ?? null) : later(old?.heard ?? null, header.upTo),
    received: {
      reviews: keep(old?.received.reviews ?? [], received.reviews),
      attempts: keep(old?.received.attempts ?? [], received.attempts)
    },
    mergedAt: now
  };
  const tookBackup = ack !== null && state.lastFull !== null && covers(ack, state.lastFull);
  return {
    state: {
      peers: { ...state.peers, [header.device]: peer },
      lastFull: tookBackup ? null : state.lastFull
    },
    gap
  };
}

/**
 * The first and last key of `added` (records a merge added here), when every record keyed in
 * between is one of them; null otherwise (a grade made in another tab meanwhile), so that nothing
 * made here is ever taken for the sender's.
 */
export function receivedRange<T>(
  written: readonly (T & { id?: number })[],
  fromFile: ReadonlySet<string>,
  identity: (record: T) => string
): [number, number] | null {
  if (written.length === 0) return null;
  if (!written.every((r) => fromFile.has(identity(r)))) return null;
  const keys = written.map((r) => r.id!);
  return [Math.min(...keys), Math.max(...keys)];
}

/** A review's identity on every device. */
export const reviewIdentity = (r: ReviewLogRecord): string => uidOf(r);
/** A quiz attempt's identity on every device (as the merge matches them). */
export const attemptIdentity = (a: QuizAttempt): string =>
  JSON.stringify([a.profileId, a.startedAt, a.plan.seed]);

/** A changes file: it may be merged, never restored in place of a device's data. */
export const isPartial = (backup: { sync?: SyncHeader }): boolean => backup.sync?.partial === true;

/** A short code for a device id, for people to tell devices apart ("7F2A"). */
export const deviceCode = (id: string): string => id.slice(0, 4).toUpperCase();
