/**
 * Whether a note must never leave the vault. The index, every export
 * selection, embeds, links and both export sources (CLI and plugin) ask this
 * one function, so they cannot disagree. Privacy fails closed: what cannot
 * be read, or read for certain as "not private", is private.
 */
import { splitFrontMatter } from './front-matter-block';
import type { NoteMeta } from './note-meta';

export interface Privacy {
  private: boolean;
  /** Why, when the note is private by anything but a plain yes: a value that had to be interpreted, or front matter that cannot be read. */
  reason?: string;
}

/** The property every vault honours, whatever name the settings give it besides. */
const DEFAULT_PRIVATE_PROPERTY = 'private';

// Only these say "not private"; YAML's null (an empty value) too.
const FALSE = new Set(['false', 'no', 'off', '0', '']);
const TRUE = new Set(['true', 'yes', 'on', '1']);

/**
 * A note's privacy from its metadata (Obsidian's cache or the CLI's
 * extractor). `meta` null means the note could not be read. `property` is
 * the settings' name for it, matched case-insensitively, and `private` is
 * always honoured too. With the note's `text` at hand, a front-matter block
 * that the metadata did not read also makes the note private.
 */
export function notePrivacy(meta: NoteMeta | null | undefined, property: string, text?: string | null): Privacy {
  if (meta === null || meta === undefined || text === null) return { private: true, reason: 'the note cannot be read' };
  if (meta.frontmatterError !== undefined) return { private: true, reason: 'its front matter cannot be read' };
  const fm: unknown = meta.frontmatter;
  if (fm === undefined || fm === null) {
    const unread = meta.frontmatterPosition !== undefined || (text !== undefined && splitFrontMatter(text).yaml !== null);
    return unread ? { private: true, reason: 'its front matter cannot be read' } : { private: false };
  }
  if (typeof fm !== 'object' || Array.isArray(fm)) return { private: true, reason: 'its front matter is not a list of properties' };
  const wanted = property.trim().toLowerCase();
  const named = (key: string): boolean => {
    const name = key.trim().toLowerCase();
    return name === wanted || name === DEFAULT_PRIVATE_PROPERTY;
  };
  // Written twice, it is read leniently (the last value) where Obsidian reads nothing: no value can be trusted.
  const twice = meta.frontmatterRepeated?.find(named);
  if (twice !== undefined) return { private: true, reason: `"${twice}" is written twice in the front matter: write it once` };
  let result: Privacy = { private: false };
  // Every note is checked on every read, so the keys are walked without copying them into entries.
  const props = fm as Record<string, unknown>;
  for (const key in props) {
    if (!Object.prototype.hasOwnProperty.call(props, key) || !named(key)) continue;
    const read = valuePrivacy(key, props[key]);
    if (read.private && !result.private) result = read;
  }
  return result;
}

export function isPrivateNote(meta: NoteMeta | null | undefined, property: string, text?: string | null): boolean {
  return notePrivacy(meta, property, text).private;
}

/** One value: only an explicit false (`false`, `no`, `off`, `0`, empty) is not private. */
function valuePrivacy(key: string, value: unknown): Privacy {
  if (value === null || value === undefined) return { private: false };
  if (typeof value === 'boolean') return { private: value };
  const written = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : null;
  const text = written?.toLowerCase();
  if (text !== undefined && FALSE.has(text)) return { private: false };
  if (text !== undefined && TRUE.has(text)) return { private: true };
  const shown = written ?? JSON.stringify(value);
  return { private: true, reason: `"${key}: ${shown}" is read as private: write true or false` };
}
