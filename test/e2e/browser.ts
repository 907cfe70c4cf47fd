/**
 * Real-browser helpers for the end-to-end tests: launch Debian's Chromium with
 * the built extension, and serve local pages for harnesses.
 *
 * The tests never skip when Chromium is missing: a skipped browser test looks
 * like a passing one. They fail and say how to install it.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import type { BrowserContext, Worker } from 'playwright-core';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../../scripts/chromium-args.mjs';
import { HANG_GUARD_MS } from './waits';

/** Where `wxt build` puts the Chrome build. */
/** The build under test: `<PLAINLY_OUT_DIR or .output>/chrome-mv3` (see wxt.config.ts). */
export const CHROME_BUILD_DIR = resolve(
  import.meta.dirname,
  '../..',
  process.env.PLAINLY_OUT_DIR ?? '.output',
  'chrome-mv3',
);

export const CHROMIUM_MISSING_MESSAGE =
  'Chromium is needed for the browser tests. Install it with: sudo apt-get install -y chromium, or set CHROME_PATH.';

/**
 * The Chromium to use: `CHROME_PATH` if set, otherwise Debian's `/usr/bin/chromium`.
 *
 * @throws {Error} saying how to install Chromium when neither exists.
 */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv !== undefined && fromEnv !== '' && existsSync(fromEnv)) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error(CHROMIUM_MISSING_MESSAGE);
}

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's id, from its service worker's URL. */
  extensionId: string;
  /** The running background service worker. */
  serviceWorker: Worker;
  /** `chrome-extension://<id>/<path>`. */
  extensionUrl(path: string): string;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/**
 * Launches Chromium with the extension in `extensionDir` loaded, in a fresh
 * profile that `close()` deletes.
 *
 * @param extensionDir Default `.output/chrome-mv3`.
 */
export async function launchExtension(
  extensionDir: string = CHROME_BUILD_DIR,
): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}. Run: npx wxt build`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'plainly-e2e-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      // The new headless mode runs extensions; Playwright's own `headless`
      // flag would add the old one, so it is off and the flag is in `args`.
      headless: false,
      // Playwright adds --disable-extensions by default, which would stop ours loading.
      ignoreDefaultArgs: ['--disable-extensions'],
      args: chromiumArgs(extensionDir),
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }

  const close = async () => {
    try {
      await context.close();
    } finally {
      await rm(userDataDir, { recursive: true, force: true });
    }
  };

  // Every wait in a test is for an event; this only guards against a hang.
  context.setDefaultTimeout(HANG_GUARD_MS);
  try {
    const serviceWorker =
      context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(serviceWorker.url()).host;
    return {
      context,
      extensionId,
      serviceWorker,
      extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export interface StaticServer {
  /** `http://127.0.0.1:<port>`, with no trailing slash. */
  origin: string;
  /** `origin` + `/` + `path`. */
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves the files under `root` on 127.0.0.1 at a random free port, for
 * harness pages. Nothing outside `root` is served.
 */
export async function startStaticServer(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    void (async () => {
      try {
        const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
        // Browsers ask every site for an icon; a 404 for it would show as a
        // console error on the harness page, where tests look for Plainly's.
        if (pathname === '/favicon.ico') {
          response.writeHead(204).end();
          return;
        }
        let file = resolve(base, `.${pathname}`);
        if (file !== base && !file.startsWith(base + sep)) {
          response.writeHead(403).end('Forbidden');
          return;
        }
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        response.writeHead(200, {
          'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
        });
        response.end(body);
      } catch {
        response.writeHead(404).end('Not found');
      }
    })();
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', done);
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}
