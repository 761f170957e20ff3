/** Obsidian's link resolution over a list of vault paths: exact path, then path with `.md`, then by file name. */

export function linkResolver(paths: readonly string[]): (target: string, from: string) => string | null {
  const exact = new Set(paths.map((p) => p.normalize('NFC')));
  const byName = new Map<string, string[]>();
  for (const path of exact) {
    const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
    for (const key of [name, name.replace(/\.md$/, '')]) byName.set(key, [...(byName.get(key) ?? []), path]);
  }
  return (target, from) => {
    const t = target.normalize('NFC').replace(/^\/+/, '').trim();
    if (t === '') return null;
    const folder = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
    for (const candidate of [t, `${t}.md`, folder + t, `${folder}${t}.md`]) if (exact.has(candidate)) return candidate;
    const named = byName.get(t.slice(t.lastIndexOf('/') + 1).toLowerCase());
    if (!named) return null;
    // Several files share the name: the one nearest the linking note, as Obsidian prefers.
    return [...named].sort((a, b) => Number(!b.startsWith(folder)) - Number(!a.startsWith(folder)) || a.length - b.length || (a < b ? -1 : 1))[0];
  };
}
