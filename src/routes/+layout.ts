import { i18n } from '$lib/i18n/i18n.svelte';
import { LANGS, LOCALES, pickLanguage } from '$lib/i18n/locales';
import { warmIntl } from '$lib/i18n/warm';
import { app } from '$lib/state/app.svelte';
import { prefetchBanks } from '$lib/state/bank-fetch';
import { install } from '$lib/state/install.svelte';
import type { LayoutLoad } from './$types';

// A client-only app: the static build serves one shell (200.html) for every route.
export const ssr = false;
export const prerender = false;

// Before the first screen is booted: the browser's install offer can come at any time, and only once.
install.listen();

/**
 * The screens that draw from the courses' banks as soon as they open. Not Class: its first text
 * comes before any bank, and the download competed with its code.
 */
const BANK_FIRST = new Set(['/quiz', '/cards', '/stats', '/article/[[course]]']);

export const load: LayoutLoad = async ({ url, route }) => {
  if (route.id !== null && BANK_FIRST.has(route.id)) prefetchBanks();
  const guess = pickLanguage({ query: url.searchParams.get('lang'), browser: navigator.languages });
  // The language guessed first, then the other one, which a switch in the settings would need.
  warmIntl([guess, ...LANGS.filter((lang) => lang !== guess)].map((lang) => LOCALES[lang].intl));
  i18n.prefetch(guess, route.id !== '/');
  await app.boot(url.searchParams);
  // The first screen (Today) needs only the shell's strings; any other screen loads the rest first.
  if (route.id !== '/') await i18n.loadAll();
};
