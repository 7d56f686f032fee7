import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// `npm run screenshots`: every screen in both languages at a phone and a desktop size, into
// screenshots/ (git-ignored), for a person to look at. Not part of `npm test`.
export default defineConfig({
  ...base,
  testDir: 'tests/screens',
  fullyParallel: true,
  retries: 0
});
