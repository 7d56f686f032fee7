export interface CollectedResult {
  /** The result code's bare symbols: the same code scanned twice is kept once. */
  key: string;
  name: string;
  answers: boolean[];
  score?: number;
  addedAt: number;
}

export interface ClassSummary {
  students: { name: string; right: number; total: number; score: number }[];
  /** Question indexes (0-based) by how many students missed them, most missed first. */
  mostMissed: { index: number; missed: number }[];
  average: number;
}

/** The teacher's table: one row per student (best first), and the questions missed most. */
export function summarise(results: readonly CollectedResult[], questions: number): ClassSummary {
  const students = results
    .map((r) => {
      const right = r.answers.filter(Boolean).length;
      return { name: r.name, right, total: questions, score: r.score ?? right };
    })
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  const missed = Array.from({ length: questions }, (_, index) => ({
    index,
    missed: results.filter((r) => r.answers[index] === false).length
  }));
  return {
    students,
    mostMissed: missed
      .filter((m) => m.missed > 0)
      .sort((a, b) => b.missed - a.missed || a.index - b.index),
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
