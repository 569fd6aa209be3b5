import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT, SEEDS, expect, openWorkbench, test } from './fixtures.ts';
import { serveStatic, type StaticHost } from './static-server.ts';

// `npm run build` promises a site that works from any static host, including a sub-folder of one.
// The build is fresh: the webServer in playwright.config.ts builds it (into E2E_OUT_DIR) before any test runs.
const PREFIX = '/some/team/crosscheck/';
let host: StaticHost;

test.beforeAll(async () => {
  host = await serveStatic(join(ROOT, process.env.E2E_OUT_DIR ?? 'dist'), PREFIX);
});
test.afterAll(async () => {
  await host.close();
});

test('the built site works from a sub-folder of a plain static host', async ({ page }) => {
  await openWorkbench(page, host.url);
  await expect(page).toHaveTitle(/Crosscheck/);
  await expect(page.getByTestId('article-column')).toHaveCount(SEEDS.length);
  const outside = host.requested.filter((path) => !path.startsWith(PREFIX));
  expect(outside, 'requests that escaped the sub-folder').toEqual([]);
});

/** What the page got for one URL: status, content type and, for an image, its decoded size. */
type Loaded = { url: string; status: number; type: string; width?: number; height?: number };

test('the built site links a web manifest and icons that load from the sub-folder', async ({
  page,
}) => {
  await openWorkbench(page, host.url);
  const found = await page.evaluate(async () => {
    const load = async (url: string): Promise<Loaded> => {
      const response = await fetch(url);
      const loaded: Loaded = {
        url,
        status: response.status,
        type: response.headers.get('content-type') ?? '',
      };
      if (!loaded.type.startsWith('image/')) return loaded;
      // Decoded, so a broken or mislabelled file fails here rather than showing a blank icon.
      const image = new Image();
      image.src = url;
      await image.decode();
      return { ...loaded, width: image.naturalWidth, height: image.naturalHeight };
    };
    const links = [...document.querySelectorAll<HTMLLinkElement>('link[rel~="icon"]')];
    const manifestLink = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!;
    const manifest = await load(manifestLink.href);
    const json = (await (await fetch(manifestLink.href)).json()) as {
      name: string;
      short_name: string;
      start_url: string;
      display: string;
      theme_color: string;
      background_color: string;
      icons: { src: string; sizes: string; type: string; purpose?: string }[];
    };
    const css = getComputedStyle(document.documentElement);
    return {
      favicons: await Promise.all(links.map((l) => load(l.href))),
      manifest,
      json,
      startUrl: new URL(json.start_url, manifestLink.href).href,
      icons: await Promise.all(
        json.icons.map(async (icon) => ({
          ...icon,
          loaded: await load(new URL(icon.src, manifestLink.href).href),
        })),
      ),
      colours: {
        theme: css.getPropertyValue('--accent').trim(),
        background: css.getPropertyValue('--bg').trim(),
      },
    };
  });

  expect(found.favicons.map((f) => f.type).sort()).toEqual(['image/png', 'image/svg+xml']);
  for (const favicon of found.favicons) {
    expect(favicon.status, favicon.url).toBe(200);
    expect(favicon.url.startsWith(host.url), favicon.url).toBe(true);
  }
  expect(found.favicons.find((f) => f.type === 'image/png')).toMatchObject({
    width: 32,
    height: 32,
  });

  expect(found.manifest.status).toBe(200);
  expect(found.manifest.type).toBe('application/manifest+json');
  expect(found.json).toMatchObject({
    name: 'Crosscheck',
    short_name: 'Crosscheck',
    start_url: '.',
    display: 'standalone',
    theme_color: found.colours.theme,
    background_color: found.colours.background,
  });
  expect(found.startUrl).toBe(host.url);
  for (const icon of found.icons) {
    expect(icon.loaded.status, icon.src).toBe(200);
    expect(icon.loaded.type, icon.src).toBe(icon.type);
    if (icon.sizes !== 'any') {
      expect(`${icon.loaded.width}x${icon.loaded.height}`, icon.src).toBe(icon.sizes);
    }
  }
  const pngs = found.icons.filter((i) => i.type === 'image/png');
  expect(pngs.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(found.icons.some((i) => i.purpose?.split(' ').includes('maskable'))).toBe(true);

  const outside = host.requested.filter((path) => !path.startsWith(PREFIX));
  expect(outside, 'requests that escaped the sub-folder').toEqual([]);
});

// The start-up bundle budget: what the page loads before anything is asked for (the entry script and
// the chunks it preloads). Language resources, export formats and the sync engine load when needed.
const START_UP_BUDGET_GZIP = 150 * 1024;

test('the start-up scripts stay within their budget, gzipped', async ({ page }) => {
  const loaded: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') loaded.push(response.url());
  });
  await openWorkbench(page, host.url);
  const dist = join(ROOT, process.env.E2E_OUT_DIR ?? 'dist');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  expect(initial.length).toBeGreaterThan(0);
  // Every start-up script is one the page really loaded.
  for (const file of initial)
    expect(
      loaded.some((u) => u.endsWith(file)),
      file,
    ).toBe(true);
  const bytes = initial.reduce((n, file) => n + gzipSync(readFileSync(join(dist, file))).length, 0);
  expect(bytes, `start-up JS ${(bytes / 1024).toFixed(1)} KB gzipped`).toBeLessThan(
    START_UP_BUDGET_GZIP,
  );
});
