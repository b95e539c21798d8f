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
// The page posts the URLs it loaded before this worker took control.
const CACHE = 'softmax-lab-v2';
const scope = self.registration.scope;
const inScope = (url) => url.startsWith(scope);

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) =>
  event.waitUntil(
    (async () => {
      // Earlier versions' caches (v1 held the dataset) are dropped.
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
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
      if (await cache.match(url, { ignoreSearch: isPage(url) })) return;
      try {
        const response = await fetch(url);
        if (response.ok) await cache.put(url, response);
      } catch {
        // Offline already; what is cached stays.
      }
    }),
  );
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
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (error) {
    // Any query (?lang=ko&logits=…) is the same page: the app reads it on start.
    const cached = (await cache.match(request, { ignoreSearch: true })) ?? (await cache.match(scope));
    if (cached) return cached;
    throw error;
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}
