import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

// Debian's Chromium where it exists (override with CHROMIUM_PATH); elsewhere the
// browser that `npx playwright install chromium` downloads. Never downloads by itself.
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const PORT = Number(process.env.PORT ?? 4173);
// Parallel local runs each build into their own folder (E2E_DIST=dist-mine).
const DIST = process.env.E2E_DIST ?? 'dist';
// E2E_DEV=1 runs against the dev server instead of the production build (faster to iterate).
const DEV = process.env.E2E_DEV === '1';
const SUBPATH_PORT = PORT + 1;

export default defineConfig({
  testDir: 'e2e',
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath,
      // --no-sandbox: CI runs as root. The rest keep Chromium off the closed network.
      // WebGL2 runs through SwiftShader here, so --disable-gpu is deliberately absent.
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      // The production build, as users get it.
      command: DEV
        ? `npx vite --host 127.0.0.1 --port ${PORT} --strictPort`
        : `npx vite build --outDir ${DIST} && npx vite preview --outDir ${DIST} --host 127.0.0.1 --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
    },
    {
      // The same build mounted under a sub-path, as a static host would serve it.
      command: `node scripts/serve-static.mjs --dir ${DIST} --prefix /softmax-lab/ --port ${SUBPATH_PORT}`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/softmax-lab/`,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
    },
  ],
});
