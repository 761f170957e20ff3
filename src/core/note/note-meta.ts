/**
 * The per-note data the core reads. It is a structural subset of Obsidian's
 * `CachedMetadata`, so the plugin passes the cache through as it is and the
 * CLI builds the same shape with its own extractor.
 */
export interface Loc {
  line: number;
  col: number;
  offset: number;
}

export interface Pos {
  start: Loc;
  end: Loc;
}

export interface TagRef {
  tag: string;
  position: Pos;
}

export interface LinkRef {
  link: string;
  original: string;
  displayText?: string;
  position: Pos;
}

export interface HeadingRef {
  heading: string;
  level: number;
  position: Pos;
}

export interface NoteMeta {
  frontmatter?: Record<string, unknown>;
  frontmatterPosition?: Pos;
  /** Set by the CLI extractor when the YAML block does not parse. */
  frontmatterError?: string;
  /** Set by the CLI extractor for YAML it read but that needs a look (a property written twice). */
  frontmatterWarnings?: string[];
  /** Set by the CLI extractor: top-level properties written twice. It keeps the last value; Obsidian reads none. */
  frontmatterRepeated?: string[];
  tags?: TagRef[];
  links?: LinkRef[];
  embeds?: LinkRef[];
  headings?: HeadingRef[];
}

/** One Markdown note as the index sees it. */
export interface NoteInput {
  /** Vault-relative path with `/` separators. */
  path: string;
  meta: NoteMeta | null;
}

export interface Problem {
  path: string;
  message: string;
}

/** File name without folder and without `.md`. */
export function basename(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return name.toLowerCase().endsWith('.md') ? name.slice(0, -3) : name;
}
