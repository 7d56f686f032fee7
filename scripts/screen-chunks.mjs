// Fewer, larger files for every screen but the first. Rolldown's automatic splitting makes one
// chunk per set of importers, so a screen such as Quiz arrived as 40–50 small files; on a phone's
// first visit each costs a round trip (six at a time over HTTP/1.1), more than their bytes. This
// plugin groups the client's modules by the entries that use them and merges groups under
// `MERGE_BYTES` into their nearest neighbour, except the modules of the first screen (the shell,
// the layout and Today), which keep the automatic split so Today loads no other screen's code.
// The server build is left as it is.

/** Groups smaller than this (in bytes) are merged into a neighbouring group. */
const MERGE_BYTES = 12_000;

/** The first screen's nodes in SvelteKit's generated client: the root layout (0) and `/` (2). */
const FIRST_SCREEN =
  /[/\\]\.svelte-kit[/\\]generated[/\\]client-optimized[/\\](app\.js|nodes[/\\][012]\.js)$/;
const APP = /[/\\]client-optimized[/\\]app\.js$/;
const KIT_ENTRY = /[/\\]@sveltejs[/\\]kit[/\\]src[/\\]runtime[/\\]client[/\\]entry\.js$/;

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

/** @returns {import('vite').Plugin} */
export function screenChunks() {
  /** @type {Set<string> | null} */
  let firstScreen = null;
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
                  {
                    name: 'screen',
                    test: (id) => firstScreen !== null && !firstScreen.has(id),
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
      const ids = [...this.getModuleIds()];
      const roots = ids.filter((id) => FIRST_SCREEN.test(id) || KIT_ENTRY.test(id));
      // Today's own lazy modules count too (its figures, the course block), but not the other
      // screens, which SvelteKit's app module imports lazily.
      firstScreen = closure(roots, (/** @type {string} */ id) => {
        const m = this.getModuleInfo(id);
        if (!m) return [];
        return APP.test(id) ? m.importedIds : [...m.importedIds, ...m.dynamicallyImportedIds];
      });
    }
  };
}
