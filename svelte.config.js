import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

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
    version: { pollInterval: 0 }
  }
};

export default config;
