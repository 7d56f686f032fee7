/** Chromium's deferred install prompt (`beforeinstallprompt`), missing from TypeScript's DOM types. */
interface InstallPromptEvent extends Event {
  prompt(): Promise<unknown>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/**
 * The browser's offer to install the app. The offer comes once per page load, often before the
 * screen that shows it is open, so it is kept from the start; the screen's code loads with it.
 */
class Install {
  #offer = $state.raw<InstallPromptEvent | null>(null);
  #listening = false;
  /** Installed during this visit (accepted in the prompt, or `appinstalled`). */
  installed = $state(false);

  /** Whether the browser's install prompt can be shown. */
  get canPrompt(): boolean {
    return this.#offer !== null && !this.installed;
  }

  /** Keeps the browser's offer instead of its own banner. Called once, as the app's code loads. */
  listen(): void {
    if (this.#listening || typeof window === 'undefined') return;
    this.#listening = true;
    addEventListener('beforeinstallprompt', (event) => {
      event.preventDefault();
      this.#offer = event as InstallPromptEvent;
    });
    addEventListener('appinstalled', () => {
      this.installed = true;
      this.#offer = null;
    });
  }

  /**
   * Shows the browser's prompt and resolves to the user's answer (`null`: no prompt to show, or
   * the browser refused to show it). An offer can be shown once; the browser may make another.
   */
  async prompt(): Promise<'accepted' | 'dismissed' | null> {
    const offer = this.#offer;
    if (!offer) return null;
    this.#offer = null;
    try {
      await offer.prompt();
      const { outcome } = await offer.userChoice;
      if (outcome === 'accepted') this.installed = true;
      return outcome;
    } catch {
      return null;
    }
  }
}

export const install = new Install();
