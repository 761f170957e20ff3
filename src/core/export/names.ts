/** Slugs and attachment names that survive URLs and every file system. */

/** Names Windows refuses for a file or folder, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/**
 * A reserved stem gets a `_` (which slugs never hold, so the result cannot
 * meet another slug); every other name is kept.
 */
function notReserved(stem: string): string {
  return RESERVED.test(stem) ? `${stem}_` : stem;
}

export function slugify(text: string, ascii: boolean, fallback = 'post'): string {
  let s = text.normalize('NFC').toLowerCase();
  if (ascii) s = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  s = s.replace(ascii ? /[^a-z0-9]+/g : /[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return notReserved(s === '' ? fallback : s.slice(0, 80).replace(/-+$/, ''));
}

/** `회의 사진 1.PNG` → `회의-사진-1.png` (or `1.png` with ascii); the extension kept. */
export function attachmentName(file: string, ascii: boolean): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase().replace(/[^a-z0-9]/g, '') : '';
  const slug = slugify(stem, ascii, 'file');
  return ext ? `${slug}.${ext}` : slug;
}

/** `name`, or `name-2`, `name-3`… before the extension: the first that `taken` does not hold. */
export function uniqueName(name: string, taken: (name: string) => boolean): string {
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot) : '';
  let candidate = name;
  for (let n = 2; taken(candidate); n++) candidate = `${stem}-${n}${ext}`;
  return candidate;
}
