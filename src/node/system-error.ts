/** Node's file-system errors in words: what failed, where, and why. */

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  ENOTDIR: 'a file stands where a folder is needed',
  EISDIR: 'it is a folder, not a file',
  EEXIST: 'it already exists',
  ENOSPC: 'no space left on the device',
  EROFS: 'the file system is read-only',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
};

const VERBS: Record<string, string> = {
  open: 'cannot open',
  read: 'cannot read',
  scandir: 'cannot read folder',
  opendir: 'cannot read folder',
  mkdir: 'cannot create folder',
  write: 'cannot write',
  copyfile: 'cannot copy',
  stat: 'cannot find',
  lstat: 'cannot find',
};

interface SystemError extends Error {
  code: string;
  syscall?: string;
  path?: string;
  dest?: string;
}

/** An error's message; duck-typed, since errors from another realm (a test VM) fail `instanceof Error`. */
export function messageOf(e: unknown): string {
  const message = typeof e === 'object' && e !== null ? (e as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : String(e);
}

function isSystemError(e: unknown): e is SystemError {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

/** Why a system call failed, in words (`permission denied`), or undefined for other errors. */
export function systemReason(e: unknown): string | undefined {
  if (!isSystemError(e)) return undefined;
  return REASONS[e.code] ?? messageOf(e).split('\n')[0].replace(/^E[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
}

/** `cannot read folder /v/Talks: permission denied`. */
export function systemErrorLine(e: unknown): string | undefined {
  if (!isSystemError(e)) return undefined;
  const verb = VERBS[e.syscall ?? ''] ?? (e.syscall ? `${e.syscall} failed on` : 'failed on');
  const where = e.dest !== undefined ? `${e.path} to ${e.dest}` : e.path;
  const reason = systemReason(e);
  return where === undefined ? `${verb}: ${reason}` : `${verb} ${where}: ${reason}`;
}
