import type { IconName } from '$lib/components/icons';

export interface NavItem {
  href: string;
  label: string;
  icon: IconName;
  /** Shown in the phone's bottom bar; the rest sit behind "More". */
  primary: boolean;
}

/** Every screen of the app, in the order the navigation shows them. */
export const NAV: readonly NavItem[] = [
  { href: '/', label: 'nav.today', icon: 'today', primary: true },
  { href: '/study', label: 'nav.study', icon: 'study', primary: true },
  { href: '/quiz', label: 'nav.quiz', icon: 'quiz', primary: true },
  { href: '/courses', label: 'nav.courses', icon: 'courses', primary: true },
  { href: '/article', label: 'nav.article', icon: 'article', primary: false },
  { href: '/class', label: 'nav.class', icon: 'class', primary: false },
  { href: '/cards', label: 'nav.cards', icon: 'cards', primary: false },
  { href: '/stats', label: 'nav.stats', icon: 'stats', primary: false },
  { href: '/settings', label: 'nav.settings', icon: 'settings', primary: false }
];

export function isCurrent(href: string, pathname: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}
