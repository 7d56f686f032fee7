import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

const APP_HTML = readFileSync('src/app.html', 'utf8');

/** The text of app.html's one inline `<tag>`, allowed by its hash (read from the file, so the two
 * cannot drift apart). */
function inline(tag) {
  const text = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(APP_HTML)?.[1];
  if (text === undefined) throw new Error(`src/app.html: the boot <${tag}> is missing`);
  return text;
}

// The boot skeleton's <style>, and the <script> in the head that sets the shell's language and
// direction.
const bootStyle = inline('style');
const bootScript = inline('script');

// SvelteKit's route announcer is the one element with an inline style attribute.
const ANNOUNCER_STYLE =
  'position: absolute; left: 0; top: 0; clip: rect(0 0 0 0); clip-path: inset(50%); overflow: hidden; white-space: nowrap; width: 1px; height: 1px';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  compilerOptions: {
    runes: true
  },
  kit: {
    // A pure SPA: every route is served by the 200.html shell, which the service worker precaches.
    adapter: adapter({ fallback: '200.html', precompress: true, strict: true }),
    serviceWorker: { register: false },
    version: { pollInterval: 0 },
    // A strict policy, written into 200.html as a <meta> tag: scripts only from this origin plus
    // SvelteKit's own inline start-up script and the boot script by their hashes; no eval;
    // nothing fetched elsewhere.
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self', sha256(bootScript)],
        'style-src': ['self', sha256(bootStyle)],
        'style-src-attr': ['unsafe-hashes', sha256(ANNOUNCER_STYLE)],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self'],
        'connect-src': ['self'],
        'media-src': ['self', 'blob:'],
        'worker-src': ['self'],
        'manifest-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self']
      }
    }
  }
};

export default config;
