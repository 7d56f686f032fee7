// Asserts that shortcuts follow the physical key whatever the layout types: digits from the row or
// the pad pick places 0–3, Space and Enter reveal, U (which types «ع» on an Arabic layout) and
// Ctrl+Z undo, and nothing else does.
import { describe, expect, it } from 'vitest';
import { isRevealKey, isUndoKey, placeOfKey } from './keys';

const plain = { ctrlKey: false, metaKey: false, altKey: false };

describe('keyboard shortcuts', () => {
  it('maps keys 1–4 of the digit row and the number pad to places 0–3', () => {
    expect(['Digit1', 'Digit2', 'Digit3', 'Digit4'].map(placeOfKey)).toEqual([0, 1, 2, 3]);
    expect(['Numpad1', 'Numpad4'].map(placeOfKey)).toEqual([0, 3]);
    expect(['Digit0', 'Digit5', 'KeyA', '1', '١', ''].map(placeOfKey)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null
    ]);
  });

  it('reveals on Space and Enter only', () => {
    expect(['Space', 'Enter', 'NumpadEnter'].every(isRevealKey)).toBe(true);
    expect([' ', 'KeyS', 'Tab'].some(isRevealKey)).toBe(false);
  });

  it('undoes on U alone outside a text field, and on Ctrl+Z or ⌘Z anywhere', () => {
    expect(isUndoKey({ ...plain, code: 'KeyU' }, false)).toBe(true);
    expect(isUndoKey({ ...plain, code: 'KeyU' }, true)).toBe(false);
    expect(isUndoKey({ ...plain, code: 'KeyU', ctrlKey: true }, false)).toBe(false);
    expect(isUndoKey({ ...plain, code: 'KeyZ', ctrlKey: true }, true)).toBe(true);
    expect(isUndoKey({ ...plain, code: 'KeyZ', metaKey: true }, false)).toBe(true);
    expect(isUndoKey({ ...plain, code: 'KeyZ' }, false)).toBe(false);
    expect(isUndoKey({ ...plain, code: 'KeyZ', ctrlKey: true, altKey: true }, false)).toBe(false);
  });
});
