import type { DeviceSettings } from './settings-schema';

// The first screen reads these settings, and valibot would not fit in its budget: the choices are
// listed here once, `DeviceSettingsSchema` (settings-schema.ts, for backups and the type) is built
// from them, and `mergeDeviceSettings` reads them by the same rule without valibot. A test checks
// that the two agree on any input.

export type { DeviceSettings };
export type ThemeChoice = DeviceSettings['theme'];
export type TextSize = DeviceSettings['textSize'];

export const THEMES = ['system', 'light', 'dark'] as const;
export const TEXT_SIZES = ['sm', 'md', 'lg', 'xl'] as const;
export const TEXT_SCALE: Record<TextSize, number> = { sm: 0.9375, md: 1, lg: 1.125, xl: 1.25 };

/** Every value each device setting may take. */
export const DEVICE_SETTINGS_CHOICES = {
  /** null until the user (or `?lang=`) chooses; the browser's language decides meanwhile. */
  lang: ['ar', 'en', null],
  digits: ['latn', 'arab'],
  theme: THEMES,
  textSize: TEXT_SIZES,
  persistRequested: [false, true]
} as const;

/** Preferences of this device, shared by every profile on it. */
export const DEFAULT_DEVICE_SETTINGS = Object.freeze({
  lang: null,
  digits: 'latn',
  theme: 'system',
  textSize: 'md',
  persistRequested: false
} as const);

/**
 * Stored settings merged over the defaults, field by field: a missing or invalid field (an older
 * version's record, a hand-edited backup) takes the default instead of breaking the app. The same
 * result as parsing with `DeviceSettingsSchema`.
 */
export function mergeDeviceSettings(stored: unknown): DeviceSettings {
  const s = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
    string,
    unknown
  >;
  const out: Record<string, unknown> = {};
  for (const [key, allowed] of Object.entries(DEVICE_SETTINGS_CHOICES)) {
    const value = s[key];
    out[key] = (allowed as readonly unknown[]).includes(value)
      ? value
      : DEFAULT_DEVICE_SETTINGS[key as keyof typeof DEFAULT_DEVICE_SETTINGS];
  }
  return out as DeviceSettings;
}
