import { defineConfig, devices } from '@playwright/test';

/** E2E_PORT moves both servers (preview on it, nginx on the next port), e.g. to run two checkouts side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4173);
const NGINX_PORT = PORT + 1;

/** Debian's Chromium; Playwright's own browser downloads are not used. */
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 7_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunch,
  },
  projects: [
    {
      name: 'desktop',
      testIgnore: /deploy\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
    // The reader's flows again, behind the production nginx configuration (deploy/): its
    // headers, caching, SPA fallback and Content-Security-Policy.
    {
      name: 'nginx',
      testMatch: /(reader|deploy)\.spec\.ts/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        baseURL: `http://127.0.0.1:${NGINX_PORT}`,
      },
    },
  ],
  // The production build (npm run test:e2e builds it first), served with no backend.
  webServer: [
    {
      command: `node node_modules/vite/bin/vite.js preview --port ${PORT} --strictPort --host 127.0.0.1`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      command: `node scripts/nginx-test-server.mjs --port ${NGINX_PORT}`,
      url: `http://127.0.0.1:${NGINX_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      // SIGTERM lets the script stop nginx and remove its temporary directory.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
});
