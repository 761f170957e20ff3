/** Fills an in-memory vault from a folder on disk (Node only). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appWith, type App, type LoadOptions } from './app';

const BINARY = /\.(png|jpe?g|gif|webp|pdf)$/i;

/** Every file below `dir` (dot folders skipped), keyed by NFC vault path. */
export function readFolder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (abs: string, rel: string): void => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(join(abs, entry.name), path);
      // Images one char per byte, so the vault's readBinary gives their bytes back exactly.
      else files[path.normalize('NFC')] = readFileSync(join(abs, entry.name), BINARY.test(entry.name) ? 'latin1' : 'utf8');
    }
  };
  walk(dir, '');
  return files;
}

/** An app whose vault holds a copy of every file below `dir` (dot folders skipped). */
export function loadApp(dir: string, options: LoadOptions = {}): App {
  return appWith(readFolder(dir), options);
}


