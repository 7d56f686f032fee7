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
