/**
 * What every note of one post shares: its attachments under unique names,
 * post-wide footnote numbers, embeds already expanded, and the problems met.
 */
import { attachmentName, uniqueName } from './names';

export interface Attachment {
  /** Vault path of the file. */
  from: string;
  /** Its name beside the post. */
  name: string;
}

/** Something the export could not do as the note asks; the post is written all the same. */
export interface ExportProblem {
  /** The note it concerns. */
  path: string;
  message: string;
}

export class ExportState {
  readonly attachments = new Map<string, Attachment>();
  readonly problems: ExportProblem[] = [];
  private readonly names = new Set<string>();
  private footnoteCount = 0;
  private readonly footnotes = new Map<string, number>();
  private readonly expanded = new Map<string, string>();

  /** The name of vault file `path` beside the post: one name per file, never one name for two files. */
  attach(path: string, ascii: boolean): string {
    const known = this.attachments.get(path);
    if (known) return known.name;
    const name = uniqueName(attachmentName(path, ascii), (n) => this.names.has(n));
    this.names.add(name);
    this.attachments.set(path, { from: path, name });
    return name;
  }

  /** The post-wide number of footnote `label` of note `path`. */
  footnote(path: string, label: string): number {
    const key = `${path}\n${label}`;
    let n = this.footnotes.get(key);
    if (n === undefined) this.footnotes.set(key, (n = ++this.footnoteCount));
    return n;
  }

  /**
   * An embed expanded once and reused wherever it appears again, so a note
   * embedded through many paths costs its size once, not once per path.
   */
  expand(key: string, make: () => string): string {
    let text = this.expanded.get(key);
    if (text === undefined) this.expanded.set(key, (text = make()));
    return text;
  }

  /** Reports a problem once, however many times the export meets it. */
  problem(path: string, message: string): void {
    if (!this.problems.some((p) => p.path === path && p.message === message)) this.problems.push({ path, message });
  }
}
