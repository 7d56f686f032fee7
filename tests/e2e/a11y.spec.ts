// Asserts that axe finds no violation on any route in either language and either theme, that the
// controls are reachable by keyboard with a visible focus, and that reduced motion is honoured.
import AxeBuilder from '@axe-core/playwright';
import { expect, LANGS, openRoute, ROUTES, test } from './fixtures';

for (const lang of LANGS) {
  for (const scheme of ['light', 'dark'] as const) {
    for (const route of ROUTES) {
      test(`axe: no violations on ${route} in ${lang}, ${scheme}`, async ({ page }) => {
        // axe walks the whole page, several seconds on the longer screens (the reader, the card
        // list, the charts): twice the default budget.
        test.setTimeout(60_000);
        await page.emulateMedia({ colorScheme: scheme });
        await openRoute(page, route, lang);
        const results = await new AxeBuilder({ page }).analyze();
        expect(
          results.violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)
        ).toEqual([]);
      });
    }
  }
}

test('every control is reachable by keyboard, with a visible focus ring', async ({ page }) => {
  await openRoute(page, '/settings', 'en');
  const seen = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      // Segmented radios hide the input and ring their label instead.
      const ringed = (node: Element) => {
        const style = getComputedStyle(node);
        return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      };
      const label = el.closest('label');
      return {
        name: (el.getAttribute('aria-label') ?? (label ?? el).textContent ?? '')
          .trim()
          .slice(0, 40),
        outline: ringed(el) || (label !== null && ringed(label))
      };
    });
    if (!focused) continue;
    expect(focused.outline, `focus ring on ${focused.name}`).toBe(true);
    seen.add(focused.name);
  }
  for (const name of ['Skip to content', 'العربية', 'Theme', 'Today', 'Settings', 'System']) {
    expect(
      [...seen].some((s) => s.includes(name)),
      name
    ).toBe(true);
  }
});

test.describe('reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('transitions are switched off', async ({ page }) => {
    await openRoute(page, '/', 'en');
    const duration = await page
      .getByRole('link', { name: 'Study now' })
      .evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(parseFloat(duration)).toBeLessThan(0.001);
  });
});
