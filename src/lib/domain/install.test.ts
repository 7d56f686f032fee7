import { describe, expect, it } from 'vitest';
import { installWay, isIosSafari, type InstallContext } from './install';

const UA = {
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  ipadOs:
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15',
  ipadChrome:
    'Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1',
  inApp:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 350.0',
  android:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36'
};

const context = (over: Partial<InstallContext>): InstallContext => ({
  userAgent: UA.android,
  maxTouchPoints: 5,
  standalone: false,
  promptReady: false,
  ...over
});

describe('isIosSafari', () => {
  it('knows Safari on an iPhone, and on an iPad that says it is a Mac', () => {
    expect(isIosSafari(UA.iphone, 5)).toBe(true);
    expect(isIosSafari(UA.ipadOs, 5)).toBe(true);
  });

  it('tells a Mac (no touch screen) from an iPad', () => {
    expect(isIosSafari(UA.ipadOs, 0)).toBe(false);
  });

  it('leaves out other browsers and in-app views on iOS, and Android', () => {
    expect(isIosSafari(UA.ipadChrome, 5)).toBe(false);
    expect(isIosSafari(UA.inApp, 5)).toBe(false);
    expect(isIosSafari(UA.android, 5)).toBe(false);
  });
});

describe('installWay', () => {
  it('offers nothing to an app already installed', () => {
    expect(installWay(context({ standalone: true, promptReady: true }))).toBe('installed');
    expect(installWay(context({ userAgent: UA.iphone, standalone: true }))).toBe('installed');
  });

  it('offers the browser’s prompt when it has one', () => {
    expect(installWay(context({ promptReady: true }))).toBe('prompt');
  });

  it('explains the Home Screen on iOS Safari', () => {
    expect(installWay(context({ userAgent: UA.iphone }))).toBe('ios');
  });

  it('offers nothing where the browser has no way to install', () => {
    expect(installWay(context({}))).toBe('none');
    expect(installWay(context({ userAgent: UA.ipadOs, maxTouchPoints: 0 }))).toBe('none');
  });
});
