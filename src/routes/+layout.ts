import { app } from '$lib/state/app.svelte';
import type { LayoutLoad } from './$types';

// A client-only app: the static build serves one shell (200.html) for every route.
export const ssr = false;
export const prerender = false;

export const load: LayoutLoad = async ({ url }) => {
  await app.boot(url.searchParams);
};
