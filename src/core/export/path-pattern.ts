/**
 * Where a post and its attachments go in the export folder, from patterns
 * such as `_posts/{{date}}-{{slug}}.md`, and how the post links to them. The
 * path is checked after the placeholders are filled in, so no pattern and no
 * note's value can lead outside the export folder.
 */
import { ExportError } from './compose';
import { PLACEHOLDER_TOKEN } from './front-matter-template';
import type { Profile } from './options';

/** A pattern that cannot be used, or that leads outside the export folder. */
export class PathPatternError extends ExportError {}


/**
 * `pattern` with its placeholders filled in from `text` (a placeholder's value
 * as text), normalized: `\` read as `/`, `.` and empty parts dropped. Refused
 * when it is absolute, names a drive or a `..` part, or holds a control character.
 */
export function fillPath(pattern: string, text: (name: string) => string | null, what: string): string {
  const filled = pattern.replace(PLACEHOLDER_TOKEN, (_, name: string) => {
    const value = text(name);
    if (value === null) throw new PathPatternError(`${what} path: unknown placeholder {{${name}}}`);
    return value;
  });
  const refuse = (why: string): never => {
    throw new PathPatternError(`${what} path "${filled}" ${why}; it must stay inside the export folder`);
  };
  const path = filled.replace(/\\/g, '/');
  // Control characters (NUL above all) cut or bend a path on some file systems.
  if (/\p{Cc}/u.test(path)) refuse('holds a control character');
  if (path.startsWith('/') || path.startsWith('~')) refuse('is absolute');
  if (/^[A-Za-z]:/.test(path)) refuse('names a drive');
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p.trim() === '..' || /^\.\.[. ]*$/.test(p))) refuse('goes up a folder (..)');
  if (parts.length === 0) refuse('is empty');
  return parts.join('/');
}

/** The post's path: as `fillPath`, ending in `.md`. */
export function postPath(pattern: string, text: (name: string) => string | null): string {
  const path = fillPath(pattern, text, 'post');
  if (!path.toLowerCase().endsWith('.md')) throw new PathPatternError(`post path "${path}" must end in .md`);
  return path;
}

/** `to` (a file) as a path relative to the folder `from`, both under the export folder. */
function relativePath(from: string, to: string): string {
  const a = from === '' ? [] : from.split('/');
  const b = to.split('/');
  let common = 0;
  while (common < a.length && common < b.length - 1 && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => '..'), ...b.slice(common)].join('/');
}

/**
 * How the post links to an attachment at `file` (under the export folder):
 * Jekyll serves the site from the folder's root, so `/assets/…`; Hugo serves
 * `static/` at the root and a page bundle beside its page; plain Markdown
 * links relative to the post.
 */
export function attachmentLink(profile: Profile, post: string, file: string): string {
  const folder = post.includes('/') ? post.slice(0, post.lastIndexOf('/')) : '';
  if (profile === 'jekyll') return encodeURI(`/${file}`);
  if (profile === 'hugo' && file.startsWith('static/')) return encodeURI(file.slice('static'.length));
  return encodeURI(relativePath(folder, file));
}
