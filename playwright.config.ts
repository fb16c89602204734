// Browser tests: headless Debian Chromium against the built game, served by `vite preview`.
import { defineConfig } from '@playwright/test';

// PW_PORT lets parallel runs on one machine use ports of their own.
const PORT = Number(process.env.PW_PORT ?? 4173);
const BASE_URL = `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  // The machines have 2 cores; more workers only make the software-rendered game stutter.
  workers: 2,
  // A whole game is hundreds of steps; on a busy 2-core machine each step can take seconds. These
  // limits catch a hung test, they do not measure speed (the benchmarks do).
  timeout: 120_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  // Reports live outside test-results/, which Playwright empties at start.
  reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    headless: true,
    // The offline worker would add a notice to pages mid-test; only the offline test allows it.
    serviceWorkers: 'block',
    launchOptions: {
      // Playwright cannot download its own browser here (no internet), so it drives Debian's.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      // Keep Chromium from reaching out on its own: no network beyond the page, no sandbox as root.
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    // Serves the dist/ that `npm test` has just built; the binary, not npx, so stopping it stops vite.
    command: `node_modules/.bin/vite preview --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: BASE_URL,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
