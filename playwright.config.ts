import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium-path.mjs';

// DARS_PORT lets two checkouts run their suites side by side; 4173 is what `npm run serve` uses.
const PORT = Number(process.env.DARS_PORT ?? 4173);
export const BASE_URL = `http://127.0.0.1:${PORT}`;

// End-to-end tests run against the production build, served from build/ the way users get it.
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // A stray test.only would silently skip the rest of the suite on CI.
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: BASE_URL,
    channel: undefined,
    headless: true,
    serviceWorkers: 'allow',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `node scripts/serve.mjs --host 127.0.0.1 --port ${PORT}`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000
  }
});
