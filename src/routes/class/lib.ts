import type { ArticleBank, Item } from '$lib/domain/bank';
import { decodeQuizCode, type CodeContext, type CourseLookup } from '$lib/domain/class-code';
import { buildQuiz, type QuizQuestion, type QuizSettings } from '$lib/domain/quiz';

/** What a class quiz is drawn from: the code's course (none: the built-in courses) and its bank. */
export interface ClassSource extends CodeContext {
  course?: string;
  items: Item[];
}

const joined = (banks: readonly ArticleBank[]): CodeContext => ({
  bankVersion: banks.map((c) => c.bankVersion).join('+'),
  topicIds: banks.flatMap((c) => c.topics.map((x) => x.id))
});

/**
 * The source of a class quiz from `chosen`. The one built-in course is written as the first code
 * format (the built-in courses together: a shorter code, which older versions of the app read
 * too); any other course by its id.
 */
export function classSource(chosen: ArticleBank, builtIn: readonly ArticleBank[]): ClassSource {
  if (builtIn.length === 1 && builtIn[0]?.slug === chosen.slug) {
    return { ...joined(builtIn), items: [...chosen.items] };
  }
  return { course: chosen.slug, ...joined([chosen]), items: [...chosen.items] };
}

/** How a student's device finds the bank a quiz code names, among the courses it has. */
export function courseLookup(
  courses: readonly ArticleBank[],
  builtIn: readonly ArticleBank[]
): CourseLookup {
  return (course) => {
    if (course === null) return builtIn.length ? joined(builtIn) : undefined;
    const found = courses.find((c) => c.slug === course);
    return found && joined([found]);
  };
}

/** A question of a class quiz as its students see it: the item and its display orders. */
export interface ClassQuestion {
  item: Item;
  question: QuizQuestion;
}

/**
 * The questions of the class quiz `code` names, in the order its students get them, rebuilt the
 * way a student's device rebuilds them (the same lookup, the same items, the same seed); null
 * when this device cannot (the course is gone, or here at another version).
 */
export function classQuestions(
  code: string,
  courses: readonly ArticleBank[],
  builtIn: readonly ArticleBank[]
): { settings: QuizSettings; questions: ClassQuestion[] } | null {
  const decoded = decodeQuizCode(code, courseLookup(courses, builtIn));
  if (!decoded.ok) return null;
  const { course } = decoded.settings;
  const from = course === undefined ? builtIn : courses.filter((c) => c.slug === course);
  const items = from.flatMap((c) => c.items);
  const byId = new Map(items.map((item) => [item.id, item]));
  const questions = buildQuiz(items, decoded.settings, decoded.seed).questions.flatMap(
    (question) => {
      const item = byId.get(question.itemId);
      return item ? [{ item, question }] : [];
    }
  );
  return { settings: decoded.settings, questions };
}

// The QR code is a link: a phone's camera opens the class page with the code filled in, and the
// link carries the course's title too, which the typed code has no room for.
const TITLE_MAX = 80;

/** The link a teacher's QR code holds: `/class?quiz=<code>&title=<course title>`. */
export function classLink(origin: string, code: string, title: string): string {
  const url = new URL('/class', origin);
  url.searchParams.set('quiz', code);
  if (title) url.searchParams.set('title', title.slice(0, TITLE_MAX));
  return url.href;
}

/** A scanned or opened quiz: the code and, from a link, the course's title; text as it came. */
export function readScanned(text: string): { code: string; title?: string } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { code: text };
  }
  const code = url.searchParams.get('quiz');
  if (code === null) return { code: text };
  const title = url.searchParams.get('title')?.slice(0, TITLE_MAX);
  return title ? { code, title } : { code };
}

export interface CollectedResult {
  /** The result code's bare symbols: the same code scanned twice is kept once. */
  key: string;
  name: string;
  answers: boolean[];
  score?: number;
  addedAt: number;
}

/** How many students got a question right, of how many whose result has it. */
export interface QuestionShare {
  right: number;
  total: number;
}

export interface ClassSummary {
  students: { name: string; right: number; total: number; score: number }[];
  /** Per question, in the quiz's order. */
  questions: QuestionShare[];
  average: number;
}

/**
 * Per question (in the quiz's order): how many results have it right, of how many have it at all
 * (a result code carries one right-or-wrong per question it was made for).
 */
export function questionShares(
  results: readonly CollectedResult[],
  questions: number
): QuestionShare[] {
  return Array.from({ length: questions }, (_, index) => {
    const marks = results.map((r) => r.answers[index]).filter((a) => a !== undefined);
    return { right: marks.filter(Boolean).length, total: marks.length };
  });
}

/** The teacher's tables: one row per student (best first), and one per question. */
export function summarise(results: readonly CollectedResult[], questions: number): ClassSummary {
  const students = results
    .map((r) => {
      const right = r.answers.filter(Boolean).length;
      return { name: r.name, right, total: questions, score: r.score ?? right };
    })
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  return {
    students,
    questions: questionShares(results, questions),
    average: students.length ? students.reduce((s, x) => s + x.score, 0) / students.length : 0
  };
}

/** RFC 4180 CSV: a header row, fields quoted when they hold a comma, quote or line break. */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  const field = (v: string | number) => {
    const s = String(v);
    // A leading = + - @ would start a formula in a spreadsheet: neutralise it.
    const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
    return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** The class table as CSV: name, score, then 1/0 per question. */
export function resultsCsv(results: readonly CollectedResult[], questions: number): string {
  const header = ['name', 'score', ...Array.from({ length: questions }, (_, i) => `q${i + 1}`)];
  return toCsv([
    header,
    ...results.map((r) => [
      r.name,
      r.score ?? r.answers.filter(Boolean).length,
      ...Array.from({ length: questions }, (_, i) => (r.answers[i] ? 1 : 0))
    ])
  ]);
}
