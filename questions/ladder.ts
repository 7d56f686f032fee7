/**
 * Wrong options for a number, a year or a date that do not give the answer away by their spacing:
 * «830 / 930 / 1030» beside 620 (a ladder the answer stands outside of), «2029 / 2030 / 2031 /
 * 2032» (the answer is found by its place), every wrong value on one side of the right one, or two
 * at the same distance either side of it («41 / 61 / 81»).
 */

/** Whether the sorted values are evenly spaced (three or more). */
export function evenlySpaced(values: readonly number[]): boolean {
  if (values.length < 3) {
    return false;
  }
  const s = [...values].sort((a, b) => a - b);
  const step = (s[1] ?? 0) - (s[0] ?? 0);
  return s.every(
    (v, i) => i === 0 || Math.abs(v - (s[i - 1] ?? 0) - step) < 1e-9 * Math.max(1, Math.abs(v))
  );
}

/**
 * Whether wrong values `wrong` beside `answer` give it away: all on one side of it (with two or
 * more), the wrong values evenly spaced among themselves, or the four evenly spaced.
 */
export function givesAway(answer: number, wrong: readonly number[]): boolean {
  if (wrong.length >= 2 && (wrong.every((v) => v > answer) || wrong.every((v) => v < answer))) {
    return true;
  }
  return evenlySpaced(wrong) || evenlySpaced([answer, ...wrong]) || mirrored(answer, wrong);
}

/**
 * Two wrong values about as far either side of the answer («41 / 61 / 81», «470 / 620 / 780»: the
 * distances within a tenth of each other), or its half and its double («70 / 140 / 280»): the
 * answer is the one in the middle.
 */
function mirrored(answer: number, wrong: readonly number[]): boolean {
  const even = (d: number, e: number) => Math.abs(d - e) <= 0.1 * Math.max(d, e);
  const double = (d: number, e: number) => Math.abs(e / d - 2) <= 0.1;
  return wrong.some(
    (x) =>
      x < answer &&
      wrong.some(
        (y) =>
          y > answer && (even(answer - x, y - answer) || (double(x, answer) && double(answer, y)))
      )
  );
}

/**
 * The first `count` of `pool` (in its order) whose values do not give `answer` away; the pool's
 * first `count` when the values are not known; undefined when every choice gives it away.
 */
export function spacedChoice<T>(
  answer: number | undefined,
  pool: readonly T[],
  valueOf: (t: T) => number | undefined,
  count = 3
): T[] | undefined {
  const values = pool.map(valueOf);
  if (answer === undefined || values.some((v) => v === undefined) || pool.length < count) {
    return pool.slice(0, count);
  }
  const pick = (from: number, chosen: number[]): number[] | undefined => {
    if (chosen.length === count) {
      return givesAway(
        answer,
        chosen.map((i) => values[i] ?? 0)
      )
        ? undefined
        : chosen;
    }
    for (let i = from; i < pool.length; i++) {
      const found = pick(i + 1, [...chosen, i]);
      if (found !== undefined) {
        return found;
      }
    }
    return undefined;
  };
  return pick(0, [])?.map((i) => pool[i] as T);
}
