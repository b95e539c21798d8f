/**
 * Offline support for a classroom whose Wi-Fi drops: public/sw.js caches what
 * the page has loaded, so a reload keeps working. Only in production builds
 * (the dev server's modules change on every edit), and by a relative URL, so
 * the worker's scope is wherever the app is hosted (`/softmax-lab/`).
 */
/** The icons public/manifest.webmanifest lists. */
const INSTALL_ICONS = ['icons/icon.svg', 'icons/icon-192.png', 'icons/icon-512.png', 'icons/icon-maskable.svg', 'icons/icon-maskable-512.png'];

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const startup = () => {
    navigator.serviceWorker
      .register('./sw.js')
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        // What loaded before the worker took control never passed through it:
        // hand it the list, so the page, its scripts, styles and data get cached too.
        // The manifest and the installed app's icons too, so it opens offline once installed.
        const urls = [
          window.location.href,
          ...performance.getEntriesByType('resource').map((entry) => entry.name),
          ...[...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"], link[rel="manifest"], link[rel="apple-touch-icon"]')].map((link) => link.href),
          ...INSTALL_ICONS.map((icon) => new URL(icon, document.baseURI).href),
        ];
        registration.active?.postMessage({ type: 'cache', urls });
      })
      .catch(() => {
        // No offline copy (private mode, a host without HTTPS); the app works online as before.
      });
  };
  // After load, so registering never competes with the first screen.
  if (document.readyState === 'complete') startup();
  else window.addEventListener('load', startup, { once: true });
}
