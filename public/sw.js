// Softmax Lab's service worker: keeps a loaded page working when the network
// drops (a classroom's Wi-Fi). Hand-written and small on purpose:
// - the page (a navigation) is network-first, so a new deployment is seen at once,
//   with the cached copy as the fallback offline;
// - everything else in scope (hashed scripts and styles, fonts, the .wasm files) is
//   cache-first: Vite's file names change when their content does;
// - the dataset's .gz files pass by untouched. Copying 55 MB into the cache while
//   the page reads the same bytes made loading them half a second slower (1.4 s
//   instead of 0.9 s through the page, on two cores), and a page that has loaded
//   the data holds it in memory: it keeps working when the network drops.
// - a response is stored without its Vary header, and looked up ignoring Vary: a
//   host that sends `Vary: Origin` (as `vite preview` does) would otherwise never
//   match, because this worker fetches without an Origin header and the page's
//   module scripts and stylesheets are requested with one (an offline reload then
//   showed a blank page), and `Vary: *` could not be stored at all.
// The page posts the URLs it loaded before this worker took control. The dataset's
// own copy on the device (softmax-lab-data-*, src/storage/kept-dataset.ts) is the
// page's business: this worker never deletes it.
const CACHE = 'softmax-lab-v2';
const OWN_CACHES = /^softmax-lab-v\d+$/;
const scope = self.registration.scope;
const inScope = (url) => url.startsWith(scope);

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) =>
  event.waitUntil(
    (async () => {
      // Earlier versions' caches (v1 held the dataset) are dropped; the kept dataset is not ours.
      for (const name of await caches.keys()) if (OWN_CACHES.test(name) && name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  ),
);

const isDataset = (url) => new URL(url).pathname.endsWith('.gz');

self.addEventListener('message', (event) => {
  if (event.data?.type !== 'cache' || !Array.isArray(event.data.urls)) return;
  event.waitUntil(cacheAll(event.data.urls.filter((url) => typeof url === 'string' && inScope(url) && !isDataset(url))));
});

async function cacheAll(urls) {
  const cache = await caches.open(CACHE);
  await Promise.all(
    urls.map(async (url) => {
      if (await cache.match(url, { ignoreSearch: isPage(url), ignoreVary: true })) return;
      try {
        const response = await fetch(url);
        if (response.ok) await cache.put(url, storable(response));
      } catch {
        // Offline already; what is cached stays.
      }
    }),
  );
}

/**
 * The response as the cache should hold it: without Vary, so that whatever a host
 * varies on (Origin, Accept-Encoding, *), a later request for the same URL matches.
 */
function storable(response) {
  if (!response.headers.has('vary')) return response;
  const headers = new Headers(response.headers);
  headers.delete('vary');
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

const isPage = (url) => {
  const path = new URL(url).pathname;
  return path.endsWith('/') || path.endsWith('.html');
};

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || !inScope(request.url) || request.headers.has('range') || isDataset(request.url)) return;
  event.respondWith(request.mode === 'navigate' ? networkFirst(request) : cacheFirst(request));
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request.url, storable(response.clone()));
    return response;
  } catch (error) {
    // Any query (?lang=ko&logits=…) is the same page: the app reads it on start.
    const cached =
      (await cache.match(request.url, { ignoreSearch: true, ignoreVary: true })) ?? (await cache.match(scope, { ignoreVary: true }));
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  // By URL, ignoring Vary: the page's request (with Origin, for a module script) and the
  // one this worker made to fill the cache (without) are for the same file.
  const cached = await cache.match(request.url, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request.url, storable(response.clone()));
  return response;
}
