// Few files for every screen. Rolldown's automatic splitting makes one chunk per set of
// importers, so a screen arrived as 30–40 small files; on a phone's first visit each costs a round
// trip (six at a time over HTTP/1.1) and, for a screen's own files, a `<link rel=modulepreload>`
// that the page adds on the main thread (0.5–2 ms each here). This plugin puts the client's modules
// in four groups, each one file (the entries, SvelteKit's nodes, stay files of their own):
//
// - `shell`: what every visit loads first, the static imports of Kit's entry, the app, the root
//   layout (node 0) and the error page (node 1);
// - `common`: the rest of the first screen's modules that something imports statically (the bank,
//   the deck and its scheduler, stored records), except Today's own static imports: Today loads
//   them lazily after its first paint, the other screens that use them at once;
// - `screens`: the modules of the other screens that two or more of them import statically;
// - `screen`: the rest (one screen's own, or loaded lazily), grouped by the entries that use them
//   and merged into a neighbour under `MERGE_BYTES`.
//
// Today's own static imports keep the automatic split, so its first paint loads no other screen's
// code. The server build is left as it is.

/** Groups smaller than this (in bytes) are merged into a neighbouring group. */
const MERGE_BYTES = 12_000;

const NODE = /[/\\]\.svelte-kit[/\\]generated[/\\]client-optimized[/\\]nodes[/\\](\d+)\.js$/;
const APP = /[/\\]\.svelte-kit[/\\]generated[/\\]client-optimized[/\\]app\.js$/;
const KIT_ENTRY = /[/\\]@sveltejs[/\\]kit[/\\]src[/\\]runtime[/\\]client[/\\]entry\.js$/;

/** SvelteKit's node number of a module (0 the root layout, 1 the error page, 2 Today), if one. */
const nodeOf = (/** @type {string} */ id) => {
  const n = NODE.exec(id)?.[1];
  return n === undefined ? undefined : Number(n);
};
const isNode = (/** @type {string} */ id) => nodeOf(id) !== undefined;

/**
 * Every module reachable from `roots` through `importedOf`.
 * @param {string[]} roots
 * @param {(id: string) => readonly string[]} importedOf
 */
export function closure(roots, importedOf) {
  /** @type {Set<string>} */
  const seen = new Set();
  const stack = [...roots];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...importedOf(id));
  }
  return seen;
}

/**
 * The four groups' modules.
 * @param {string[]} ids every module of the client build
 * @param {(id: string) => import('rolldown').ModuleInfo | null} info
 */
export function groupModules(ids, info) {
  const isEntry = (/** @type {string} */ id) => KIT_ENTRY.test(id) || APP.test(id) || isNode(id);
  // Static imports, never into another node (the app imports the nodes lazily anyway).
  const staticOf = (/** @type {string} */ id) =>
    (info(id)?.importedIds ?? []).filter((x) => !isNode(x));
  const roots = (/** @type {(id: string) => boolean} */ test) => ids.filter(test);
  // The first screen: Kit's entry, the app, nodes 0–2 and everything they import, lazily too,
  // but not the other screens, which the app imports lazily.
  const firstScreen = closure(
    roots((id) => KIT_ENTRY.test(id) || APP.test(id) || (nodeOf(id) ?? 99) <= 2),
    (id) => {
      const m = info(id);
      if (!m) return [];
      return APP.test(id) ? m.importedIds : [...m.importedIds, ...m.dynamicallyImportedIds];
    }
  );
  const shellAll = closure(
    roots((id) => KIT_ENTRY.test(id) || APP.test(id) || (nodeOf(id) ?? 99) <= 1),
    staticOf
  );
  const shell = new Set([...shellAll].filter((id) => !isEntry(id)));
  const today = closure(
    roots((id) => nodeOf(id) === 2),
    staticOf
  );
  const common = new Set(
    [...firstScreen].filter(
      (id) =>
        !shellAll.has(id) && !today.has(id) && !isEntry(id) && (info(id)?.importers.length ?? 0) > 0
    )
  );
  /** @type {Map<string, number>} */
  const uses = new Map();
  for (const node of roots((id) => isNode(id) && !firstScreen.has(id))) {
    const own = closure([node], (id) => staticOf(id).filter((x) => !firstScreen.has(x)));
    for (const id of own) if (id !== node) uses.set(id, (uses.get(id) ?? 0) + 1);
  }
  const screens = new Set([...uses].filter(([, n]) => n >= 2).map(([id]) => id));
  return { firstScreen, shell, common, screens };
}

/** @returns {import('vite').Plugin} */
export function screenChunks() {
  /** @type {ReturnType<typeof groupModules> | null} */
  let groups = null;
  const member = (/** @type {'shell' | 'common' | 'screens'} */ name) => ({
    name,
    test: (/** @type {string} */ id) => groups !== null && groups[name].has(id),
    priority: 2
  });
  return {
    name: 'dars:screen-chunks',
    apply: 'build',
    configEnvironment(name) {
      if (name !== 'client') return;
      return {
        build: {
          rolldownOptions: {
            preserveEntrySignatures: 'allow-extension',
            output: {
              codeSplitting: {
                includeDependenciesRecursively: false,
                groups: [
                  member('shell'),
                  member('common'),
                  member('screens'),
                  {
                    name: 'screen',
                    priority: 1,
                    test: (id) => groups !== null && !groups.firstScreen.has(id),
                    entriesAware: true,
                    entriesAwareMergeThreshold: MERGE_BYTES
                  }
                ]
              }
            }
          }
        }
      };
    },
    buildEnd() {
      groups = groupModules([...this.getModuleIds()], (id) => this.getModuleInfo(id));
    }
  };
}
