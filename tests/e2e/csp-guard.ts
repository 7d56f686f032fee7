import type { BrowserContext } from '@playwright/test';

// What Chromium writes to the console when the policy blocks something.
const REPORT = /Content Security Policy/i;

/**
 * Collects the Content-Security-Policy violations reported in every browser context it watches;
 * `check` throws if there were any. The `cspGuard` fixture watches each context a test opens and
 * checks after the test.
 */
export class CspGuard {
  readonly #seen: string[] = [];

  watch(context: BrowserContext): void {
    context.on('console', (message) => {
      if (message.type() === 'error' && REPORT.test(message.text())) {
        this.#seen.push(message.text());
      }
    });
  }

  /** The violations reported so far. */
  get seen(): readonly string[] {
    return this.#seen;
  }

  /** Throws, listing them, if any violation was reported. */
  check(): void {
    if (this.#seen.length > 0) {
      throw new Error(`Content-Security-Policy violations:\n${this.#seen.join('\n')}`);
    }
  }

  /** Forgets what was reported: for a test that breaks the policy on purpose, once it has seen it. */
  forget(): void {
    this.#seen.length = 0;
  }
}
