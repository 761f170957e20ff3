/** App, workspace and a loader that fills an in-memory vault from a folder on disk. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MetadataCache } from './metadata-cache';
import { Vault } from './vault';
import { Workspace } from './workspace';

export class App {
  readonly metadataCache = new MetadataCache();
  readonly vault = new Vault(this.metadataCache);
  readonly workspace: Workspace = new Workspace(this);
  readonly fileManager = {
    generateMarkdownLink: (file: { basename: string }): string => `[[${file.basename}]]`,
  };
}

export interface LoadOptions {
  /** false: like a first start, the cache fills only after the layout is ready. */
  warmCache?: boolean;
}

/** An app whose vault holds a copy of every file below `dir` (dot folders skipped). */
export function loadApp(dir: string, options: LoadOptions = {}): App {
  const app = new App();
  const warm = options.warmCache ?? true;
  const walk = (abs: string, rel: string): void => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(abs, entry.name), path);
      else app.vault.seed(path.normalize('NFC'), readFileSync(join(abs, entry.name), 'utf8'), warm);
    }
  };
  walk(dir, '');
  return app;
}

/** An app over the given files, keyed by vault path. */
export function appWith(files: Record<string, string>, options: LoadOptions = {}): App {
  const app = new App();
  for (const [path, text] of Object.entries(files)) app.vault.seed(path, text, options.warmCache ?? true);
  return app;
}

/** Test helper: parses every Markdown file not yet in the cache, as a cold start does. */
export async function finishIndexing(app: App): Promise<void> {
  const pending = app.vault.getMarkdownFiles().filter((f) => app.metadataCache.getFileCache(f) === null);
  await Promise.all(pending.map(async (f) => app.metadataCache.schedule(f, await app.vault.read(f))));
}

/** Lets scheduled metadata parses run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 5));
}
