// What these tests assert: a changes file holds only the reviews and quiz attempts keyed after its
// mark, never what came from the device it is for, with the cards those reviews touch; merging a
// full backup and then the changes made after it gives the same reviews and cards as merging
// everything at once, and merging the changes again changes nothing (random histories); a changes
// file is a backup that parses, marked partial; the peers' marks follow the rules of docs/SYNC.md
// (a sender becomes a peer, its acknowledgement sets what it holds, a gap is noticed, the last
// backup's device is found); a day of 100 reviews makes a file under 20 KB gzip-compressed.
import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeBackup, parseBackup, type BackupData } from './backup';
import { createScheduler } from './cards';
import { type Grade } from './records';
import { DEFAULT_SCHEDULER_SETTINGS } from './settings-schema';
import {
  afterExport,
  afterMerge,
  EMPTY_SYNC,
  hasGap,
  headerOf,
  isPartial,
  readSyncState,
  receivedRange,
  selectChanges,
  targetsOf,
  type Mark,
  type SyncState
} from './changes';
import { mergeData, type MergeData } from './merge';
import { randomUid } from './review-uid';
import { DEFAULT_DEVICE_SETTINGS } from './settings';
import {
  by,
  cardKey,
  freshDevice,
  merged,
  MINUTE,
  quizAttempt,
  stored,
  studies as studiesOf,
  study,
  type Device as HeldDevice,
  type Study
} from './fixtures/devices';

const T0 = Date.UTC(2026, 10, 2, 8, 0, 0);
const ITEMS = ['c-14579087c5', 'c-5dd8790ae4', 'c-a73a95015a', 'g-fb5cf39553', 'c-0676125266'];
const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);

interface Device extends HeldDevice {
  /** The next key the store gives (keys never go back). */
  next: number;
}

const device = (createdAt: number, items: readonly string[] = ITEMS): Device => ({
  ...freshDevice(createdAt, items),
  next: 1
});

/** Grades as the app does, each log keyed by the store's next key. */
const studyOn = (d: Device, events: readonly Study[], start: number, prefix: string) =>
  study(d, events, start, prefix, () => d.next++);

function quiz(d: Device, seed: number): void {
  d.attempts.push({ ...quizAttempt(seed, T0), id: d.next++ });
}

const data = (d: Device): BackupData => ({
  app: 'dars',
  device: { ...DEFAULT_DEVICE_SETTINGS },
  profiles: d.profiles,
  profileSettings: d.profileSettings,
  cards: d.cards,
  reviews: d.reviews,
  attempts: d.attempts,
  classes: d.classes,
  courses: []
});

const markOf = (d: Device, at: number): Mark => ({ reviews: d.next - 1, attempts: d.next - 1, at });

/** What a device holds, keys aside (they differ between devices), in a fixed order. */
function normal(d: MergeData) {
  return {
    cards: [...d.cards].sort(by(cardKey)),
    reviews: d.reviews.map(({ id: _, ...r }) => r).sort(by((r) => r.uid!)),
    attempts: d.attempts.map(({ id: _, ...a }) => a).sort(by((a) => String(a.plan.seed)))
  };
}

const studies = studiesOf(ITEMS.length, 3 * 24 * 60, 12);

describe('selectChanges', () => {
  it('takes the reviews and attempts keyed after the mark, and the cards they touch', () => {
    const a = device(T0);
    const end = studyOn(a, [{ item: 0, grade: 3, minutes: 1 }], T0, 'a');
    quiz(a, 1);
    const mark = markOf(a, end);
    studyOn(a, [{ item: 1, grade: 1, minutes: 5 }], end, 'a');
    quiz(a, 2);
    const changes = selectChanges(data(a), mark);
    expect(changes.reviews.map((r) => r.itemId)).toEqual([ITEMS[1]]);
    expect(changes.attempts.map((x) => x.plan.seed)).toEqual([2]);
    expect(changes.cards.map((c) => c.itemId)).toEqual([ITEMS[1]]);
    expect(changes.profiles).toEqual(a.profiles);
  });

  it('leaves out what came from the device it is for', () => {
    const a = device(T0);
    studyOn(
      a,
      Array.from({ length: 6 }, (_, i) => ({ item: i, grade: 3, minutes: 1 })),
      T0,
      'a'
    );
    const changes = selectChanges(data(a), null, { reviews: [[2, 4]], attempts: [] });
    expect(changes.reviews.map((r) => r.id)).toEqual([1, 5, 6]);
  });

  it('keeps only the courses made after the mark', () => {
    const course = (id: string, createdAt: number) =>
      ({ id, createdAt }) as unknown as BackupData['courses'][number];
    const all = { ...data(device(T0)), courses: [course('old', T0), course('new', T0 + 10)] };
    const mark = { reviews: 0, attempts: 0, at: T0 + 5 };
    expect(selectChanges(all, mark).courses.map((c) => c.id)).toEqual(['new']);
    expect(selectChanges(all, null).courses).toHaveLength(2);
  });

  it('makes a backup that parses, marked partial, with where it starts and ends', () => {
    const a = device(T0);
    const end = studyOn(a, [{ item: 0, grade: 3, minutes: 1 }], T0, 'a');
    const since = { reviews: 0, attempts: 0, at: T0 };
    const header = headerOf('dev-a', EMPTY_SYNC, since, markOf(a, end), true);
    const file = { ...makeBackup(selectChanges(data(a), since), end, 9), sync: header };
    const text = JSON.stringify(file);
    const parsed = parseBackup(text, text.length);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.sync).toEqual(header);
    expect(isPartial(parsed.backup)).toBe(true);
    const full = { ...makeBackup(data(a), end, 9) };
    const plain = parseBackup(JSON.stringify(full), 1);
    expect(plain.ok && isPartial(plain.backup)).toBe(false);
  });
});

describe('a full backup, then changes, on random histories', () => {
  const history = fc.record({ past: studies, own: studies, more: studies, quizzes: fc.nat(3) });

  it('merging the full backup then the changes equals merging everything', () => {
    fc.assert(
      fc.property(history, ({ past, own, more, quizzes }) => {
        const a = device(T0);
        const now = studyOn(a, past, T0, 'a');
        const mark = markOf(a, now);
        const full = structuredClone(data(a));
        const b = device(T0 + MINUTE);
        studyOn(b, own, T0 + 2 * MINUTE, 'b');
        const b1 = stored(merged(b, full));
        studyOn(a, more, now, 'a');
        for (let i = 0; i < quizzes; i++) quiz(a, 10 + i);
        const changes = selectChanges(data(a), mark);
        const b2 = stored(merged(b1, changes));
        expect(normal(b2)).toEqual(normal(merged(b1, data(a))));
        expect(normal(b2)).toEqual(normal(merged(b, data(a))));
        // Merged twice: the second time changes nothing.
        const again = mergeData(b2, changes);
        expect(again.ok).toBe(true);
        if (!again.ok) return;
        const c = again.changes;
        expect(c.cards.length + c.reviewsAdded.length + c.reviewsChanged.length).toBe(0);
        expect(c.attempts.length + c.profiles.length + c.settings.length).toBe(0);
      }),
      { numRuns: 80 }
    );
  });

  it('a device that lacks a card gets it from the changes', () => {
    const a = device(T0);
    studyOn(a, [{ item: 4, grade: 3, minutes: 1 }], T0, 'a');
    const b = device(T0, ITEMS.slice(0, 4));
    const after = merged(b, selectChanges(data(a), null));
    expect(after.cards.find((c) => c.itemId === ITEMS[4])).toEqual(a.cards[4]);
  });
});

describe('the peers', () => {
  const mark = (reviews: number, at = T0): Mark => ({ reviews, attempts: 0, at });
  const full = (device: string, upTo: Mark, acks: Record<string, Mark> = {}) => ({
    device,
    partial: false,
    since: null,
    upTo,
    acks
  });
  const none = { reviews: null, attempts: null };

  it('the device a full backup went to is served until it says it holds it', () => {
    let a: SyncState = afterExport(EMPTY_SYNC, 'full', mark(10));
    expect(targetsOf(a)).toEqual([{ kind: 'lastBackup', since: mark(10) }]);
    a = afterExport(a, targetsOf(a)[0]!, mark(15));
    expect(a.lastFull).toEqual(mark(15));
    // B merged it and sends its own file, saying it holds A's work up to 15.
    const note = afterMerge(a, 'A', full('B', mark(40), { A: mark(15) }), none, T0 + 1);
    expect(note.gap).toBe(false);
    expect(note.state.lastFull).toBeNull();
    expect(targetsOf(note.state)).toEqual([
      { kind: 'peer', id: 'B', since: mark(15), mergedAt: T0 + 1 }
    ]);
  });

  it('a sender becomes a peer; what it holds of this device is what its file says', () => {
    const b = afterMerge(
      EMPTY_SYNC,
      'B',
      full('A', mark(10)),
      { reviews: [1, 10], attempts: null },
      5
    );
    expect(b.state.peers.A).toEqual({
      sent: null,
      heard: mark(10),
      received: { reviews: [[1, 10]], attempts: [] },
      mergedAt: 5
    });
    const sent = afterExport(b.state, targetsOf(b.state)[0]!, mark(30));
    expect(sent.peers.A!.sent).toEqual(mark(30));
    // A's next file says it holds B's work only up to 20: a file went astray, so it is sent again.
    const changes = { ...full('A', mark(12), { B: mark(20) }), partial: true, since: mark(10) };
    const next = afterMerge(sent, 'B', changes, none, 6);
    expect(next.gap).toBe(false);
    expect(next.state.peers.A!.sent).toEqual(mark(20));
    expect(next.state.peers.A!.heard).toEqual(mark(12));
  });

  it('a changes file that starts after what is held here leaves a gap, and the mark stays', () => {
    const b = afterMerge(EMPTY_SYNC, 'B', full('A', mark(10)), none, 5).state;
    const skipped = { ...full('A', mark(30)), partial: true, since: mark(20) };
    expect(hasGap(b, 'B', skipped)).toBe(true);
    const note = afterMerge(b, 'B', skipped, none, 6);
    expect(note.gap).toBe(true);
    expect(note.state.peers.A!.heard).toEqual(mark(10));
    const next = { ...skipped, since: mark(10) };
    expect(hasGap(b, 'B', next)).toBe(false);
  });

  it('a file of this device itself, or without a header, changes nothing', () => {
    expect(afterMerge(EMPTY_SYNC, 'A', full('A', mark(3)), none, 1).state).toBe(EMPTY_SYNC);
    expect(afterMerge(EMPTY_SYNC, 'A', undefined, none, 1).state).toBe(EMPTY_SYNC);
  });

  it('several peers are offered last merged first, then the last backup’s device', () => {
    let s = afterMerge(EMPTY_SYNC, 'me', full('B', mark(1)), none, 1).state;
    s = afterMerge(s, 'me', full('C', mark(1)), none, 2).state;
    s = afterExport(s, 'full', mark(9));
    expect(targetsOf(s).map((t) => (t.kind === 'peer' ? t.id : t.kind))).toEqual([
      'C',
      'B',
      'lastBackup'
    ]);
  });

  it('a stored state that is not one reads as empty', () => {
    expect(readSyncState({ peers: 3 })).toEqual(EMPTY_SYNC);
    expect(readSyncState(undefined)).toEqual(EMPTY_SYNC);
    const s = afterExport(EMPTY_SYNC, 'full', mark(2));
    expect(readSyncState(structuredClone(s))).toEqual(s);
  });

  it('a merge’s keys count as received only when every one came from the file', () => {
    const id = (r: { uid: string }) => r.uid;
    const written = [
      { id: 7, uid: 'x' },
      { id: 8, uid: 'y' }
    ];
    expect(receivedRange(written, new Set(['x', 'y']), id)).toEqual([7, 8]);
    expect(receivedRange(written, new Set(['x']), id)).toBeNull();
    expect(receivedRange([], new Set(), id)).toBeNull();
  });
});

describe('the size of a day of study', () => {
  it('100 reviews make a changes file under 20 KB', () => {
    // A seeded source: the same uids every run.
    let seed = 12345;
    const random = (bytes: Uint8Array) => {
      for (let i = 0; i < bytes.length; i++) {
        seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
        bytes[i] = seed >>> 24;
      }
    };
    const items = Array.from(
      { length: 2_000 },
      (_, i) => `c-${(i * 7919).toString(16).padStart(10, '0')}`
    );
    const a = device(T0, items);
    // A past of 3,000 reviews, then a day of 100 on 60 cards.
    const grade = (i: number) => ((i * 7) % 4) + 1;
    const day = (n: number, start: number, cards: number, offset: number) => {
      let now = start;
      for (let i = 0; i < n; i++) {
        now += MINUTE / 2;
        const at = (offset + (i % cards)) % items.length;
        const before = a.cards[at]!;
        const { card, log } = scheduler.grade(before, grade(i) as Grade, now);
        a.cards[at] = card;
        a.reviews.push({
          ...log,
          id: a.next++,
          uid: randomUid(random),
          from: [before.reps, before.due]
        });
      }
      return now;
    };
    let now = T0;
    for (let d = 0; d < 30; d++) now = day(100, T0 + d * 86_400_000, 60, d * 60);
    const since = markOf(a, now);
    now = day(100, now + 86_400_000, 60, 1_800);
    const header = headerOf('f'.repeat(32), EMPTY_SYNC, since, markOf(a, now), true);
    const file = { ...makeBackup(selectChanges(data(a), since), now, 9), sync: header };
    const json = JSON.stringify(file);
    const gzip = gzipSync(json).length;
    console.info(
      `changes file for a day of 100 reviews (60 cards): ${json.length} bytes of JSON, ${gzip} bytes gzip`
    );
    expect(file.reviews).toHaveLength(100);
    expect(file.cards).toHaveLength(60);
    expect(gzip).toBeLessThan(20 * 1024);
  });
});
