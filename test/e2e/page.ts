/** Builds the harness page around the built main.js and opens it in Debian's Chromium (Node side). */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import esbuild from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readFolder } from '../fake-obsidian/load-folder';

export const ROOT = join(__dirname, '..', '..');
export const ARTIFACTS = join(ROOT, 'artifacts', 'e2e');

/** Writes the page for one vault into `build/e2e/<name>/` and returns its URL. */
export function buildPage(name: string, vault: Record<string, string>): string {
  const main = join(ROOT, 'main.js');
  if (!existsSync(main)) throw new Error('main.js is missing: run `npm run build` first (npm run test:e2e does)');
  const dir = join(ROOT, 'build', 'e2e', name);
  mkdirSync(dir, { recursive: true });
  esbuild.buildSync({ entryPoints: [join(__dirname, 'harness.ts')], bundle: true, format: 'iife', platform: 'browser', outfile: join(dir, 'harness.js'), logLevel: 'error' });
  copyFileSync(main, join(dir, 'main.js'));
  copyFileSync(join(ROOT, 'styles.css'), join(dir, 'styles.css'));
  copyFileSync(join(__dirname, 'harness.css'), join(dir, 'harness.css'));
  const manifest = execFileSync(process.execPath, ['-e', `process.stdout.write(require(${JSON.stringify(join(ROOT, 'manifest.json'))}).id)`], { encoding: 'utf8' });
  writeFileSync(join(dir, 'vault.js'), `window.VAULT = ${JSON.stringify(vault)};\nwindow.MANIFEST = { id: ${JSON.stringify(manifest)} };\n`);
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="harness.css"><link rel="stylesheet" href="styles.css"></head>
<body class="theme-light"><script src="vault.js"></script><script src="harness.js"></script><script src="main.js"></script></body></html>`,
  );
  return pathToFileURL(join(dir, 'index.html')).href;
}

/** Debian's chromium, as `which chromium` finds it, with the flags this machine needs. */
export async function launch(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH ?? execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  return chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function openPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 660 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  return page;
}

/** Chromium with the plugin booted over examples/vault, for one test file. */
export async function openSample(name: string): Promise<{ browser: Browser; page: Page }> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const browser = await launch();
  const page = await openPage(browser, buildPage(name, readFolder(join(ROOT, 'examples', 'vault'))));
  await page.evaluate(() => window.harness.boot());
  return { browser, page };
}

/** Polls a check with expectations until it passes, as the jsdom tests do: never a fixed sleep. */
export { waitFor as eventually } from '../fake-obsidian/wait';

/** Resolves after the page has drawn its next frame, e.g. after a theme change, before a screenshot. */
export function nextFrame(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
}
