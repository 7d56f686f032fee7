import { DAILY_COUNTS, type DailyCount, type DailyRecord, type ReviewLogRecord } from './records';

export { DAILY_COUNTS, type DailyCount, type DailyRecord } from './records';

// Daily records count a profile's review log per UTC day and quarter hour, so the statistics read
// a few hundred small records instead of every log. A study day begins at a whole local hour, and
// every time zone in use is a whole number of quarter hours from UTC, so each study day is a run of
// whole quarter hours whatever the day start hour and the time zone: the statistics bucket the
// quarter hours exactly as they would bucket the grades in them, and a change of either setting or
// zone needs no rebuild.

/** A daily record's unit of time: every study day's boundary falls on one. */
export const SLOT_MS = 15 * 60 * 1000;
export const SLOTS_PER_DAY = 96;
/** A UTC day, as daily records divide time. */
export const UTC_DAY_MS = SLOTS_PER_DAY * SLOT_MS;

/** An interval of at least this many days makes a card mature, as in Anki. */
export const MATURE_DAYS = 21;

/** The fields of a review log a daily record counts; a full ReviewLogRecord fits. */
export type DailyLog = Pick<
  ReviewLogRecord,
  'profileId' | 'review' | 'phaseBefore' | 'grade' | 'scheduledDays'
>;

const GRADE_COUNTS = ['again', 'hard', 'good', 'easy'] as const;

/** Where a review is counted: the key of its daily record, `[profileId, day]`. */
export function dailyKey(log: Pick<DailyLog, 'profileId' | 'review'>): [string, number] {
  return [log.profileId, Math.floor(Math.floor(log.review / SLOT_MS) / SLOTS_PER_DAY)];
}

/** A day with nothing counted yet. */
export function emptyDaily(profileId: string, day: number): DailyRecord {
  const record = { profileId, day, slots: [] as number[] } as DailyRecord;
  for (const name of DAILY_COUNTS) record[name] = [];
  return record;
}

/** The counts one review adds, by name. */
function countsOf(log: DailyLog): DailyCount[] {
  const names: DailyCount[] = [log.phaseBefore, GRADE_COUNTS[log.grade - 1] ?? 'again'];
  if (log.phaseBefore === 'review') {
    const mature = log.scheduledDays >= MATURE_DAYS;
    names.push(mature ? 'matureTotal' : 'youngTotal');
    if (log.grade > 1) names.push(mature ? 'maturePassed' : 'youngPassed');
  }
  return names;
}

// Folds one review into `record` in place (`sign` 1) or out of it (-1). A count never goes below
// zero, and a quarter hour left with no review is dropped.
function fold(record: DailyRecord, log: DailyLog, sign: 1 | -1): void {
  const slot = Math.floor(log.review / SLOT_MS) - record.day * SLOTS_PER_DAY;
  let j = record.slots.findIndex((s) => s >= slot);
  if (j === -1) j = record.slots.length;
  if (record.slots[j] !== slot) {
    if (sign < 0) return;
    record.slots.splice(j, 0, slot);
    for (const name of DAILY_COUNTS) record[name].splice(j, 0, 0);
  }
  for (const name of countsOf(log)) {
    record[name][j] = Math.max(0, (record[name][j] ?? 0) + sign);
  }
  if (sign < 0 && slotTotal(record, j) === 0) {
    record.slots.splice(j, 1);
    for (const name of DAILY_COUNTS) record[name].splice(j, 1);
  }
}

/** The number of reviews in the record's `j`th quarter hour. */
export function slotTotal(record: DailyRecord, j: number): number {
  return (
    (record.new[j] ?? 0) +
    (record.learning[j] ?? 0) +
    (record.relearning[j] ?? 0) +
    (record.review[j] ?? 0)
  );
}

function copy(record: DailyRecord): DailyRecord {
  const out = { ...record, slots: [...record.slots] };
  for (const name of DAILY_COUNTS) out[name] = [...record[name]];
  return out;
}

/**
 * The day's record with one review added: `record` is the stored one for `dailyKey(log)`, or
 * undefined when that day has none yet. The stored record is left as it was.
 */
export function addReview(record: DailyRecord | undefined, log: DailyLog): DailyRecord {
  const [profileId, day] = dailyKey(log);
  const out = record ? copy(record) : emptyDaily(profileId, day);
  fold(out, log, 1);
  return out;
}

/** The day's record with one review taken out (an undo), or null when nothing is left in it. */
export function removeReview(record: DailyRecord, log: DailyLog): DailyRecord | null {
  const out = copy(record);
  fold(out, log, -1);
  return out.slots.length === 0 ? null : out;
}

/** Counts a review log into daily records as it comes (read in chunks, say). */
export class DailyCounter {
  #records = new Map<string, DailyRecord>();

  add(logs: Iterable<DailyLog>): void {
    for (const log of logs) {
      if (!Number.isFinite(log.review)) continue;
      const [profileId, day] = dailyKey(log);
      const key = `${profileId}\u0000${day}`;
      let record = this.#records.get(key);
      if (!record) {
        record = emptyDaily(profileId, day);
        this.#records.set(key, record);
      }
      fold(record, log, 1);
    }
  }

  /** The records so far, in key order: profile, then day. */
  records(): DailyRecord[] {
    return [...this.#records.values()].sort((a, b) =>
      a.profileId === b.profileId ? a.day - b.day : a.profileId < b.profileId ? -1 : 1
    );
  }
}

/** The daily records of a review log (any profiles), in key order: profile, then day. */
export function aggregate(logs: Iterable<DailyLog>): DailyRecord[] {
  const counter = new DailyCounter();
  counter.add(logs);
  return counter.records();
}
