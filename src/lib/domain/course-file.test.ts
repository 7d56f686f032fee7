// What these tests assert: a course file made from a course reads back as that course (a built-in
// one's ids scoped on the way in); parseCourseFile refuses, with the right kind, every file that is
// too large, not JSON, not a course file, from a newer version, invalid in any field, with an item
// of another course or with markup in any text, and never throws on random or mutated input; and
// what an import would do (built in here, same version, new, another version) is said truly.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COURSE_FILE_FORMAT,
  COURSE_FILE_VERSION,
  courseFileName,
  makeCourseFile,
  MAX_COURSE_FILE_BYTES,
  parseCourseFile,
  previewCourseImport,
  type CourseFileProblem
} from './course-file';
import { courseProblems, scopeCourse, type DeviceCourse } from './course';
import { testBank } from './fixtures/banks';

const T0 = Date.UTC(2026, 11, 1, 9);

const course = (id = 'my-article', createdAt = T0): DeviceCourse => ({
  id,
  createdAt,
  text: `نص ${id} كما لُصق`,
  bank: scopeCourse(testBank('draft', 3), id)
});

/** The file of `c` as JSON that a test may change. */
const fileJson = (c: DeviceCourse = course()) =>
  JSON.parse(JSON.stringify(makeCourseFile(c, T0))) as Record<string, unknown> & {
    bank: ReturnType<typeof testBank>;
  };

const parse = (json: unknown) => {
  const text = JSON.stringify(json);
  return parseCourseFile(text, text.length);
};

const refusal = (json: unknown) => {
  const parsed = parse(json);
  return parsed.ok ? 'accepted' : parsed.error.kind;
};

describe('a course file', () => {
  it('is named after its course', () => {
    expect(courseFileName('my-article')).toBe('my-article.dars-course.json');
  });

  it('reads back as the course it was made from', () => {
    const parsed = parse(fileJson());
    expect(parsed).toEqual({ ok: true, course: course() });
  });

  it('of a built-in course gets its ids scoped when read', () => {
    const builtIn = testBank('iran-russia-2023', 2, 'c-');
    const parsed = parse(fileJson({ id: builtIn.slug, createdAt: 0, text: 'فقرة', bank: builtIn }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.course.bank.items.map((i) => i.id)).toEqual([
      'iran-russia-2023:c-i-1',
      'iran-russia-2023:c-i-2'
    ]);
    expect(courseProblems(parsed.course.bank, builtIn.slug)).toEqual([]);
  });

  it('skips a byte-order mark', () => {
    const text = `\uFEFF${JSON.stringify(fileJson())}`;
    expect(parseCourseFile(text, text.length).ok).toBe(true);
  });
});

describe('parseCourseFile refuses', () => {
  const cases: [string, (j: ReturnType<typeof fileJson>) => unknown, CourseFileProblem][] = [
    ['an array', () => [1], 'notCourse'],
    ['another format', (j) => ({ ...j, format: 'dars-backup' }), 'notCourse'],
    ['a newer version', (j) => ({ ...j, version: COURSE_FILE_VERSION + 1 }), 'futureVersion'],
    ['a version that is not a number', (j) => ({ ...j, version: '1' }), 'invalid'],
    ['a missing bank', ({ bank: _, ...rest }) => rest, 'invalid'],
    ['a bad course id', (j) => ({ ...j, id: 'My Article' }), 'invalid'],
    ['a bank of another slug', (j) => ({ ...j, bank: { ...j.bank, slug: 'other' } }), 'invalid'],
    ['a title not the bank’s', (j) => ({ ...j, title: { ar: 'عنوان آخر' } }), 'invalid'],
    ['a version not the bank’s', (j) => ({ ...j, bankVersion: 'v-other' }), 'invalid'],
    ['text over the limit', (j) => ({ ...j, text: 'ن'.repeat(400_001) }), 'invalid'],
    ['an item of another course', (j) => withItem(j, { article: 'other' }), 'ids'],
    ['an id of another course', (j) => withItem(j, { id: 'other:i-1' }), 'ids'],
    ['a sibling of another course', (j) => withItem(j, { sibling: 'other:s-1' }), 'ids'],
    ['the same id twice once scoped', (j) => withItem(j, { id: 'i-3' }), 'ids'],
    ['evidence in no paragraph', (j) => withItem(j, { evidence: [ev('p-9')] }), 'invalid'],
    ['a paragraph id twice', (j) => withParagraph(j, { id: 'p-1' }), 'invalid'],
    ['markup in a prompt', (j) => withItem(j, { prompt: { ar: 'ما <b>هذا</b>؟' } }), 'markup'],
    ['a script in the text', (j) => ({ ...j, text: 'نص <script>alert(1)</script>' }), 'markup'],
    ['an image tag in a paragraph', (j) => withParagraph(j, { ar: '<img src=x>' }), 'markup'],
    ['a comment in the title', (j) => titled(j, 'درس <!-- x -->'), 'markup']
  ];
  const ev = (paragraph: string) => ({ paragraph, quote: 'فقرة' });
  function withItem(j: ReturnType<typeof fileJson>, change: object) {
    const items = j.bank.items.map((item, i) => (i === 1 ? { ...item, ...change } : item));
    return { ...j, bank: { ...j.bank, items } };
  }
  function withParagraph(j: ReturnType<typeof fileJson>, change: object) {
    const paragraphs = j.bank.paragraphs.map((p, i) => (i === 1 ? { ...p, ...change } : p));
    return { ...j, bank: { ...j.bank, paragraphs } };
  }
  function titled(j: ReturnType<typeof fileJson>, ar: string) {
    const title = { ar, en: 'Course' };
    return { ...j, title, bank: { ...j.bank, meta: { ...j.bank.meta, title } } };
  }

  for (const [name, change, kind] of cases) {
    it(`${name}: ${kind}`, () => {
      expect(refusal(change(fileJson()))).toBe(kind);
    });
  }

  it('an option that is not there', () => {
    const j = fileJson();
    const mcq = {
      ...j.bank.items[0]!,
      type: 'mcq',
      options: [{ ar: 'أ' }, { ar: 'ب' }],
      answer: 2
    };
    const parsed = parse({ ...j, bank: { ...j.bank, items: [mcq] } });
    expect(parsed).toEqual({
      ok: false,
      error: { kind: 'invalid', detail: 'bank.items[0].answer: no such option' }
    });
  });

  it('a field of the wrong type, saying where', () => {
    const j = fileJson();
    j.bank.items[2]!.difficulty = 'hard' as never;
    const parsed = parse(j);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.detail).toMatch(/^bank\.items\[2\]\.difficulty: /);
  });

  it('text that is not JSON, and a file too large before reading it', () => {
    expect(parseCourseFile('{"format": "dars-course", ', 30)).toEqual({
      ok: false,
      error: { kind: 'notJson' }
    });
    expect(parseCourseFile('', MAX_COURSE_FILE_BYTES + 1)).toEqual({
      ok: false,
      error: { kind: 'tooLarge' }
    });
    expect(parseCourseFile('', Number.NaN).ok).toBe(false);
  });

  it('but keeps a "<" and ">" that are no tag', () => {
    const j = fileJson();
    expect(parse({ ...j, text: 'أقل من 5 < 7 و 9 > 8، و<< >>' }).ok).toBe(true);
  });
});

describe('parseCourseFile on random and mutated input', () => {
  it('never throws and never accepts a random string or JSON value', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json()), (text) => {
        expect(parseCourseFile(text, text.length).ok).toBe(false);
      }),
      { numRuns: 500 }
    );
  });

  it('never accepts a random object claiming to be a course file', () => {
    const claims = fc
      .dictionary(fc.string(), fc.jsonValue())
      .map((rest) => ({ ...rest, format: COURSE_FILE_FORMAT, version: COURSE_FILE_VERSION }));
    fc.assert(
      fc.property(claims, (json) => {
        expect(parse(json).ok).toBe(false);
      }),
      { numRuns: 500 }
    );
  });

  // Every string in a valid file, by its path.
  const base = fileJson();
  const strings: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (typeof node === 'string') strings.push(path);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        walk(value, [...path, Array.isArray(node) ? Number(key) : key]);
      }
    }
  };
  walk(base, []);
  const set = (json: unknown, path: (string | number)[], value: unknown) => {
    let parent = json as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    parent[path.at(-1)!] = value;
    return json;
  };

  it('refuses markup put into any string of a valid file', () => {
    const tag = fc.constantFrom(
      '<b>',
      '<script>alert(1)</script>',
      '<img src=x onerror=y>',
      '</p>'
    );
    fc.assert(
      fc.property(fc.constantFrom(...strings), tag, fc.string(), (path, markup, rest) => {
        const json = set(structuredClone(base), path, `${rest}${markup}`);
        expect(parse(json).ok, JSON.stringify(path)).toBe(false);
      }),
      { numRuns: 500 }
    );
    expect(strings.length).toBeGreaterThan(30);
  });

  it('never throws on a valid file with any node replaced, and what it accepts is a course', () => {
    const nodes: (string | number)[][] = [];
    const all = (node: unknown, path: (string | number)[]) => {
      if (path.length > 0) nodes.push(path);
      if (typeof node === 'object' && node !== null) {
        for (const [key, value] of Object.entries(node)) {
          all(value, [...path, Array.isArray(node) ? Number(key) : key]);
        }
      }
    };
    all(base, []);
    fc.assert(
      fc.property(fc.constantFrom(...nodes), fc.jsonValue(), (path, value) => {
        const parsed = parse(set(structuredClone(base), path, value));
        if (!parsed.ok) return;
        expect(courseProblems(parsed.course.bank, parsed.course.id)).toEqual([]);
        expect(JSON.stringify(parsed.course)).not.toMatch(/<[a-z!/?][^<>]*>/i);
      }),
      { numRuns: 1000 }
    );
  });

  it('accepts no truncation of a valid file', () => {
    const text = JSON.stringify(base);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 1 }), (end) => {
        expect(parseCourseFile(text.slice(0, end), end).ok).toBe(false);
      }),
      { numRuns: 300 }
    );
  });
});

describe('previewCourseImport', () => {
  it('says a built-in course has nothing to import', () => {
    expect(
      previewCourseImport(course('iran-russia-2023'), ['iran-russia-2023'], undefined)
    ).toEqual({ kind: 'builtIn' });
  });

  it('tells a new course, the same version and another version apart', () => {
    const here = course('my-article', T0);
    expect(previewCourseImport(course(), [], undefined)).toEqual({ kind: 'new' });
    expect(previewCourseImport(course(), [], here)).toEqual({ kind: 'same' });
    const next: DeviceCourse = {
      ...course('my-article', T0 + 1),
      bank: {
        ...here.bank,
        bankVersion: 'v-next',
        items: [...here.bank.items.slice(1), { ...here.bank.items[0]!, id: 'my-article:new' }]
      }
    };
    expect(previewCourseImport(next, [], here)).toEqual({
      kind: 'update',
      newer: true,
      unchanged: 2,
      itemsHere: 3
    });
    expect(previewCourseImport({ ...next, createdAt: T0 - 1 }, [], here)).toMatchObject({
      newer: false
    });
  });
});
