/**
 * Writes an export's files into a folder on disk (a blog's repository):
 * nothing outside it, nothing over an existing file unless asked. Node's `fs`
 * and `path` are passed in, so the CLI and the desktop plugin (which may only
 * reach them through `window.require`) share this one writer.
 */

/** The parts of Node's `fs` and `path` the writer uses, described here so the core needs no Node types. */
export interface DiskIo {
  fs: {
    existsSync(path: string): boolean;
    statSync(path: string): { isDirectory(): boolean };
    mkdirSync(path: string, options: { recursive: true }): unknown;
    writeFileSync(path: string, data: string | Uint8Array): void;
    copyFileSync(src: string, dest: string): void;
  };
  path: {
    resolve(...paths: string[]): string;
    relative(from: string, to: string): string;
    isAbsolute(path: string): boolean;
    dirname(path: string): string;
    sep: string;
  };
}

/** A write refused (outside the folder, a file where the folder should be, a file already there). */
export class DiskWriteError extends Error {}

/** A file to write: its content, or a file on disk to copy (so the CLI copies attachments without reading them into memory). */
export type DiskFile = {
  /** Relative to the folder, `/`-separated. */
  path: string;
} & ({ data: string | Uint8Array } | { copyFrom: string });

/** Where `rel` lands under `folder`; refused when it would land outside (or on `folder` itself). */
export function pathOnDisk(io: DiskIo, folder: string, rel: string): string {
  const base = io.path.resolve(folder);
  const target = io.path.resolve(base, rel);
  // Compared by relative path, so that a folder `/` (whose inside starts with "/", not "//") is allowed.
  const back = io.path.relative(base, target);
  if (back === '' || back === '..' || back.startsWith(`..${io.path.sep}`) || io.path.isAbsolute(back)) throw new DiskWriteError(`refusing to write outside ${folder}: ${rel}`);
  return target;
}

/** The paths (relative, as given) that already exist under `folder`; refused when `folder` is a file. */
export function existingOnDisk(io: DiskIo, folder: string, paths: readonly string[]): string[] {
  const base = io.path.resolve(folder);
  if (io.fs.existsSync(base) && !io.fs.statSync(base).isDirectory()) throw new DiskWriteError(`${folder} is a file, not a folder`);
  return paths.filter((p) => io.fs.existsSync(pathOnDisk(io, folder, p)));
}

/**
 * Writes every file (creating folders), after checking that all of them land inside `folder`; returns their relative paths.
 * Replaces what is there: callers ask `existingOnDisk` first.
 */
export function writeOnDisk(io: DiskIo, folder: string, files: readonly DiskFile[]): string[] {
  const targets = files.map((f) => pathOnDisk(io, folder, f.path));
  files.forEach((f, i) => {
    io.fs.mkdirSync(io.path.dirname(targets[i]), { recursive: true });
    if ('copyFrom' in f) io.fs.copyFileSync(f.copyFrom, targets[i]);
    else io.fs.writeFileSync(targets[i], f.data);
  });
  return files.map((f) => f.path);
}
