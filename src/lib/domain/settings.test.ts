import { describe, expect, it } from 'vitest';
import { DEFAULT_DEVICE_SETTINGS, mergeDeviceSettings } from './settings';

describe('mergeDeviceSettings', () => {
  it('returns the defaults for nothing stored', () => {
    expect(mergeDeviceSettings(undefined)).toEqual(DEFAULT_DEVICE_SETTINGS);
    expect(mergeDeviceSettings('garbage')).toEqual(DEFAULT_DEVICE_SETTINGS);
  });
  it('keeps valid fields and replaces invalid ones with defaults', () => {
    expect(
      mergeDeviceSettings({ lang: 'en', digits: 'arab', theme: 'neon', textSize: 'xl', extra: 1 })
    ).toEqual({ ...DEFAULT_DEVICE_SETTINGS, lang: 'en', digits: 'arab', textSize: 'xl' });
  });
  it('defaults digits to Latin', () => {
    expect(mergeDeviceSettings({ lang: 'ar' }).digits).toBe('latn');
  });
});
