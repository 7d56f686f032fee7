import { ITEM_TYPES, type ItemType } from './bank';
import { COURSE_ID } from './course';
import {
  QUIZ_CONTENT_LANGS,
  QUIZ_FEEDBACK,
  QUIZ_LENGTHS,
  QUIZ_TIMER_CHOICES,
  type QuizSettings
} from './quiz';
import { hashString, randomInt, type Random } from './random';

/*
 * Codes for a class quiz with no server. The teacher's device shows a quiz code; every student's
 * device rebuilds the same quiz from it (buildQuiz is deterministic); each student's device shows a
 * result code that the teacher's device collects.
 *
 * A code is a big number written in base 23 with the alphabet below, most significant symbol
 * first, then one check symbol. The number packs its fields in mixed radix (each field takes
 * exactly the room its values need, not whole bits), and its length in symbols is the smallest that
 * holds every value the fields could take, so two codes of the same shape have the same length.
 *
 * The alphabet: all ten digits (read aloud in any language, and typed as Arabic-Indic or Persian
 * digits too) and thirteen letters. Letters that look like a digit are left out and read as that
 * digit (O Q → 0, I L → 1, Z → 2, S → 5, G → 6, B → 8), so a misread board still decodes. P is
 * left out too (many Arabic speakers say it as B) and so are U V W Y (they blur into one another
 * in handwriting). What is left to confuse (M and N aloud, say) the check symbol catches.
 *
 * The check: with symbol values vᵢ and weights wᵢ = (i mod 22) + 1, the sum Σ wᵢ·vᵢ over the whole
 * code, check symbol included, is 0 mod 23. Because 23 is prime and every weight and every
 * difference of neighbouring weights is non-zero mod 23, any one changed symbol and any swap of two
 * different neighbouring symbols changes the sum: both are always detected.
 */

/** The symbols of a code, in value order. */
export const CODE_ALPHABET = '0123456789ACDEFHJKMNRTX';
const BASE = CODE_ALPHABET.length;
const BIG_BASE = BigInt(BASE);

const CONFUSABLE: Readonly<Record<string, string>> = {
  O: '0',
  Q: '0',
  I: '1',
  L: '1',
  Z: '2',
  S: '5',
  G: '6',
  B: '8'
};
// Spaces, dashes and dots between groups, and the invisible marks that copying from a
// right-to-left page adds: none of them carries a symbol.
const IGNORED = /[\s\-‐‑‒–—―−_.·\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u00AD]/u;
// Longer input is no code (the longest result code is a few hundred symbols).
const MAX_INPUT = 4000;

/**
 * A typed or scanned code as its bare symbols (no dashes, upper case), or null if it holds
 * anything that is not a symbol. Ignores case, spaces, dashes and invisible marks; reads
 * Arabic-Indic and Persian digits as digits and look-alike letters as the digit they resemble.
 * Two inputs of the same code give the same string, so it can key a table of collected results.
 */
export function normalizeCode(input: string): string | null {
  if (typeof input !== 'string' || input.length > MAX_INPUT) return null;
  let out = '';
  for (const raw of input.normalize('NFKC')) {
    if (IGNORED.test(raw)) continue;
    const cp = raw.codePointAt(0) ?? 0;
    let c = raw;
    if (cp >= 0x660 && cp <= 0x669) c = String(cp - 0x660);
    else if (cp >= 0x6f0 && cp <= 0x6f9) c = String(cp - 0x6f0);
    else if (c >= 'a' && c <= 'z') c = c.toUpperCase();
    c = CONFUSABLE[c] ?? c;
    if (!CODE_ALPHABET.includes(c) || c.length !== 1) return null;
    out += c;
  }
  return out;
}

/** Bare symbols in groups of four, for display: `7K3A-0X9D-…`. */
export function formatCode(symbols: string): string {
  return (symbols.match(/.{1,4}/gu) ?? []).join('-');
}

const weight = (i: number) => (i % (BASE - 1)) + 1;

function weightedSum(values: readonly number[]): number {
  let sum = 0;
  values.forEach((v, i) => {
    sum = (sum + weight(i) * v) % BASE;
  });
  return sum;
}

/** The check value that makes the weighted sum of `values` followed by it 0 mod 23. */
function checkValue(values: readonly number[]): number {
  const need = (BASE - weightedSum(values)) % BASE;
  const w = weight(values.length);
  for (let c = 0; c < BASE; c++) if ((w * c) % BASE === need) return c;
  throw new Error('unreachable: 23 is prime');
}

class Malformed extends Error {}

/** Fields written in mixed radix; read back in the same order by {@link Unpacker}. */
class Packer {
  #digits: [bigint, bigint][] = [];

  push(value: number | bigint, radix: number | bigint): void {
    const v = BigInt(value);
    const r = BigInt(radix);
    if (v < 0n || v >= r) throw new RangeError(`field value ${v} out of 0…${r - 1n}`);
    this.#digits.push([v, r]);
  }

  pushVarUint(n: number): void {
    do {
      this.push(n % 32, 32);
      n = Math.floor(n / 32);
      this.push(n > 0 ? 1 : 0, 2);
    } while (n > 0);
  }

  capacity(): bigint {
    return this.#digits.reduce((c, [, r]) => c * r, 1n);
  }

  /** The code: bare symbols with the check symbol last. */
  toCode(): string {
    let value = 0n;
    for (let k = this.#digits.length - 1; k >= 0; k--) {
      const [v, r] = this.#digits[k] as [bigint, bigint];
      value = value * r + v;
    }
    const values = new Array<number>(symbolsFor(this.capacity())).fill(0);
    for (let i = values.length - 1; i >= 0; i--) {
      values[i] = Number(value % BIG_BASE);
      value /= BIG_BASE;
    }
    values.push(checkValue(values));
    return values.map((v) => CODE_ALPHABET[v]).join('');
  }
}

/** The fewest symbols that hold every number below `capacity`. */
function symbolsFor(capacity: bigint): number {
  let n = 0;
  for (let room = 1n; room < capacity; room *= BIG_BASE) n++;
  return n;
}

class Unpacker {
  #value = 0n;
  #capacity = 1n;
  readonly #limit: bigint;
  readonly #length: number;

  constructor(values: readonly number[]) {
    for (const v of values) this.#value = this.#value * BIG_BASE + BigInt(v);
    this.#limit = BIG_BASE ** BigInt(values.length);
    this.#length = values.length;
  }

  pull(radix: number | bigint): bigint {
    const r = BigInt(radix);
    // More fields than the code has room for: stop before a hostile count runs a long loop.
    this.#capacity *= r;
    if (this.#capacity > this.#limit) throw new Malformed();
    const d = this.#value % r;
    this.#value /= r;
    return d;
  }

  int(radix: number): number {
    return Number(this.pull(radix));
  }

  varUint(): number {
    let n = 0;
    let scale = 1;
    for (let chunks = 0; ; chunks++) {
      if (chunks === 6) throw new Malformed();
      const chunk = this.int(32);
      n += chunk * scale;
      scale *= 32;
      if (this.int(2) === 0) {
        // A zero top chunk would be a second spelling of a smaller number.
        if (chunks > 0 && chunk === 0) throw new Malformed();
        return n;
      }
    }
  }

  /** Nothing left over, and no symbol more than the fields need: the code is canonical. */
  finish(): void {
    if (this.#value !== 0n || symbolsFor(this.#capacity) !== this.#length) throw new Malformed();
  }
}

type Kind = 'quiz' | 'result' | 'course-quiz';
// The first field: what the code is, and its format version. 'quiz' draws from the built-in courses
// together (the first format, which every version of the app reads); 'course-quiz' names one
// course; 3 is for a later version.
const KINDS: readonly Kind[] = ['quiz', 'result', 'course-quiz'];
const KIND_RADIX = 4;

/** Bare symbols of a code whose check symbol is right, as values; or why not. */
function readSymbols(code: string): number[] | 'format' | 'check' {
  const bare = normalizeCode(code);
  if (bare === null || bare.length < 2) return 'format';
  const values = [...bare].map((c) => CODE_ALPHABET.indexOf(c));
  return weightedSum(values) === 0 ? values.slice(0, -1) : 'check';
}

/* ------------------------------------------------------------------ quiz codes */

/** Seeds of class quizzes are below this (20 bits), so that they fit in the code. */
export const CLASS_SEED_LIMIT = 2 ** 20;
const FINGERPRINT_RADIX = 2 ** 16;
// Untimed, or one of up to seven timers (QUIZ_TIMER_CHOICES has seven).
const TIMER_RADIX = 8;

/** A fresh seed for a class quiz. */
export function newClassSeed(random: Random): number {
  return randomInt(random, CLASS_SEED_LIMIT);
}

/** 16 bits of the bank version: enough to tell a student that their app has another bank. */
function bankFingerprint(bankVersion: string): number {
  const h = hashString(`bank:${bankVersion}`);
  return ((h >>> 16) ^ h) & 0xffff;
}

export interface QuizCodeParams {
  /**
   * The course the quiz is drawn from, by id; absent: the built-in courses together (the first
   * code format, shorter, and read by every version of the app).
   */
  course?: string;
  /** The version of the bank the quiz is drawn from (the course's `bankVersion`). */
  bankVersion: string;
  /** The bank's topic ids in the bank's order; settings' topics are sent as a bitmask over it. */
  topicIds: readonly string[];
  /** 0 ≤ seed < {@link CLASS_SEED_LIMIT}. */
  seed: number;
  settings: QuizSettings;
}

/** What a device knows of the bank a quiz code names: its version and its topics in order. */
export interface CodeContext {
  bankVersion: string;
  topicIds: readonly string[];
}

/**
 * The bank a code names on this device: `null` asks for the built-in courses together, an id for
 * that course; `undefined` when the device does not have it.
 */
export type CourseLookup = (course: string | null) => CodeContext | undefined;

export type QuizCodeResult =
  | { ok: true; seed: number; settings: QuizSettings }
  | { ok: false; reason: 'format' | 'check' | 'bank' }
  | { ok: false; reason: 'course' | 'version'; course: string };

function mask<T>(chosen: readonly T[], all: readonly T[], what: string): bigint {
  let m = 0n;
  for (const x of chosen) {
    const i = all.indexOf(x);
    if (i < 0) throw new RangeError(`unknown ${what}: ${String(x)}`);
    m |= 1n << BigInt(i);
  }
  return m;
}

const unmask = <T>(m: bigint, all: readonly T[]): T[] =>
  all.filter((_, i) => (m >> BigInt(i)) & 1n);

// A course id in the code: its length, then each character among the 37 an id may hold (about
// 5.2 bits each), so that a device without the course can say which one it needs.
const COURSE_ID_SYMBOLS = 'abcdefghijklmnopqrstuvwxyz0123456789-';
const COURSE_ID_MAX = 64;

function pushCourseId(p: Packer, id: string): void {
  if (!COURSE_ID.test(id)) throw new RangeError(`course id ${id}`);
  p.push(id.length - 1, COURSE_ID_MAX);
  for (const c of id) p.push(COURSE_ID_SYMBOLS.indexOf(c), COURSE_ID_SYMBOLS.length);
}

function pullCourseId(u: Unpacker): string {
  const length = u.int(COURSE_ID_MAX) + 1;
  let id = '';
  for (let i = 0; i < length; i++) id += COURSE_ID_SYMBOLS[u.int(COURSE_ID_SYMBOLS.length)];
  if (!COURSE_ID.test(id)) throw new Malformed();
  return id;
}

function pushSettings(p: Packer, s: QuizSettings, topicIds: readonly string[]): void {
  p.push(QUIZ_LENGTHS.indexOf(s.length), QUIZ_LENGTHS.length);
  p.push(QUIZ_FEEDBACK.indexOf(s.feedback), QUIZ_FEEDBACK.length);
  const timer = s.timerSeconds === null ? 0 : QUIZ_TIMER_CHOICES.indexOf(s.timerSeconds) + 1;
  if (s.timerSeconds !== null && timer === 0) {
    throw new RangeError(`timer ${s.timerSeconds} s is not one of QUIZ_TIMER_CHOICES`);
  }
  p.push(timer, TIMER_RADIX);
  p.push(QUIZ_CONTENT_LANGS.indexOf(s.contentLang), QUIZ_CONTENT_LANGS.length);
  p.push(s.topics.length > 0 ? 1 : 0, 2);
  if (s.topics.length > 0) p.push(mask(s.topics, topicIds, 'topic'), 1n << BigInt(topicIds.length));
  p.push(s.types.length > 0 ? 1 : 0, 2);
  if (s.types.length > 0) p.push(mask(s.types, ITEM_TYPES, 'type'), 1 << ITEM_TYPES.length);
  p.push(s.paragraphs === null ? 0 : 1, 2);
  if (s.paragraphs !== null) {
    const { from, to } = s.paragraphs;
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1 || to < from) {
      throw new RangeError(`paragraph range ${from}–${to}`);
    }
    p.pushVarUint(from - 1);
    p.pushVarUint(to - from);
  }
}

/** The settings as {@link pushSettings} wrote them (no course), or null for a timer out of range. */
function pullSettings(u: Unpacker, topicIds: readonly string[]): QuizSettings | null {
  const length = QUIZ_LENGTHS[u.int(QUIZ_LENGTHS.length)] as QuizSettings['length'];
  const feedback = QUIZ_FEEDBACK[u.int(QUIZ_FEEDBACK.length)] as QuizSettings['feedback'];
  const timer = u.int(TIMER_RADIX);
  const timerSeconds = timer === 0 ? null : (QUIZ_TIMER_CHOICES[timer - 1] ?? null);
  const contentLang = QUIZ_CONTENT_LANGS[
    u.int(QUIZ_CONTENT_LANGS.length)
  ] as QuizSettings['contentLang'];
  let topics: string[] = [];
  if (u.int(2) === 1) {
    const m = u.pull(1n << BigInt(topicIds.length));
    if (m === 0n) throw new Malformed();
    topics = unmask(m, topicIds);
  }
  let types: ItemType[] = [];
  if (u.int(2) === 1) {
    const m = u.pull(1 << ITEM_TYPES.length);
    if (m === 0n) throw new Malformed();
    types = unmask(m, ITEM_TYPES);
  }
  let paragraphs: QuizSettings['paragraphs'] = null;
  if (u.int(2) === 1) {
    const from = u.varUint() + 1;
    paragraphs = { from, to: from + u.varUint() };
  }
  u.finish();
  if (timer > QUIZ_TIMER_CHOICES.length) return null;
  return { length, topics, types, paragraphs, feedback, timerSeconds, contentLang };
}

/**
 * The quiz code for a class quiz, for display (groups of four). It carries the course (none: the
 * built-in courses together; else its id), a 16-bit fingerprint of the bank version, the seed and
 * every setting: length, feedback, timer (one of QUIZ_TIMER_CHOICES), content language, topics
 * (bitmask over `topicIds`), types (bitmask over ITEM_TYPES) and paragraph range. `settings.course`
 * is not read: `course` says it. With no course, topic, type or paragraph filter it is 11 symbols
 * plus the check; a topic filter adds 2, a type filter 1–2, a paragraph range 2–3, a course id
 * about 1.2 symbols a character (18 for `health-article`, 3 for `a`).
 * Throws a RangeError for a seed out of range, a course id that is none, or settings it cannot carry.
 */
export function encodeQuizCode(params: QuizCodeParams): string {
  const { course, bankVersion, topicIds, seed, settings } = params;
  if (!Number.isInteger(seed) || seed < 0 || seed >= CLASS_SEED_LIMIT) {
    throw new RangeError(`seed ${seed} out of 0…${CLASS_SEED_LIMIT - 1}`);
  }
  const p = new Packer();
  p.push(KINDS.indexOf(course === undefined ? 'quiz' : 'course-quiz'), KIND_RADIX);
  if (course !== undefined) pushCourseId(p, course);
  p.push(bankFingerprint(bankVersion), FINGERPRINT_RADIX);
  p.push(seed, CLASS_SEED_LIMIT);
  pushSettings(p, settings, topicIds);
  return formatCode(p.toCode());
}

/**
 * Reads a quiz code typed, pasted or scanned in any form {@link normalizeCode} accepts. `ctx` is
 * what this device has: the built-in courses' bank (which then is all a code may name) or a
 * lookup by course. `check`: the check symbol does not match (a symbol mistyped or two swapped);
 * `bank`: the code was made from another version of the built-in courses; `course`: it names a
 * course this device does not have; `version`: this device has another version of that course;
 * `format`: anything else. Never throws. Topics and types come back in the order of the bank's
 * topic ids and ITEM_TYPES; a code that names a course gives settings with that `course`.
 */
export function decodeQuizCode(code: string, ctx: CodeContext | CourseLookup): QuizCodeResult {
  const values = readSymbols(code);
  if (typeof values === 'string') return { ok: false, reason: values };
  const lookup: CourseLookup =
    typeof ctx === 'function' ? ctx : (course) => (course === null ? ctx : undefined);
  try {
    const u = new Unpacker(values);
    const kind = KINDS[u.int(KIND_RADIX)];
    if (kind !== 'quiz' && kind !== 'course-quiz') return { ok: false, reason: 'format' };
    const course = kind === 'course-quiz' ? pullCourseId(u) : null;
    const fingerprint = u.int(FINGERPRINT_RADIX);
    const known = lookup(course);
    if (course !== null && !known) return { ok: false, reason: 'course', course };
    if (!known || fingerprint !== bankFingerprint(known.bankVersion)) {
      return course === null
        ? { ok: false, reason: 'bank' }
        : { ok: false, reason: 'version', course };
    }
    const seed = u.int(CLASS_SEED_LIMIT);
    const settings = pullSettings(u, known.topicIds);
    if (!settings) return { ok: false, reason: 'format' };
    return { ok: true, seed, settings: course === null ? settings : { ...settings, course } };
  } catch (e) {
    if (e instanceof Malformed) return { ok: false, reason: 'format' };
    throw e;
  }
}

/* ---------------------------------------------------------------- result codes */

const TAG_LENGTH = 4;
const TAG_RADIX = BASE ** TAG_LENGTH;

/**
 * A short tag of a quiz code (four symbols) that every result code made for that quiz carries,
 * so the teacher's device can file results under their quiz. Any spelling of the same code gives
 * the same tag; a tag gives itself. Never throws.
 */
export function quizTag(quizCode: string): string {
  const bare = normalizeCode(quizCode) ?? String(quizCode);
  // No quiz code is this short; a tag passed in stays itself, so quizTag(quizTag(c)) === quizTag(c).
  if (bare.length === TAG_LENGTH && normalizeCode(bare) === bare) return bare;
  let n = hashString(`quiz:${bare}`) % TAG_RADIX;
  let tag = '';
  for (let i = 0; i < TAG_LENGTH; i++) {
    tag = CODE_ALPHABET[n % BASE] + tag;
    n = Math.floor(n / BASE);
  }
  return tag;
}

/** The longest name a result code carries, in UTF-16 code units. */
export const RESULT_NAME_MAX = 32;

/*
 * Names are written with one of two tables, whichever gives the smaller code; a character in
 * neither is written as an escape plus its UTF-16 code unit, so every string survives. The Arabic
 * table has the 36 letters of Arabic names (hamza forms, ة and ى included), the Persian letters
 * پ چ ژ گ ک ی (which Persian keyboards type), and the space: about 5.5 bits a letter, so a name
 * such as «محمد أحمد» takes 9 × 5.5 ≈ 49 bits (11 symbols), about half of what UTF-8 would.
 */
const ARABIC_NAME = [' ', ...'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي', ...'پچژگکی'];
const LATIN_NAME = [
  ' ',
  ...'abcdefghijklmnopqrstuvwxyz',
  ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  ...`-'.`
];
const NAME_TABLES = [ARABIC_NAME, LATIN_NAME] as const;
const UNIT_RADIX = 0x10000;

function nameCost(name: string, table: readonly string[]): bigint {
  let cost = 1n;
  for (let i = 0; i < name.length; i++) {
    cost *=
      BigInt(table.length + 1) * (table.includes(name[i] as string) ? 1n : BigInt(UNIT_RADIX));
  }
  return cost;
}

const nameTable = (name: string) =>
  nameCost(name, LATIN_NAME) < nameCost(name, ARABIC_NAME) ? 1 : 0;

export interface ResultCodeParams {
  /** The quiz code the student took (any spelling), or its {@link quizTag}. */
  quizCode: string;
  /** Up to {@link RESULT_NAME_MAX} UTF-16 code units; trim it before, the code keeps it exactly. */
  name: string;
  /** Per question: right (correct or typo) or not. */
  answers: readonly boolean[];
  /**
   * The quiz score with partial credit, 0…answers.length. Carried in sixtieths, exact for partial
   * credit over 2–6 pairs or positions; omit it to send only the right/wrong answers.
   */
  score?: number;
}

export type ResultCodeResult =
  | { ok: true; quizTag: string; name: string; answers: boolean[]; score?: number }
  | { ok: false; reason: 'format' | 'check' };

const SCORE_STEPS = 60;

/**
 * The result code a student's device shows, for display (groups of four): the quiz's tag, the
 * answers right or wrong, the score if given, and the name. For 10 questions and the name
 * «محمد أحمد» it is 22 symbols, check included (24 with a score); every further Arabic letter adds
 * about 1.2 symbols, every further question 0.22. Throws a RangeError for a name too long or a score out
 * of range.
 */
export function encodeResultCode(params: ResultCodeParams): string {
  const { name, answers, score } = params;
  if (name.length > RESULT_NAME_MAX) {
    throw new RangeError(`name longer than ${RESULT_NAME_MAX} code units`);
  }
  const p = new Packer();
  p.push(KINDS.indexOf('result'), KIND_RADIX);
  const tag = quizTag(params.quizCode);
  p.push(
    [...tag].reduce((n, c) => n * BASE + CODE_ALPHABET.indexOf(c), 0),
    TAG_RADIX
  );
  p.pushVarUint(answers.length);
  for (const right of answers) p.push(right ? 1 : 0, 2);
  p.push(score === undefined ? 0 : 1, 2);
  if (score !== undefined) {
    const steps = Math.round(score * SCORE_STEPS);
    if (!(steps >= 0 && steps <= answers.length * SCORE_STEPS)) {
      throw new RangeError(`score ${score} out of 0…${answers.length}`);
    }
    p.push(steps, answers.length * SCORE_STEPS + 1);
  }
  const mode = nameTable(name);
  const table: readonly string[] = NAME_TABLES[mode];
  p.push(mode, 2);
  p.push(name.length, RESULT_NAME_MAX + 1);
  for (let i = 0; i < name.length; i++) {
    const c = name[i] as string;
    const at = table.indexOf(c);
    p.push(at + 1, table.length + 1);
    if (at < 0) p.push(c.charCodeAt(0), UNIT_RADIX);
  }
  return formatCode(p.toCode());
}

/**
 * Reads a result code in any form {@link normalizeCode} accepts. `check`: the check symbol does
 * not match; `format`: anything else (a quiz code included). Never throws.
 */
export function decodeResultCode(code: string): ResultCodeResult {
  const values = readSymbols(code);
  if (typeof values === 'string') return { ok: false, reason: values };
  try {
    const u = new Unpacker(values);
    if (KINDS[u.int(KIND_RADIX)] !== 'result') return { ok: false, reason: 'format' };
    let tagValue = u.int(TAG_RADIX);
    let tag = '';
    for (let i = 0; i < TAG_LENGTH; i++) {
      tag = CODE_ALPHABET[tagValue % BASE] + tag;
      tagValue = Math.floor(tagValue / BASE);
    }
    const count = u.varUint();
    const answers: boolean[] = [];
    for (let i = 0; i < count; i++) answers.push(u.int(2) === 1);
    const score = u.int(2) === 1 ? u.int(count * SCORE_STEPS + 1) / SCORE_STEPS : undefined;
    const mode = u.int(2);
    const table: readonly string[] = NAME_TABLES[mode as 0 | 1];
    const length = u.int(RESULT_NAME_MAX + 1);
    let name = '';
    for (let i = 0; i < length; i++) {
      const at = u.int(table.length + 1);
      if (at > 0) {
        name += table[at - 1];
        continue;
      }
      const unit = String.fromCharCode(u.int(UNIT_RADIX));
      // An escape for a character the table has would be a second spelling of the same code.
      if (table.includes(unit)) throw new Malformed();
      name += unit;
    }
    u.finish();
    if (nameTable(name) !== mode) throw new Malformed();
    const result: ResultCodeResult = { ok: true, quizTag: tag, name, answers };
    if (score !== undefined) result.score = score;
    return result;
  } catch (e) {
    if (e instanceof Malformed) return { ok: false, reason: 'format' };
    throw e;
  }
}
