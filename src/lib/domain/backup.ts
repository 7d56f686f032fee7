import {
  array,
  custom,
  literal,
  maxEntries,
  maxLength,
  minLength,
  object,
  optional,
  picklist,
  pipe,
  rawCheck,
  record,
  safeParse,
  transform,
  type InferOutput
} from 'valibot';
import { withIndexFields } from './cards';
import { SyncHeaderSchema } from './changes';
import { courseProblems, DeviceCourseSchema, type DeviceCourse } from './course';
import { clip, detailOf } from './issues';
import {
  CardRecordSchema,
  ClassQuizSchema,
  Id,
  Key,
  list,
  Name,
  PlainCardSchema,
  ProfileSchema,
  QuizAttemptSchema,
  RECORD_LIMITS,
  ReviewLogSchema,
  Time,
  type CardRecord,
  type ClassQuiz,
  type Profile,
  type QuizAttempt,
  type ReviewLogRecord
} from './records';
import { uidOf } from './review-uid';
import { DeviceSettingsSchema, type DeviceSettings } from './settings-schema';

/**
 * The backup file: one versioned JSON document holding everything the app stores. Parsing checks
 * every record (types, ranges, sizes, unique keys, references between stores) so that an import
 * can show a true preview and then write it in one transaction.
 */

export const BACKUP_FORMAT = 'dars-backup';
/**
 * 4: every review log carries its `uid` (the same on every device), so a file can be merged.
 * 3: the courses made on the device. 2: review logs carry their sibling group, not a copy of the
 * card. Files of versions 1 to 3 still load (with no courses before 3); their logs get the uid a
 * migration gives an old log (`legacyUid`), so the same old review has the same uid everywhere.
 */
export const BACKUP_VERSION = 4;
/**
 * A file larger than this is refused before it is read as JSON. A year of heavy study (100,000
 * reviews, 50,000 cards) makes a backup of about 80 MB; `npm run bench` measures it.
 */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024;

/** The caps a backup must stay within: each record's (see records.ts) and each store's. */
export const BACKUP_LIMITS = Object.freeze({
  ...RECORD_LIMITS,
  profiles: 1_000,
  cards: 1_000_000,
  reviews: 1_000_000,
  attempts: 100_000,
  classes: 10_000,
  courses: 1_000
});

/** A profile as stored. */
export type BackupProfile = Profile;

/** Review logs and quiz attempts carry the key IndexedDB gave them. */
export type StoredReview = ReviewLogRecord & { id: number };
export type StoredAttempt = QuizAttempt & { id: number };

/** A backup as read (any older version is read as this one). */
export type Backup = Omit<InferOutput<typeof BackupObjectSchema>, 'version'> & {
  version: typeof BACKUP_VERSION;
};

export interface BackupError {
  kind: 'tooLarge' | 'notJson' | 'notBackup' | 'futureVersion' | 'invalid';
  /** For 'invalid': where and what, e.g. "cards[3].due: expected a number". */
  detail?: string;
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; error: BackupError };

export interface BackupData {
  app: string;
  device: DeviceSettings;
  profiles: readonly BackupProfile[];
  /** Settings by profile id; a profile without settings may be left out or map to undefined. */
  profileSettings: Readonly<Record<string, unknown>>;
  cards: readonly CardRecord[];
  reviews: readonly ReviewLogRecord[];
  attempts: readonly QuizAttempt[];
  classes: readonly ClassQuiz[];
  /** The courses made on the device, whole. */
  courses: readonly DeviceCourse[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function withId<T extends { id?: number }>(
  records: readonly T[],
  store: string
): (T & { id: number })[] {
  return records.map((r, i) => {
    // Every record read back from IndexedDB has its key; one without is a bug in the caller.
    if (typeof r.id !== 'number') throw new TypeError(`${store}[${i}] has no id`);
    return r as T & { id: number };
  });
}

/**
 * The backup of everything read from the database. Profile settings that are not objects (a
 * profile that never saved any) are left out. Throws a TypeError if a review or attempt has no id.
 */
export function makeBackup(data: BackupData, now: number, dbVersion: number): Backup {
  const profileSettings: Record<string, Record<string, unknown>> = {};
  for (const [id, value] of Object.entries(data.profileSettings)) {
    if (isPlainObject(value)) profileSettings[id] = value;
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now,
    dbVersion,
    app: data.app,
    device: { ...data.device },
    profiles: [...data.profiles],
    profileSettings,
    cards: [...data.cards],
    reviews: withId(data.reviews, 'reviews'),
    attempts: withId(data.attempts, 'attempts'),
    classes: [...data.classes],
    courses: [...data.courses]
  };
}

// ---------------------------------------------------------------------------------------------
// Schemas

const L = BACKUP_LIMITS;
const PlainObject = custom<Record<string, unknown>>(isPlainObject, 'expected an object');

// The queue index fields are recomputed rather than trusted: a wrong one would hide a card.
const CardSchema = pipe(
  CardRecordSchema,
  transform((card): CardRecord => withIndexFields(card))
);

// In a backup every review carries its key. Version 1 kept the whole card before the review
// (`previous`) instead of its sibling group; its sibling group is all that is kept now.
const ReviewSchema = pipe(
  object({
    ...ReviewLogSchema.entries,
    id: Key,
    sibling: optional(Id),
    previous: optional(PlainCardSchema)
  }),
  rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const { profileId, itemId, previous, from, sibling } = dataset.value;
    if (previous && (previous.profileId !== profileId || previous.itemId !== itemId)) {
      addIssue({ message: 'previous: a card other than the one reviewed' });
    }
    if (previous && from && (from[0] !== previous.reps || from[1] !== previous.due)) {
      addIssue({ message: 'from: not the state of the card before the review' });
    }
    if (sibling === undefined && previous === undefined) {
      addIssue({ message: 'sibling: missing' });
    }
  }),
  transform(({ previous, sibling, ...review }): StoredReview => ({
    ...review,
    uid: uidOf(review),
    sibling: sibling ?? previous!.sibling
  }))
);

const AttemptSchema = object({ ...QuizAttemptSchema.entries, id: Key });

const ClassSchema = pipe(
  ClassQuizSchema,
  rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const at = firstDuplicate(dataset.value.results.map((r) => r.key));
    if (at !== -1) addIssue({ message: `results[${at}].key: the same result twice` });
  })
);

function firstDuplicate(keys: readonly (string | number)[]): number {
  const seen = new Set<string | number>();
  for (const [i, key] of keys.entries()) {
    if (seen.has(key)) return i;
    seen.add(key);
  }
  return -1;
}

/**
 * The first log graded from the same card state as one before it (profile, item and `from`, the
 * store's unique `byStep` index), or -1. A backup with one is refused: it would count a grade twice.
 */
export function duplicateStep(reviews: readonly ReviewLogRecord[]): number {
  return firstDuplicate(
    reviews.map((r, i) => (r.from ? JSON.stringify([r.profileId, r.itemId, r.from]) : i))
  );
}

/** What an import writes of the cards, given those stored for the backup's profiles. */
export interface CardChanges {
  /** The backup's cards not stored as they are. */
  put: CardRecord[];
  /** The keys of stored cards the backup lacks. */
  remove: [profileId: string, itemId: string][];
}

/**
 * The cards an import must write and remove so that the stored ones become the backup's. A backup
 * restored on the device it came from holds mostly the cards already there: IndexedDB charges per
 * record written (with its three indexes, about 0.08 ms on disk), so those are left as they are.
 */
export function cardChanges(
  stored: readonly CardRecord[],
  incoming: readonly CardRecord[]
): CardChanges {
  const here = new Map(stored.map((c) => [cardKey(c.profileId, c.itemId), c]));
  const put: CardRecord[] = [];
  for (const card of incoming) {
    const key = cardKey(card.profileId, card.itemId);
    const old = here.get(key);
    here.delete(key);
    if (!old || !sameFields(old, card)) put.push(card);
  }
  const remove = [...here.values()].map((c): [string, string] => [c.profileId, c.itemId]);
  return { put, remove };
}

/** What a whole restore writes of the log, given the stored one. */
export interface LogChanges {
  /** The backup's logs not stored as they are. */
  put: StoredReview[];
  /** The ids of stored logs the backup lacks. */
  remove: number[];
}

/**
 * The logs a whole restore must write and remove so that the stored log becomes the backup's (both
 * keyed by id): as with the cards, a backup restored where it was made writes only what changed.
 */
export function logChanges(
  stored: readonly ReviewLogRecord[],
  incoming: readonly StoredReview[]
): LogChanges {
  const here = new Map(stored.map((log) => [log.id, log]));
  const put: StoredReview[] = [];
  for (const log of incoming) {
    const old = here.get(log.id);
    here.delete(log.id);
    if (!old || !sameFields(old, log)) put.push(log);
  }
  return { put, remove: [...here.keys()].filter((id) => id !== undefined) };
}

/**
 * The share of `sample` (some stored cards) that `incoming` holds as they are: 0 for an empty
 * sample. Near 0, a backup is restored on another device (even its new cards were made at another
 * time), and comparing every stored card would spare no write.
 */
export function unchangedShare(
  sample: readonly CardRecord[],
  incoming: readonly CardRecord[]
): number {
  if (sample.length === 0) return 0;
  const here = new Map(sample.map((c) => [cardKey(c.profileId, c.itemId), c]));
  let same = 0;
  for (const card of incoming) {
    const old = here.get(cardKey(card.profileId, card.itemId));
    if (old && sameFields(old, card)) same++;
  }
  return same / sample.length;
}

/**
 * Two flat records with the same values, an array of values counting as one (a field left out is
 * the same as one undefined).
 */
function sameFields<T extends object>(a: T, b: T): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const k in x) if (!sameValue(x[k], y[k])) return false;
  for (const k in y) if (!(k in x) && y[k] !== undefined) return false;
  return true;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((v, i) => v === b[i]);
}

// A course whose ids are not scoped to it could clash with another course's: refused, as a save is.
const CourseSchema = pipe(
  DeviceCourseSchema,
  rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = courseProblems(dataset.value.bank, dataset.value.id)[0];
    if (problem !== undefined) addIssue({ message: `not a course: ${clip(problem, 200)}` });
  })
);

const cardKey = (profileId: string, itemId: string) => JSON.stringify([profileId, itemId]);

const BackupObjectSchema = object({
  format: literal(BACKUP_FORMAT),
  version: picklist([1, 2, 3, BACKUP_VERSION]),
  exportedAt: Time,
  /** The IndexedDB schema version of the exporting app; for information only. */
  dbVersion: Key,
  /** The exporting app's version. */
  app: Name,
  // Merged over the defaults, as every read of device settings is: a field from an older or
  // newer app does not make the whole backup unusable.
  device: pipe(PlainObject, DeviceSettingsSchema),
  profiles: pipe(array(ProfileSchema), minLength(1), maxLength(L.profiles)),
  // Each profile's stored settings object, by profile id: opaque here (a newer app's fields
  // survive), read with parseProfileSettings. `record` alone would take an array for an object.
  profileSettings: pipe(PlainObject, record(Id, PlainObject), maxEntries(L.profiles)),
  cards: list(CardSchema, L.cards),
  reviews: list(ReviewSchema, L.reviews),
  attempts: list(AttemptSchema, L.attempts),
  classes: list(ClassSchema, L.classes),
  // Absent before version 3.
  courses: optional(list(CourseSchema, L.courses), []),
  // Where the file comes from, and whether it holds only changes (see changes.ts); absent from
  // files made before changes files.
  sync: optional(SyncHeaderSchema)
});

const BackupSchema = pipe(
  BackupObjectSchema,
  rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const problem = crossCheck(dataset.value);
    if (problem !== null) addIssue({ message: problem });
  })
);

type Checked = InferOutput<typeof BackupObjectSchema>;

/** Unique keys per store, and every record belonging to a profile of the backup. */
function crossCheck(b: Checked): string | null {
  const profiles = new Set<string>();
  for (const [i, p] of b.profiles.entries()) {
    if (profiles.has(p.id)) return `profiles[${i}].id: the same id twice`;
    profiles.add(p.id);
  }
  const unknown = (store: string, i: number) => `${store}[${i}].profileId: no such profile`;
  for (const id of Object.keys(b.profileSettings)) {
    if (!profiles.has(id)) return `profileSettings: no profile ${JSON.stringify(clip(id, 40))}`;
  }
  const cards = new Set<string>();
  for (const [i, c] of b.cards.entries()) {
    if (!profiles.has(c.profileId)) return unknown('cards', i);
    const key = cardKey(c.profileId, c.itemId);
    if (cards.has(key)) return `cards[${i}]: the same profile and item twice`;
    cards.add(key);
  }
  const stores = [
    ['reviews', b.reviews.map((r) => r.id), b.reviews, 'id'],
    ['reviews', b.reviews.map((r) => r.uid!), b.reviews, 'uid'],
    ['attempts', b.attempts.map((a) => a.id), b.attempts, 'id'],
    ['classes', b.classes.map((c) => c.code), b.classes, 'code']
  ] as const;
  const step = duplicateStep(b.reviews);
  if (step !== -1) return `reviews[${step}].from: the same card state graded twice`;
  const course = firstDuplicate(b.courses.map((c) => c.id));
  if (course !== -1) return `courses[${course}].id: the same id twice`;
  for (const [store, keys, records, field] of stores) {
    for (const [i, r] of records.entries()) {
      if (!profiles.has(r.profileId)) return unknown(store, i);
    }
    const at = firstDuplicate(keys);
    if (at !== -1) return `${store}[${at}].${field}: the same ${field} twice`;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Parsing

const fail = (kind: BackupError['kind'], detail?: string): ParsedBackup => ({
  ok: false,
  error: detail === undefined ? { kind } : { kind, detail }
});

/**
 * Reads a backup file's text (`size`: the file's size in bytes). Refuses, without throwing, a file
 * over {@link MAX_BACKUP_BYTES}, text that is not JSON, JSON that is not a Dars backup, a backup
 * from a newer format version, and any backup that does not pass every check.
 */
export function parseBackup(text: string, size: number): ParsedBackup {
  try {
    if (!(size <= MAX_BACKUP_BYTES) || text.length > MAX_BACKUP_BYTES) return fail('tooLarge');
    let json: unknown;
    try {
      json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
    } catch {
      return fail('notJson');
    }
    if (!isPlainObject(json) || json.format !== BACKUP_FORMAT) return fail('notBackup');
    const { version } = json;
    if (typeof version === 'number' && version > BACKUP_VERSION) return fail('futureVersion');
    const result = safeParse(BackupSchema, json, { abortEarly: true });
    if (!result.success) return fail('invalid', detailOf(result.issues));
    const backup: Backup = { ...result.output, version: BACKUP_VERSION };
    return { ok: true, backup };
  } catch (e) {
    // Nothing above should throw; if something does, the file is refused, not the app crashed.
    return fail('invalid', clip(e instanceof Error ? e.message : String(e), 300));
  }
}

// ---------------------------------------------------------------------------------------------
// Preview

export interface StoreCounts {
  /** Records with a key not in the database yet. */
  added: number;
  /** Records whose key is already there: the backup's copy takes its place. */
  replaced: number;
}

export interface ImportPreview {
  profiles: StoreCounts;
  cards: StoreCounts;
  reviews: StoreCounts;
  attempts: StoreCounts;
  classes: StoreCounts;
  courses: StoreCounts;
}

/** The keys already in the database. */
export interface ExistingKeys {
  profiles: readonly { id: string }[];
  cards: readonly { profileId: string; itemId: string }[];
  reviewIds: readonly number[];
  attemptIds: readonly number[];
  classCodes: readonly string[];
  courseIds: readonly string[];
}

/** How many of `keys` are new here, and how many replace a record of one of the `existing` keys. */
function counts<K>(existing: readonly K[], keys: readonly K[]): StoreCounts {
  const here = new Set(existing);
  let replaced = 0;
  for (const key of keys) if (here.has(key)) replaced++;
  return { added: keys.length - replaced, replaced };
}

const cardKeyOf = (c: { profileId: string; itemId: string }) => cardKey(c.profileId, c.itemId);

/** What importing `backup` would do to each store, record by record, matched by key. */
export function previewImport(existing: ExistingKeys, backup: Backup): ImportPreview {
  const idOf = <K>(x: { id: K }) => x.id;
  return {
    profiles: counts(existing.profiles.map(idOf), backup.profiles.map(idOf)),
    cards: counts(existing.cards.map(cardKeyOf), backup.cards.map(cardKeyOf)),
    reviews: counts(existing.reviewIds, backup.reviews.map(idOf)),
    attempts: counts(existing.attemptIds, backup.attempts.map(idOf)),
    classes: counts(
      existing.classCodes,
      backup.classes.map((c) => c.code)
    ),
    courses: counts(existing.courseIds, backup.courses.map(idOf))
  };
}
