/** Lets the browser run what waits (input, a frame) before a long piece of work's next step. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Runs `work` once the page has loaded and the browser is idle (at the latest `timeout` ms after
 * that), so that it does not compete with the first screen.
 */
export function whenIdle(work: () => void, timeout = 2000): void {
  const later = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(work, { timeout })
      : setTimeout(work, 200);
  if (document.readyState === 'complete') later();
  else addEventListener('load', later, { once: true });
}
