/** Slugs and attachment names that survive URLs and every file system. */

export function slugify(text: string, ascii: boolean): string {
  let s = text.normalize('NFC').toLowerCase();
  if (ascii) s = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  s = s.replace(ascii ? /[^a-z0-9]+/g : /[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return s === '' ? 'post' : s.slice(0, 80).replace(/-+$/, '');
}

/** `회의 사진 1.PNG` → `회의-사진-1.png` (or `1.png` with ascii); the extension kept. */
export function attachmentName(file: string, ascii: boolean): string {
  const name = file.slice(file.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase().replace(/[^a-z0-9]/g, '') : '';
  const slug = slugify(stem, ascii);
  return ext ? `${slug}.${ext}` : slug;
}
