import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';

// Offline from the first visit: the page's files (service worker) and the dataset (kept
// on the device) both come back when the network is gone. Against the production build
// only (the dev server registers no service worker), on `vite preview` (which sends
// `Vary: Origin`), on a plain static host under a sub-path, and on one that sends `Vary: *`.
//
// "Gone" means the server is stopped and the HTTP cache emptied: Playwright's offline mode
// does not reach a service worker's own requests in Chromium, and the HTTP cache can answer
// for a worker that fails to; with either, the test could not fail.
const PORT = Number(process.env.PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';

test.skip(process.env.E2E_DEV === '1', 'the service worker runs in the production build only');

interface Host {
  name: string;
  port: number;
  path: string;
  command: string[];
}

const HOSTS: Host[] = [
  {
    name: 'npm run preview',
    port: PORT + 2,
    path: '/',
    command: ['npx', 'vite', 'preview', '--outDir', DIST, '--host', '127.0.0.1', '--port', String(PORT + 2), '--strictPort'],
  },
  {
    name: 'a static host under a sub-path',
    port: PORT + 3,
    path: '/softmax-lab/',
    command: ['node', 'scripts/serve-static.mjs', '--dir', DIST, '--prefix', '/softmax-lab/', '--port', String(PORT + 3)],
  },
  {
    // `Vary: *` cannot even be stored as it comes: the worker must store it without.
    name: 'a host that sends Vary: *',
    port: PORT + 4,
    path: '/lab/',
    command: ['node', 'scripts/serve-static.mjs', '--dir', DIST, '--prefix', '/lab/', '--port', String(PORT + 4), '--vary', '*'],
  },
];

/** Starts a server of the build and resolves once it answers. */
async function startServer(host: Host): Promise<ChildProcess> {
  const [command, ...args] = host.command;
  const server = spawn(command!, args, { stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${host.port}${host.path}`;
  for (let i = 0; i < 100; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return server;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stopServer(server);
  throw new Error(`${host.name} did not start at ${url}`);
}

/** Stops the server and everything it started (npx starts vite as a child). */
function stopServer(server: ChildProcess) {
  try {
    process.kill(-server.pid!, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/** Waits until the service worker controls the page and holds its scripts, styles and the page itself. */
async function waitForOfflineCopy(page: Page, pagePath: string) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, { timeout: 30_000 });
  await page.waitForFunction(
    async (path) => {
      const cache = await caches.open('softmax-lab-v2');
      const keys = (await cache.keys()).map((r) => new URL(r.url));
      return keys.some((u) => u.pathname.endsWith('.js')) && keys.some((u) => u.pathname.endsWith('.css')) && keys.some((u) => u.pathname === path);
    },
    pagePath,
    { timeout: 30_000 },
  );
}

for (const host of HOSTS) {
  test(`with the data kept, a reload with the server gone reaches dataset-status ready (${host.name})`, async ({ page, context }) => {
    test.setTimeout(180_000);
    const url = `http://127.0.0.1:${host.port}${host.path}`;
    const server = await startServer(host);
    try {
      await page.goto(`${url}?lang=en#data`);
      await expect(page.getByTestId('dataset-status')).toHaveText('ready', { timeout: 90_000 });
      await expect(page.getByTestId('data-kept')).toHaveAttribute('data-state', 'kept', { timeout: 60_000 });
      await waitForOfflineCopy(page, host.path);
    } finally {
      stopServer(server);
    }
    await expect.poll(() => fetch(url).then(() => 'up', () => 'down')).toBe('down');
    // Nor may the browser's HTTP cache stand in for the service worker's: it need not hold
    // the files (evicted, or filled by the worker's own requests, which vary differently).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await context.setOffline(true);
    try {
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: 'Softmax Lab' })).toBeVisible();
      await expect(page.getByTestId('dataset-status')).toHaveText('ready', { timeout: 60_000 });
      await expect(page.getByTestId('data-kept')).toContainText('This time it was read from that copy.');
      await expect(page.getByTestId('sample').first()).toBeVisible();
      // Another address of the same page, in Korean, works offline too.
      await page.goto(`${url}?lang=ko&logits=1,1,4#softmax`);
      await expect(page.getByRole('heading', { level: 1, name: '소프트맥스 랩' })).toBeVisible();
    } finally {
      await context.setOffline(false);
    }
  });
}
