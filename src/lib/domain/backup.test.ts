// What these tests assert: a backup survives JSON unchanged (HTML and scripts included, as plain
// data); parseBackup refuses, with the right kind and a readable path, every file that is too
// large, not JSON, not a backup, from a newer version or invalid in any field or cross-reference,
// and never throws; previewImport counts added and replaced records per store by key.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClassQuiz, QuizAttempt } from './attempts';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  cardChanges,
  unchangedShare,
  MAX_BACKUP_BYTES,
  makeBackup,
  parseBackup,
  previewImport,
  type Backup,
  type BackupData,
  type ExistingKeys
} from './backup';
import { createScheduler, newCard, suspend } from './cards';
import { type CardRecord, type ReviewLogRecord } from './records';
import { DEFAULT_SCHEDULER_SETTINGS } from './settings-schema';
import { scopeCourse } from './course';
import { testBank } from './fixtures/banks';
import { DEFAULT_QUIZ_SETTINGS } from './quiz';
import { legacyUid } from './review-uid';
import { DEFAULT_DEVICE_SETTINGS } from './settings';

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);
const MINUTE = 60 * 1000;
const HOSTILE = '<script>alert("x")</script><img src=x onerror="alert(1)"> &amp; \' "';

/** Everything a database could hold: two profiles, every optional field and every answer kind. */
function sampleData(): BackupData {
  const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
  const first = scheduler.grade(newCard('default', 'c-1', 0, 's-1', T0), 3, T0);
  const second = scheduler.grade(first.card, 1, T0 + 10 * MINUTE, 'quiz');
  const attempt: QuizAttempt & { id: number } = {
    id: 1,
    profileId: 'default',
    startedAt: T0,
    finishedAt: T0 + 5 * MINUTE,
    plan: {
      seed: 42,
      settings: {
        ...DEFAULT_QUIZ_SETTINGS,
        topics: ['drones-war'],
        types: ['mcq', 'matching'],
        paragraphs: { from: 1, to: 3 },
        timerSeconds: 30
      },
      questions: [
        { itemId: 'c-1', choiceOrder: [2, 0, 1, 3] },
        { itemId: 'c-2', rightOrder: [1, 0] },
        { itemId: 'c-3', startOrder: [2, 0, 1] },
        { itemId: 'c-4' },
        { itemId: 'c-5' },
        { itemId: 'c-6' },
        { itemId: 'c-7' }
      ]
    },
    answers: [
      { kind: 'choice', index: 2 },
      { kind: 'pairs', rightFor: [1, -1] },
      { kind: 'order', order: [0, 1, 2] },
      { kind: 'bool', value: true },
      { kind: 'text', value: 'مسيّرة' },
      { kind: 'skip' },
      null
    ],
    lang: 'ar',
    score: 2.5,
    total: 7,
    classCode: 'ABCD1234',
    student: 'سارة'
  };
  const classQuiz: ClassQuiz = {
    code: 'ABCD1234',
    profileId: 'default',
    createdAt: T0,
    seed: 7,
    settings: { ...DEFAULT_QUIZ_SETTINGS },
    questions: 2,
    results: [
      { key: 'k1', name: 'سارة', answers: [true, false], score: 1, addedAt: T0 },
      { key: 'k2', name: 'Omar', answers: [], addedAt: T0 + MINUTE }
    ]
  };
  return {
    app: '0.1.0',
    device: { ...DEFAULT_DEVICE_SETTINGS, lang: 'ar', theme: 'dark' },
    profiles: [
      { id: 'default', name: '', createdAt: 0 },
      { id: 'p-2', name: 'ليلى', createdAt: T0 }
    ],
    profileSettings: {
      default: { scheduler: DEFAULT_SCHEDULER_SETTINGS, quizFeeds: false },
      'p-2': undefined
    },
    cards: [second.card, suspend(newCard('p-2', 'c-1', 0, 's-1', T0), true)],
    reviews: [
      { ...first.log, id: 1, uid: 'a'.repeat(32) },
      { ...second.log, id: 2, uid: 'b'.repeat(32) }
    ],
    attempts: [
      attempt,
      {
        ...attempt,
        id: 2,
        profileId: 'p-2',
        plan: { ...attempt.plan, settings: { ...DEFAULT_QUIZ_SETTINGS } },
        classCode: undefined,
        student: undefined
      }
    ],
    classes: [classQuiz],
    courses: [
      {
        id: 'my-article',
        createdAt: T0,
        text: 'نص المقال',
        bank: scopeCourse(testBank('x'), 'my-article')
      }
    ]
  };
}

const sample = (): Backup => makeBackup(sampleData(), T0 + 60 * MINUTE, 5);

/** The sample as parsed JSON, to break one piece of. */
const sampleJson = (): Record<string, unknown> => JSON.parse(JSON.stringify(sample()));

function parseJson(json: unknown) {
  const text = JSON.stringify(json);
  return parseBackup(text, text.length);
}

function refusal(json: unknown) {
  const result = parseJson(json);
  if (result.ok) throw new Error('expected the backup to be refused');
  return result.error;
}

type Json = Record<string, unknown> | unknown[];
const at = (json: unknown, ...path: (string | number)[]): Json =>
  path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], json) as Json;

describe('makeBackup and parseBackup', () => {
  it('round-trips every store through JSON', () => {
    const backup = sample();
    expect(backup).toMatchObject({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: T0 + 60 * MINUTE,
      dbVersion: 5,
      app: '0.1.0'
    });
    const result = parseJson(backup);
    expect(result).toEqual({ ok: true, backup });
  });

  it('leaves out profile settings that are not objects', () => {
    expect(Object.keys(sample().profileSettings)).toEqual(['default']);
  });

  it('refuses to back up a review or attempt without its key', () => {
    const data = sampleData();
    const { id, ...log } = data.reviews[0] as ReviewLogRecord;
    expect(id).toBe(1);
    expect(() => makeBackup({ ...data, reviews: [log] }, T0, 5)).toThrow(TypeError);
  });

  it('keeps HTML and script in text fields as they were: data, never markup', () => {
    const data = sampleData();
    const backup = makeBackup(
      {
        ...data,
        app: HOSTILE.slice(0, 100),
        profiles: [{ id: 'default', name: HOSTILE, createdAt: 0 }],
        profileSettings: { default: { note: HOSTILE } },
        cards: [],
        reviews: [],
        attempts: data.attempts.slice(0, 1).map((a) => ({
          ...a,
          student: HOSTILE,
          answers: [{ kind: 'text', value: HOSTILE }]
        })),
        classes: data.classes.map((c) => ({
          ...c,
          code: HOSTILE,
          results: [{ key: HOSTILE, name: HOSTILE, answers: [], addedAt: T0 }]
        }))
      },
      T0,
      5
    );
    const result = parseJson(backup);
    expect(result).toEqual({ ok: true, backup });
    if (!result.ok) return;
    expect(result.backup.profiles[0]?.name).toBe(HOSTILE);
    expect(result.backup.attempts[0]?.answers[0]).toEqual({ kind: 'text', value: HOSTILE });
    expect(result.backup.classes[0]?.results[0]?.name).toBe(HOSTILE);
  });

  it('recomputes the queue index fields of a card instead of trusting them', () => {
    const json = sampleJson();
    const card = at(json, 'cards', 1) as Record<string, unknown>;
    card.newOrder = 5; // the card is suspended: it must be in no queue
    const result = parseJson(json);
    expect(result.ok && result.backup.cards[1]).not.toHaveProperty('newOrder');
  });

  it('merges device settings over the defaults, as every read of them does', () => {
    const json = sampleJson();
    json.device = { theme: 'light', extra: 1 };
    const result = parseJson(json);
    expect(result.ok && result.backup.device).toEqual({
      ...DEFAULT_DEVICE_SETTINGS,
      theme: 'light'
    });
  });

  it('accepts a UTF-8 byte order mark before the JSON', () => {
    const text = `\uFEFF${JSON.stringify(sample())}`;
    expect(parseBackup(text, text.length).ok).toBe(true);
  });

  it('reads a version 1 backup, whose reviews kept a copy of the card instead of its sibling', () => {
    const json = sampleJson();
    const cards = json.cards as Record<string, unknown>[];
    json.version = 1;
    for (const review of json.reviews as Record<string, unknown>[]) {
      const card = cards.find(
        (c) => c.itemId === review.itemId && c.profileId === review.profileId
      )!;
      review.previous = {
        ...card,
        reps: (review.from as number[])[0],
        due: (review.from as number[])[1]
      };
      delete review.sibling;
    }
    const result = parseJson(json);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.version).toBe(BACKUP_VERSION);
    expect(result.backup.reviews).toEqual(sample().reviews);
  });

  it('reads a version 3 backup, whose reviews have no uid, giving each the uid a migration gives', () => {
    const json = sampleJson();
    json.version = 3;
    for (const review of json.reviews as Record<string, unknown>[]) delete review.uid;
    const result = parseJson(json);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const expected = sample().reviews.map((r) => ({ ...r, uid: legacyUid(r) }));
    expect(result.backup.reviews).toEqual(expected);
    expect(new Set(expected.map((r) => r.uid)).size).toBe(2);
  });

  it('reads a version 2 backup, made before backups held courses, as one with none', () => {
    const json = sampleJson();
    json.version = 2;
    delete json.courses;
    const result = parseJson(json);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.backup.courses).toEqual([]);
    expect({ ...result.backup, courses: sample().courses }).toEqual(sample());
  });

  it('keeps the courses made on the device, whole', () => {
    const backup = sample();
    expect(backup.courses.map((c) => c.id)).toEqual(['my-article']);
    const result = parseJson(backup);
    expect(result.ok && result.backup.courses).toEqual(sampleData().courses);
  });
});

describe('parseBackup refuses', () => {
  it('a file over the size limit, before reading it', () => {
    expect(parseBackup(JSON.stringify(sample()), MAX_BACKUP_BYTES + 1)).toEqual({
      ok: false,
      error: { kind: 'tooLarge' }
    });
    expect(parseBackup('{', MAX_BACKUP_BYTES + 1).ok).toBe(false);
    expect(parseBackup('{', Number.NaN)).toEqual({ ok: false, error: { kind: 'tooLarge' } });
  });

  it.each(['', '{', 'hello', '{"a":1,}', "{'format':'dars-backup'}", 'NaN'])(
    'text that is not JSON: %j',
    (text) => {
      expect(parseBackup(text, text.length)).toEqual({ ok: false, error: { kind: 'notJson' } });
    }
  );

  it.each([
    '{"hello":1}',
    '[]',
    '"x"',
    'null',
    '1',
    'true',
    '{"format":"anki"}',
    '[{"format":"dars-backup"}]'
  ])('JSON that is not a Dars backup: %s', (text) => {
    expect(parseBackup(text, text.length)).toEqual({ ok: false, error: { kind: 'notBackup' } });
  });

  it('a backup from a newer version of the format', () => {
    expect(refusal({ ...sampleJson(), version: BACKUP_VERSION + 1 })).toEqual({
      kind: 'futureVersion'
    });
    expect(refusal({ format: BACKUP_FORMAT, version: 99 })).toEqual({ kind: 'futureVersion' });
  });

  it('a backup of no known version', () => {
    expect(refusal({ ...sampleJson(), version: 0 })).toEqual({
      kind: 'invalid',
      detail: 'version: expected one of 1 | 2 | 3 | 4'
    });
    expect(refusal({ ...sampleJson(), version: '1' }).kind).toBe('invalid');
  });

  it('a course whose items are not scoped to it, or the same course twice', () => {
    const unscoped = sampleJson();
    const course = at(unscoped, 'courses', 0) as Record<string, unknown>;
    course.bank = testBank('my-article');
    expect(refusal(unscoped)).toEqual({
      kind: 'invalid',
      detail: 'courses[0]: not a course: i-1: id without my-article:'
    });
    const twice = sampleJson();
    twice.courses = [at(twice, 'courses', 0), at(twice, 'courses', 0)];
    expect(refusal(twice)).toEqual({
      kind: 'invalid',
      detail: 'courses[1].id: the same id twice'
    });
  });

  const broken = (change: (json: Record<string, unknown>) => void) => {
    const json = sampleJson();
    change(json);
    return refusal(json);
  };
  const card = (json: unknown, i = 0) => at(json, 'cards', i) as Record<string, unknown>;
  const review = (json: unknown, i = 0) => at(json, 'reviews', i) as Record<string, unknown>;

  it.each<[string, (json: Record<string, unknown>) => void, string]>([
    ['a wrong type', (j) => (card(j).due = '2025-01-06'), 'cards[0].due: expected a number'],
    ['a missing field', (j) => delete card(j).due, 'cards[0].due: missing'],
    [
      'a fraction for a count',
      (j) => (card(j).reps = 1.5),
      'cards[0].reps: expected a whole number'
    ],
    ['a negative count', (j) => (card(j).lapses = -1), 'cards[0].lapses: expected at least 0'],
    [
      'an unknown phase',
      (j) => (card(j).phase = 'done'),
      'cards[0].phase: expected one of "new" | "learning" | "review" | "relearning"'
    ],
    [
      'a bad grade',
      (j) => (review(j, 1).grade = 5),
      'reviews[1].grade: expected one of 1 | 2 | 3 | 4'
    ],
    [
      'a grade of 0',
      (j) => (review(j).grade = 0),
      'reviews[0].grade: expected one of 1 | 2 | 3 | 4'
    ],
    [
      'an id that is too long',
      (j) => (card(j).itemId = 'x'.repeat(201)),
      'cards[0].itemId: more than 200 characters'
    ],
    ['an empty id', (j) => (card(j).itemId = ''), 'cards[0].itemId: expected at least 1 character'],
    [
      'a name that is too long',
      (j) => ((at(j, 'profiles', 1) as Record<string, unknown>).name = 'ن'.repeat(101)),
      'profiles[1].name: more than 100 characters'
    ],
    [
      'a text answer that is too long',
      (j) =>
        ((at(j, 'attempts', 0, 'answers', 4) as Record<string, unknown>).value = 'a'.repeat(
          10_001
        )),
      'attempts[0].answers[4].value: more than 10000 characters'
    ],
    ['no profile at all', (j) => (j.profiles = []), 'profiles: expected at least 1 entry'],
    [
      'a card of a profile not in the backup',
      (j) => (card(j).profileId = 'ghost'),
      'cards[0].profileId: no such profile'
    ],
    [
      'a review of a profile not in the backup',
      (j) => (review(j).profileId = 'ghost'),
      'reviews[0].profileId: no such profile'
    ],
    [
      'an attempt of a profile not in the backup',
      (j) => ((at(j, 'attempts', 1) as Record<string, unknown>).profileId = 'ghost'),
      'attempts[1].profileId: no such profile'
    ],
    [
      'a class quiz of a profile not in the backup',
      (j) => ((at(j, 'classes', 0) as Record<string, unknown>).profileId = 'ghost'),
      'classes[0].profileId: no such profile'
    ],
    [
      'settings of a profile not in the backup',
      (j) => ((j.profileSettings as Record<string, unknown>).ghost = {}),
      'profileSettings: no profile "ghost"'
    ],
    [
      'a duplicate profile id',
      (j) => ((at(j, 'profiles', 1) as Record<string, unknown>).id = 'default'),
      'profiles[1].id: the same id twice'
    ],
    [
      'a duplicate card',
      (j) => (card(j, 1).profileId = 'default'),
      'cards[1]: the same profile and item twice'
    ],
    ['a duplicate review id', (j) => (review(j, 1).id = 1), 'reviews[1].id: the same id twice'],
    [
      'a duplicate attempt id',
      (j) => ((at(j, 'attempts', 1) as Record<string, unknown>).id = 1),
      'attempts[1].id: the same id twice'
    ],
    [
      'a duplicate review uid',
      (j) => ((at(j, 'reviews', 1) as Record<string, unknown>).uid = 'a'.repeat(32)),
      'reviews[1].uid: the same uid twice'
    ],
    [
      'a card state graded twice',
      (j) => {
        const [a, b] = [review(j, 0), review(j, 1)];
        a.from = [1, 5];
        Object.assign(b, { profileId: a.profileId, itemId: a.itemId, from: [1, 5] });
      },
      'reviews[1].from: the same card state graded twice'
    ],
    [
      'a duplicate class code',
      (j) => (at(j, 'classes') as unknown[]).push(at(j, 'classes', 0)),
      'classes[1].code: the same code twice'
    ],
    [
      'a duplicate class result',
      (j) => ((at(j, 'classes', 0, 'results', 1) as Record<string, unknown>).key = 'k1'),
      'classes[0]: results[1].key: the same result twice'
    ],
    [
      'a version 1 review whose copy of the card is another card',
      (j) => {
        j.version = 1;
        review(j).previous = { ...card(j), itemId: 'c-2' };
      },
      'reviews[0]: previous: a card other than the one reviewed'
    ],
    [
      'a review with no sibling group',
      (j) => delete review(j).sibling,
      'reviews[0]: sibling: missing'
    ],
    ['a key of 0', (j) => (review(j).id = 0), 'reviews[0].id: expected at least 1'],
    [
      'an unknown answer kind',
      (j) => ((at(j, 'attempts', 0, 'answers', 0) as Record<string, unknown>).kind = 'guess'),
      'attempts[0].answers[0].kind: expected one of "choice" | "bool" | "text" | "pairs" | "order" | "skip"'
    ],
    ['a device that is not an object', (j) => (j.device = []), 'device: expected an object'],
    [
      'profile settings that are a list',
      (j) => (j.profileSettings = []),
      'profileSettings: expected an object'
    ]
  ])('%s', (_name, change, detail) => {
    expect(broken(change)).toEqual({ kind: 'invalid', detail });
  });

  // JSON has no Infinity, but 1e999 parses as one.
  it('an infinite number written as 1e999', () => {
    const text = JSON.stringify(sample()).replace(/"due":\d+/, '"due":1e999');
    expect(parseBackup(text, text.length)).toEqual({
      ok: false,
      error: { kind: 'invalid', detail: 'cards[0].due: expected a finite number' }
    });
  });

  it('an array longer than its limit', () => {
    const json = sampleJson();
    json.profiles = Array.from({ length: 1001 }, (_, i) => ({
      id: `p${i}`,
      name: '',
      createdAt: 0
    }));
    expect(refusal(json)).toEqual({
      kind: 'invalid',
      detail: 'profiles: more than 1000 entries'
    });
  });
});

describe('parseBackup on arbitrary input', () => {
  it('never throws and never accepts a random string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (text) => {
        expect(parseBackup(text, text.length).ok).toBe(false);
      }),
      { numRuns: 500 }
    );
  });

  it('never throws and never accepts a random JSON value, even one claiming to be a backup', () => {
    const claims = fc
      .dictionary(fc.string(), fc.jsonValue())
      .map((rest) => ({ ...rest, format: BACKUP_FORMAT, version: BACKUP_VERSION }));
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), claims), (json) => {
        expect(parseJson(json).ok).toBe(false);
      }),
      { numRuns: 500 }
    );
  });

  // Every field of the sample (every node of its JSON), and whether a value may stand there.
  const base = sampleJson();
  const paths: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (path.length > 0) paths.push(path);
    // Device settings are merged field by field over the defaults, and profile settings are
    // opaque here (merged when read): below those two, a wrong field is not an error.
    if (path[0] === 'device' || (path[0] === 'profileSettings' && path.length >= 2)) return;
    if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        walk(value, [...path, Array.isArray(node) ? Number(key) : key]);
      }
    }
  };
  walk(base, []);
  const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  // Fields that may be null, where null is no error.
  const nullable = (path: (string | number)[]) =>
    ['lastReview', 'timerSeconds', 'paragraphs'].includes(String(path.at(-1))) ||
    (path[0] === 'attempts' && path[2] === 'answers' && path.length === 4);
  const isWrong = (path: (string | number)[], value: unknown) => {
    const original = kind(at(base, ...path));
    if (kind(value) === original) return false;
    if (value === null && nullable(path)) return false;
    // A null field's other type is a number (lastReview) or an object (a paragraph range).
    return !(original === 'null' && kind(value) === 'number');
  };
  const replaced = (path: (string | number)[], value: unknown) => {
    const json = structuredClone(base);
    const parent = at(json, ...path.slice(0, -1)) as Record<string | number, unknown>;
    parent[path.at(-1) as string | number] = value;
    return json;
  };

  it('refuses a valid backup with any one field replaced by a value of the wrong type', () => {
    const wrongValue = fc.oneof(
      fc.constant(null),
      fc.boolean(),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.string(),
      fc.constant({}),
      fc.constant([]),
      fc.array(fc.integer(), { minLength: 1, maxLength: 3 }),
      fc.dictionary(fc.string(), fc.integer(), { minKeys: 1, maxKeys: 3 })
    );
    const cases = fc
      .tuple(fc.constantFrom(...paths), wrongValue)
      .filter(([path, value]) => isWrong(path, value));
    fc.assert(
      fc.property(cases, ([path, value]) => {
        expect(parseJson(replaced(path, value)).ok, JSON.stringify(path)).toBe(false);
      }),
      { numRuns: 1000 }
    );
  });

  it('refuses it for every field and every wrong type, one by one', () => {
    expect(paths.length).toBeGreaterThan(150);
    const values = [null, true, 0, 1.5, -1, '', 'x', {}, [], [1], { a: 1 }];
    let tried = 0;
    for (const path of paths) {
      for (const value of values) {
        if (!isWrong(path, value)) continue;
        tried++;
        expect(
          parseJson(replaced(path, value)).ok,
          `${JSON.stringify(path)} = ${JSON.stringify(value)}`
        ).toBe(false);
      }
    }
    expect(tried).toBeGreaterThan(1000);
  });
});

describe('previewImport', () => {
  const existing = (over: Partial<ExistingKeys> = {}): ExistingKeys => ({
    profiles: [],
    cards: [],
    reviewIds: [],
    attemptIds: [],
    classCodes: [],
    courseIds: [],
    ...over
  });

  it('counts everything as added into an empty database', () => {
    expect(previewImport(existing(), sample())).toEqual({
      profiles: { added: 2, replaced: 0 },
      cards: { added: 2, replaced: 0 },
      reviews: { added: 2, replaced: 0 },
      attempts: { added: 2, replaced: 0 },
      classes: { added: 1, replaced: 0 },
      courses: { added: 1, replaced: 0 }
    });
  });

  it('counts a record whose key is already there as replaced', () => {
    const preview = previewImport(
      existing({
        profiles: [{ id: 'default' }, { id: 'p-9' }],
        // Same item, other profile: a different card.
        cards: [
          { profileId: 'default', itemId: 'c-1' },
          { profileId: 'p-9', itemId: 'c-1' }
        ],
        reviewIds: [2, 99],
        attemptIds: [3],
        classCodes: ['ABCD1234'],
        courseIds: ['my-article', 'other']
      }),
      sample()
    );
    expect(preview).toEqual({
      profiles: { added: 1, replaced: 1 },
      cards: { added: 1, replaced: 1 },
      reviews: { added: 1, replaced: 1 },
      attempts: { added: 2, replaced: 0 },
      classes: { added: 0, replaced: 1 },
      courses: { added: 0, replaced: 1 }
    });
  });

  it('keeps the two parts of a card key apart', () => {
    const backup = sample();
    const tricky = existing({ cards: [{ profileId: 'defaultc', itemId: '-1' }] });
    expect(previewImport(tricky, backup).cards).toEqual({ added: 2, replaced: 0 });
  });
});

describe('cardChanges', () => {
  const scheduler = createScheduler(DEFAULT_SCHEDULER_SETTINGS);
  const T = Date.UTC(2026, 11, 1);
  const key = (c: CardRecord) => `${c.profileId}/${c.itemId}`;
  /** A card of `profile` and item `item`, new or graded `grades` times, maybe suspended. */
  const card = (profile: string, item: number, grades: number, suspended: boolean) => {
    let c = newCard(profile, `c-${item}`, item, `s-${item}`, T);
    for (let i = 0; i < grades; i++) c = scheduler.grade(c, 3, T + i * 86_400_000).card;
    return suspend(c, suspended);
  };
  const deck = fc
    .uniqueArray(
      fc.tuple(
        fc.constantFrom('p-1', 'p-2'),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 2 }),
        fc.boolean()
      ),
      { selector: ([p, i]) => `${p}/${i}`, maxLength: 14 }
    )
    .map((specs) => specs.map(([p, i, g, s]) => card(p, i, g, s)));

  it('makes the stored cards the incoming ones, writing none that is stored as it is', () => {
    fc.assert(
      fc.property(deck, deck, (stored, incoming) => {
        const { put, remove } = cardChanges(stored, incoming);
        const after = new Map(stored.map((c) => [key(c), c]));
        for (const [p, i] of remove) after.delete(`${p}/${i}`);
        for (const c of put) after.set(key(c), c);
        expect(new Map(incoming.map((c) => [key(c), c]))).toEqual(after);
        const before = new Map(stored.map((c) => [key(c), c]));
        for (const c of put) expect(before.get(key(c))).not.toEqual(c);
      })
    );
  });

  it('sees a changed, added or dropped field, and not the order of the fields', () => {
    const fresh = card('p-1', 1, 0, false);
    const graded = card('p-1', 1, 1, false);
    // Graded, the card leaves the new queue: its `newOrder` field is gone.
    expect('newOrder' in graded).toBe(false);
    expect(cardChanges([fresh], [graded]).put).toEqual([graded]);
    expect(cardChanges([graded], [fresh]).put).toEqual([fresh]);
    expect(cardChanges([fresh], [suspend(fresh, true)]).put).toHaveLength(1);
    const reordered = Object.fromEntries(Object.entries(graded).reverse()) as CardRecord;
    expect(cardChanges([graded], [reordered])).toEqual({ put: [], remove: [] });
    expect(cardChanges([graded], [{ ...graded, newOrder: undefined }]).put).toEqual([]);
    expect(cardChanges([graded], [{ ...graded, learnDue: undefined }]).put).toHaveLength(1);
  });

  it('measures the share of a sample the incoming cards hold as they are', () => {
    const studied = [0, 1, 2, 3].map((i) => card('p-1', i, 1, false));
    // Made on another device a day later: the same new cards, due at another time.
    const elsewhere = [0, 1, 2, 3].map((i) =>
      newCard('p-1', `c-${i}`, i, `s-${i}`, T + 86_400_000)
    );
    expect(unchangedShare(studied, studied)).toBe(1);
    expect(unchangedShare(studied.slice(0, 2), studied)).toBe(1);
    expect(unchangedShare(studied, studied.slice(0, 1))).toBe(0.25);
    expect(
      unchangedShare(
        elsewhere,
        [0, 1, 2, 3].map((i) => card('p-1', i, 0, false))
      )
    ).toBe(0);
    expect(unchangedShare(studied, [card('p-2', 0, 1, false)])).toBe(0);
    expect(unchangedShare([], studied)).toBe(0);
  });
});
