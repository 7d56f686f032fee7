// Asserts the Content-Security-Policy of the built app: strict in 200.html (scripts from this
// origin and by hash only, no eval, nothing fetched elsewhere), enforced (an injected script does
// not run), needed by no eval in the code, and never broken by the app itself on any screen; the
// guard that fails every test on a violation hears one in any of the test's browser contexts.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, LANGS, openRoute, ROUTES, test } from './fixtures';

const shell = readFileSync('build/200.html', 'utf8');
const policy = /<meta http-equiv="content-security-policy" content="([^"]+)">/.exec(shell)?.[1];
const directive = (name: string) =>
  policy
    ?.split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1) ?? [];

test('the shell carries a strict policy that hashes every inline script', () => {
  expect(policy).toBeTruthy();
  const scripts = directive('script-src');
  expect(scripts).toContain("'self'");
  for (const loose of ["'unsafe-inline'", "'unsafe-eval'", "'strict-dynamic'", '*', 'data:']) {
    expect(scripts).not.toContain(loose);
  }
  expect(directive('connect-src')).toEqual(["'self'"]);
  expect(directive('default-src')).toEqual(["'self'"]);
  expect(directive('object-src')).toEqual(["'none'"]);
  expect(directive('style-src')).not.toContain("'unsafe-inline'");
  const inline = [...shell.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)];
  expect(inline.length).toBeGreaterThan(0);
  for (const [, body] of inline) {
    const hash = `'sha256-${createHash('sha256').update(body!).digest('base64')}'`;
    expect(scripts).toContain(hash);
  }
});

test('the policy is enforced: an injected script does not run', async ({
  newContext,
  cspGuard
}) => {
  // Another context, as a second device would be: the guard watches it too, so it must report
  // this violation (caused on purpose, then forgotten so that the test can pass).
  const { page } = await newContext();
  await openRoute(page, '/', 'en');
  const result = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      violations.push(e.effectiveDirective)
    );
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
    await new Promise((r) => setTimeout(r, 100));
    return { injected: (window as { __injected?: boolean }).__injected === true, violations };
  });
  expect(result.injected).toBe(false);
  expect(result.violations).toContain('script-src-elem');
  await expect.poll(() => cspGuard.seen.length).toBeGreaterThan(0);
  expect(cspGuard.seen.join('\n')).toMatch(/script-src/);
  expect(() => cspGuard.check()).toThrow(/Content-Security-Policy violations/);
  cspGuard.forget();
  expect(() => cspGuard.check()).not.toThrow();
});

test('the built code needs no eval: no eval( or new Function( anywhere in it', () => {
  const files = readdirSync('build', { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.js')
  );
  expect(files.length).toBeGreaterThan(10);
  const offenders = files.filter((f) =>
    /\beval\(|new Function\(/.test(readFileSync(join('build', f), 'utf8'))
  );
  expect(offenders).toEqual([]);
});

for (const lang of LANGS) {
  for (const route of ROUTES) {
    test(`${route} breaks no policy, in ${lang}`, async ({ page }) => {
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as { __violations?: string[] }).__violations = seen;
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sample}`)
        );
      });
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) {
          problems.push(m.text());
        }
      });
      await openRoute(page, route, lang);
      await page.waitForLoadState('networkidle');
      problems.push(
        ...(await page.evaluate(() => (window as { __violations?: string[] }).__violations ?? []))
      );
      expect(problems).toEqual([]);
    });
  }
}
