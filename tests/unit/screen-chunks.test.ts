// Asserts the module walk that decides which modules keep the automatic split (the first
// screen's): every module reached once, through cycles, and nothing beyond the edges given.
import { describe, expect, it } from 'vitest';
import { closure } from '../../scripts/screen-chunks.mjs';

describe('closure', () => {
  const edges: Record<string, string[]> = {
    layout: ['header', 'app'],
    header: ['icon', 'app'],
    app: ['db', 'layout'],
    db: [],
    icon: [],
    quiz: ['icon', 'scheduler']
  };
  const of = (id: string) => edges[id] ?? [];

  it('reaches every module the roots import, through cycles, and no other', () => {
    expect([...closure(['layout'], of)].sort()).toEqual(['app', 'db', 'header', 'icon', 'layout']);
  });

  it('starts from every root', () => {
    expect(closure(['db', 'quiz'], of)).toEqual(new Set(['db', 'quiz', 'icon', 'scheduler']));
  });
});
