// Asserts the module walk that decides which modules keep the automatic split (the first
// screen's): every module reached once, through cycles, and nothing beyond the edges given.
import { describe, expect, it } from 'vitest';
import type { ModuleInfo } from 'rolldown';
import { closure, groupModules } from '../../scripts/screen-chunks.mjs';

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

describe('groupModules', () => {
  const G = '/p/.svelte-kit/generated/client-optimized';
  const KIT = '/p/node_modules/@sveltejs/kit/src/runtime/client/entry.js';
  const node = (n: number) => `${G}/nodes/${n}.js`;
  // Kit's entry and the app; the layout (0) uses svelte and i18n and loads i18next lazily; the
  // error page (1) a title; Today (2) its card and lazily the deck (which uses the bank); the
  // quiz (3) and cards (4) screens share the quiz logic, each has its own view, and both use
  // the deck; cards loads the scanner lazily.
  const graph: Record<string, { s?: string[]; d?: string[] }> = {
    [KIT]: { s: ['svelte'] },
    [`${G}/app.js`]: { s: ['svelte'], d: [node(0), node(1), node(2), node(3), node(4)] },
    [node(0)]: { s: ['layout'] },
    layout: { s: ['svelte', 'i18n'], d: ['i18next'] },
    [node(1)]: { s: ['title'] },
    [node(2)]: { s: ['todayCard'], d: ['deck'] },
    todayCard: { s: ['svelte'] },
    deck: { s: ['bank'] },
    [node(3)]: { s: ['quiz', 'quizView', 'deck'] },
    [node(4)]: { s: ['quiz', 'cardsView', 'deck'], d: ['scanner'] },
    quizView: { s: ['svelte'] },
    cardsView: { s: ['svelte'] }
  };
  const ids = [
    ...new Set([
      ...Object.keys(graph),
      ...Object.values(graph).flatMap((m) => [...(m.s ?? []), ...(m.d ?? [])])
    ])
  ];
  const info = (id: string) => {
    const importers = ids.filter((x) => graph[x]?.s?.includes(id));
    return {
      importedIds: graph[id]?.s ?? [],
      dynamicallyImportedIds: graph[id]?.d ?? [],
      importers
    } as unknown as ModuleInfo;
  };
  const groups = groupModules(ids, info);

  it('puts what every visit loads first in the shell, never an entry', () => {
    expect([...groups.shell].sort()).toEqual(['i18n', 'layout', 'svelte', 'title']);
  });

  it('puts the first screen’s lazy modules in common, but not Today’s own, nor a lazy-only one', () => {
    expect([...groups.common].sort()).toEqual(['bank', 'deck']);
    expect(groups.firstScreen.has('i18next') && !groups.common.has('i18next')).toBe(true);
  });

  it('puts what two other screens import statically in screens, not one screen’s own', () => {
    expect([...groups.screens]).toEqual(['quiz']);
  });
});
