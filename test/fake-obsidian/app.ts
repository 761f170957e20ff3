/** The app object and in-memory vaults built from a map of files (no Node APIs: the e2e harness runs this in a browser). */
import { MetadataCache } from './metadata-cache';
import { Vault } from './vault';
import { FileManager } from './file-manager';
import { Workspace } from './workspace';
import { Keymap } from './keymap';

export class App {
  readonly metadataCache = new MetadataCache();
  readonly vault = new Vault(this.metadataCache);
  readonly workspace: Workspace = new Workspace(this);
  readonly fileManager = new FileManager(this);
  readonly keymap = new Keymap();
}

export interface LoadOptions {
  /** false: like a first start, the cache fills only after the layout is ready. */
  warmCache?: boolean;
  /** true: a renamed or deleted folder reports only itself, not every file inside. */
  folderEventsOnly?: boolean;
}

/** An app over the given files, keyed by vault path; a warm start fires `resolved` after the current task. */
export function appWith(files: Record<string, string>, options: LoadOptions = {}): App {
  const app = new App();
  const warm = options.warmCache ?? true;
  for (const [path, text] of Object.entries(files)) app.vault.seed(path, text, warm);
  app.vault.folderEventsOnly = options.folderEventsOnly ?? false;
  if (warm) app.metadataCache.warmStart();
  return app;
}

/**
 * Test helper: parses every Markdown file not yet in the cache, as a cold start
 * does: a stream of `changed` events, one per note, then `resolved`.
 */
export async function finishIndexing(app: App): Promise<void> {
  const pending = app.vault.getMarkdownFiles().filter((f) => app.metadataCache.getFileCache(f) === null);
  await Promise.all(pending.map(async (f) => app.metadataCache.schedule(f, await app.vault.read(f))));
}
