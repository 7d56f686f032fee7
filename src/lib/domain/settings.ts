import type { Digits } from './format';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type TextSize = 'sm' | 'md' | 'lg' | 'xl';

/** Preferences of this device, shared by every profile on it. */
export interface DeviceSettings {
  /** null until the user (or `?lang=`) chooses; the browser's language decides meanwhile. */
  lang: 'ar' | 'en' | null;
  digits: Digits;
  theme: ThemeChoice;
  textSize: TextSize;
  persistRequested: boolean;
}

export const DEFAULT_DEVICE_SETTINGS: Readonly<DeviceSettings> = Object.freeze({
  lang: null,
  digits: 'latn',
  theme: 'system',
  textSize: 'md',
  persistRequested: false
});

export const THEMES: readonly ThemeChoice[] = ['system', 'light', 'dark'];
export const TEXT_SIZES: readonly TextSize[] = ['sm', 'md', 'lg', 'xl'];
export const TEXT_SCALE: Record<TextSize, number> = { sm: 0.9375, md: 1, lg: 1.125, xl: 1.25 };

const pick = <T>(value: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/**
 * Stored settings merged over the defaults, field by field: a missing or invalid field (an older
 * version's record, a hand-edited backup) takes the default instead of breaking the app.
 */
export function mergeDeviceSettings(stored: unknown): DeviceSettings {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
    string,
    unknown
  >;
  const d = DEFAULT_DEVICE_SETTINGS;
  return {
    lang: pick(s.lang, ['ar', 'en', null] as const, d.lang),
    digits: pick(s.digits, ['latn', 'arab'] as const, d.digits),
    theme: pick(s.theme, THEMES, d.theme),
    textSize: pick(s.textSize, TEXT_SIZES, d.textSize),
    persistRequested: typeof s.persistRequested === 'boolean' ? s.persistRequested : false
  };
}
