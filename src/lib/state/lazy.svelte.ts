import type { Component } from 'svelte';

/**
 * A component whose code loads the first time `when()` is true, so that rare parts of a screen
 * (alerts) are not part of its first load. Call during component set-up; `current` is null until
 * the code has arrived.
 */
export function lazyComponent(
  when: () => boolean,
  load: () => Promise<{ default: Component }>
): { readonly current: Component | null } {
  let loaded = $state.raw<Component | null>(null);
  $effect(() => {
    if (when() && !loaded) void load().then((m) => (loaded = m.default));
  });
  return {
    get current() {
      return loaded;
    }
  };
}
