/**
 * A file name from any title: composed to NFC, without the characters Obsidian
 * or an operating system refuses (and those that break links: `# ^ [ ] |`),
 * without leading dots, trimmed, and short enough for every file system.
 */

const REFUSED = /[\\/:*?"<>|#^[\]\p{Cc}]/gu;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_LENGTH = 120;

export function safeFileName(title: string, fallback = 'Untitled session'): string {
  let name = title.normalize('NFC').replace(REFUSED, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '').trim();
  // Cut by code points so that no surrogate pair or Hangul syllable is split.
  const points = [...name];
  if (points.length > MAX_LENGTH) name = points.slice(0, MAX_LENGTH).join('').trim();
  name = name.replace(/[. ]+$/, '');
  if (name === '') return fallback;
  return RESERVED.test(name) ? `${name}_` : name;
}

/** `Dir/name.md`, or `Dir/name 2.md` and so on when taken: never an existing path. */
export function uniquePath(folder: string, name: string, exists: (path: string) => boolean): string {
  const base = folder === '' ? name : `${folder}/${name}`;
  if (!exists(`${base}.md`)) return `${base}.md`;
  for (let n = 2; ; n++) if (!exists(`${base} ${n}.md`)) return `${base} ${n}.md`;
}

/** The folder pattern with `{series}`, `{edition}`, `{event}` filled and made safe, segment by segment. */
export function expandFolder(pattern: string, values: Record<string, string | undefined>): string {
  return pattern
    .replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '')
    .split('/')
    .map((segment) => (segment.trim() === '' ? '' : safeFileName(segment, '')))
    .filter((segment) => segment !== '' && segment !== '..')
    .join('/');
}
