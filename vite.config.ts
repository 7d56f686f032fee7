import { sveltekit } from '@sveltejs/kit/vite';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { compileHints } from './scripts/compile-hints.mjs';
import { screenChunks } from './scripts/screen-chunks.mjs';

const THEME_LIGHT = '#f6f4ef';

export default defineConfig({
  plugins: [
    sveltekit(),
    screenChunks(),
    compileHints(),
    SvelteKitPWA({
      strategies: 'generateSW',
      // The app asks before it swaps versions; it never reloads itself under a study session.
      registerType: 'prompt',
      injectRegister: false,
      manifestFilename: 'manifest.webmanifest',
      manifest: {
        id: '/',
        name: 'Dars · درس',
        short_name: 'Dars',
        description:
          'Turn a news article into a course: flashcards, quizzes and class quizzes that work offline, in Arabic and English.',
        lang: 'en',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: THEME_LIGHT,
        theme_color: '#0f5c4d',
        categories: ['education'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icons/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable'
          },
          { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }
        ]
      },
      kit: { adapterFallback: '200.html', spa: true, includeVersionFile: true },
      workbox: {
        // Everything the app needs offline: code, styles, fonts (woff2 only: every browser that runs
        // a service worker reads woff2), icons and the question bank's JSON.
        globPatterns: ['client/**/*.{js,css,ico,png,svg,webp,woff2,webmanifest,json}'],
        globIgnores: ['**/*.woff', 'client/icons/src/**'],
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true
      }
    })
  ],
  build: {
    target: 'es2022'
  },
  test: {
    include: ['src/**/*.test.ts', 'questions/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    // The seed article's full build runs in a few seconds; give slow, busy machines room.
    testTimeout: 30_000
  }
});
