// Asserts the matching board a student taps through: either side can be picked first, a second tap
// on the picked item keeps it, a pair is made across sides, and tapping either end of a pair undoes
// it; whatever the taps, no right item is ever paired twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPaired, tapMatch, type MatchBoard, type MatchSide } from './matching';

const empty = (n: number): MatchBoard => ({ rightFor: Array(n).fill(-1), selected: null });
const tapAll = (board: MatchBoard, taps: [MatchSide, number][]) =>
  taps.reduce((b, [side, i]) => tapMatch(b, side, i), board);

describe('tapMatch', () => {
  it('picks, keeps the pick on a second tap, and pairs across sides', () => {
    const picked = tapMatch(empty(3), 'left', 1);
    expect(picked.selected).toEqual({ side: 'left', index: 1 });
    expect(tapMatch(picked, 'left', 1)).toEqual(picked);
    expect(tapMatch(picked, 'right', 2)).toEqual({ rightFor: [-1, 2, -1], selected: null });
  });

  it('pairs whichever side is tapped first', () => {
    expect(
      tapAll(empty(3), [
        ['right', 0],
        ['left', 2]
      ]).rightFor
    ).toEqual([-1, -1, 0]);
  });

  it('moves the pick within a side', () => {
    expect(
      tapAll(empty(3), [
        ['left', 0],
        ['left', 2]
      ]).selected
    ).toEqual({ side: 'left', index: 2 });
  });

  it('undoes a pair from either end and picks the tapped item', () => {
    const paired = tapAll(empty(3), [
      ['left', 0],
      ['right', 1]
    ]);
    expect(tapMatch(paired, 'left', 0)).toEqual({
      rightFor: [-1, -1, -1],
      selected: { side: 'left', index: 0 }
    });
    expect(tapMatch(paired, 'right', 1)).toEqual({
      rightFor: [-1, -1, -1],
      selected: { side: 'right', index: 1 }
    });
  });

  it('never pairs a right item twice nor leaves a paired item picked', () => {
    const tap = fc.tuple(fc.constantFrom<MatchSide>('left', 'right'), fc.nat(4));
    fc.assert(
      fc.property(fc.array(tap, { maxLength: 40 }), (taps) => {
        const board = tapAll(empty(5), taps);
        const paired = board.rightFor.filter((r) => r !== -1);
        expect(new Set(paired).size).toBe(paired.length);
        const s = board.selected;
        if (s) expect(isPaired(board, s.side, s.index)).toBe(false);
      })
    );
  });
});
