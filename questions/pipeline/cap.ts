import type { Candidate, Rejection } from '../types';
import { seededRandom } from '../util';

/** At most this many cloze or multiple-choice items per sentence (on different answers). */
export const BLANKS_PER_SENTENCE = 4;

const answerOf = (c: Candidate) => c.meta.provenance?.answer;
const scoreOf = (c: Candidate) => c.meta.provenance?.score ?? 0;

/**
 * Keeps the best items per sentence: one cloze or multiple choice per answer (the preferred
 * type when both exist), the {@link BLANKS_PER_SENTENCE} best answers, and one true/false
 * statement — true or false by a seed of the sentence, a false one preferably on an answer no
 * kept blank asks for. Then one item per id (type, paragraph and answer): the first wins.
 * Dropped candidates come back as rejections.
 */
export function capPerSentence(candidates: readonly Candidate[]): {
  kept: Candidate[];
  dropped: Rejection[];
} {
  const { groups, loose } = bySentence(candidates);
  const keep = new Set<Candidate>(loose);
  const dropped: Rejection[] = [];
  const drop = (c: Candidate, reason: string) =>
    dropped.push({
      paragraph: c.item.evidence[0]?.paragraph ?? '?',
      type: c.item.type,
      answer: answerOf(c) ?? '?',
      reason
    });
  for (const [key, group] of groups) {
    const blanks = bestBlanks(group);
    for (const b of blanks) {
      keep.add(b.best);
    }
    const statement = chooseStatement(key, group, new Set(blanks.map((b) => b.a)));
    if (statement) {
      keep.add(statement);
    }
    for (const c of group) {
      if (!keep.has(c)) {
        drop(
          c,
          c.item.type === 'truefalse'
            ? 'capped: one true/false statement per sentence'
            : `capped: one cloze or multiple choice per answer, ${BLANKS_PER_SENTENCE} per sentence`
        );
      }
    }
  }
  const seen = new Set<string>();
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (!keep.has(c)) {
      continue;
    }
    if (seen.has(c.item.id)) {
      drop(c, 'near-duplicate of an item on the same paragraph and answer');
      continue;
    }
    seen.add(c.item.id);
    kept.push(c);
  }
  return { kept, dropped };
}

/** Candidates grouped by the sentence they test, in order; those with none are loose. */
function bySentence(candidates: readonly Candidate[]) {
  const groups = new Map<string, Candidate[]>();
  const loose: Candidate[] = [];
  for (const c of candidates) {
    const key = c.meta.provenance?.sentence;
    if (key === undefined) {
      loose.push(c);
      continue;
    }
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return { groups, loose };
}

/** Per answer the preferred cloze or multiple choice; the best answers first, at most four. */
function bestBlanks(group: readonly Candidate[]): { a: string; best: Candidate }[] {
  const answers: string[] = [];
  for (const c of group) {
    const a = answerOf(c) ?? '';
    if (!answers.includes(a)) {
      answers.push(a);
    }
  }
  return answers
    .map((a, order) => {
      const own = group.filter(
        (c) => answerOf(c) === a && (c.item.type === 'cloze' || c.item.type === 'mcq')
      );
      const prefer = own[0]?.meta.provenance?.prefer;
      const best = own.find((c) => c.item.type === prefer) ?? own[0];
      return { a, order, best, score: best === undefined ? 0 : scoreOf(best) };
    })
    .filter((b): b is typeof b & { best: Candidate } => b.best !== undefined)
    .sort((x, y) => y.score - x.score || x.order - y.order)
    .slice(0, BLANKS_PER_SENTENCE);
}

/** The sentence's one true/false statement. */
function chooseStatement(
  key: string,
  group: readonly Candidate[],
  blankAnswers: ReadonlySet<string>
): Candidate | undefined {
  const statements = group.filter((c) => c.item.type === 'truefalse');
  const trues = statements.filter((c) => c.item.type === 'truefalse' && c.item.answer);
  const falses = statements
    .filter((c) => c.item.type === 'truefalse' && !c.item.answer)
    .map((c, order) => ({ c, order }))
    .sort(
      (x, y) =>
        Number(blankAnswers.has(answerOf(x.c) ?? '')) -
          Number(blankAnswers.has(answerOf(y.c) ?? '')) ||
        scoreOf(y.c) - scoreOf(x.c) ||
        x.order - y.order
    )
    .map((x) => x.c);
  const wantTrue = seededRandom(`statement:${key}`)() < 0.5;
  return (wantTrue ? trues[0] : falses[0]) ?? trues[0] ?? falses[0];
}
