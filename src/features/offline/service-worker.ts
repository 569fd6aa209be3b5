/**
 * Registers the service worker that precaches the build, so that the workbench opens without a
 * network once it has been loaded. Production builds only (the dev server has no worker), and after
 * the page has loaded: the precache download never competes with start-up. A new version waits until
 * every Crosscheck tab is closed, so nobody's page reloads under their hands.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const start = () => {
    import('virtual:pwa-register')
      .then(({ registerSW }) => registerSW({ immediate: true }))
      .catch(() => {
        // Without a worker the app works as before, online only: nothing to tell the reviewer.
      });
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
