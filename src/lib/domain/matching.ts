/** One side of a matching item: its terms (left) or their matches (right). */
export type MatchSide = 'left' | 'right';

/** A matching item being answered: `rightFor[left]` = the stored right index paired, or -1. */
export interface MatchBoard {
  rightFor: readonly number[];
  /** The free item picked first, waiting for its partner on the other side. */
  selected: { side: MatchSide; index: number } | null;
}

/** The left index paired with a right index, or -1. */
export function ownerOf(board: MatchBoard, right: number): number {
  return board.rightFor.indexOf(right);
}

/** Whether an item on a side is paired. */
export function isPaired(board: MatchBoard, side: MatchSide, index: number): boolean {
  return side === 'left' ? (board.rightFor[index] ?? -1) !== -1 : ownerOf(board, index) !== -1;
}

/**
 * What a tap on an item does, whichever side is tapped first. A paired item is unpaired and picked
 * (to pair it again); a free item is picked, or, when the other side has one picked, paired with
 * it. Tapping the picked item again keeps it picked: a double tap never loses the choice, and no
 * item is ever out of reach.
 */
export function tapMatch(board: MatchBoard, side: MatchSide, index: number): MatchBoard {
  const selected = { side, index };
  if (isPaired(board, side, index)) {
    const left = side === 'left' ? index : ownerOf(board, index);
    return { rightFor: board.rightFor.with(left, -1), selected };
  }
  const picked = board.selected;
  if (picked === null || picked.side === side) return { rightFor: board.rightFor, selected };
  const [left, right] = side === 'left' ? [index, picked.index] : [picked.index, index];
  return { rightFor: board.rightFor.with(left, right), selected: null };
}
