/**
 * Shortcuts read the physical key (`KeyboardEvent.code`), not the character it types: on an
 * Arabic layout the U key types «ع» and some layouts type «١» for 1, and a shortcut must not
 * depend on the layout.
 */

/** The place (0–3) that keys 1–4 pick, from the digit row or the number pad; null for any other key. */
export function placeOfKey(code: string): number | null {
  const m = /^(?:Digit|Numpad)([1-4])$/.exec(code);
  return m ? Number(m[1]) - 1 : null;
}

/** Space or Enter (the number pad's too): the keys that show a card's answer. */
export function isRevealKey(code: string): boolean {
  return code === 'Space' || code === 'Enter' || code === 'NumpadEnter';
}

/** The modifiers a plain shortcut must be pressed without. */
interface Modifiers {
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
}

/** Ctrl+Z (⌘Z on a Mac) anywhere, or U alone outside a text field: undo the last grade. */
export function isUndoKey(event: Modifiers & { readonly code: string }, typing: boolean): boolean {
  if (event.code === 'KeyZ') return (event.ctrlKey || event.metaKey) && !event.altKey;
  return event.code === 'KeyU' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey;
}
