/**
 * How this device can keep Dars as an app: it already runs as one, the browser offers to install
 * it (Chromium's prompt), Safari on an iPhone or iPad can add it to the Home Screen, or none.
 */
export type InstallWay = 'installed' | 'prompt' | 'ios' | 'none';

/** What the browser tells about itself, read by the caller (`navigator`, `matchMedia`). */
export interface InstallContext {
  userAgent: string;
  maxTouchPoints: number;
  /** Running as an installed app (`display-mode: standalone`, or Safari's `navigator.standalone`). */
  standalone: boolean;
  /** The browser's install prompt is kept and not used yet. */
  promptReady: boolean;
}

// Other browsers on iOS name themselves; their Share menus differ from Safari's.
const OTHER_IOS_BROWSER = /CriOS|FxiOS|EdgiOS|OPiOS|GSA\//;

/**
 * Safari on an iPhone, iPod or iPad. iPadOS Safari says it is a Mac by default; a Mac has no touch
 * screen, so touch points tell them apart.
 */
export function isIosSafari(userAgent: string, maxTouchPoints: number): boolean {
  const apple =
    /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
  return apple && /Safari\//.test(userAgent) && !OTHER_IOS_BROWSER.test(userAgent);
}

/** The way to offer for keeping the app, in that order of preference. */
export function installWay(context: InstallContext): InstallWay {
  if (context.standalone) return 'installed';
  if (context.promptReady) return 'prompt';
  if (isIosSafari(context.userAgent, context.maxTouchPoints)) return 'ios';
  return 'none';
}
