/** What every note of one post shares: its attachments under unique names, and post-wide footnote numbers. */
import { attachmentName } from './names';

export interface Attachment {
  /** Vault path of the file. */
  from: string;
  /** Its name beside the post. */
  name: string;
}

/** State shared by every note of one post: attachments and footnote numbers. */
export class ExportState {
  readonly attachments = new Map<string, Attachment>();
  private footnoteCount = 0;
  private readonly footnotes = new Map<string, number>();

  attach(path: string, ascii: boolean): string {
    const known = this.attachments.get(path);
    if (known) return known.name;
    let name = attachmentName(path, ascii);
    const taken = new Set([...this.attachments.values()].map((a) => a.name));
    for (let n = 2; taken.has(name); n++) name = name.replace(/(-\d+)?(\.\w+)?$/, (_, __, ext: string | undefined) => `-${n}${ext ?? ''}`);
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
}
