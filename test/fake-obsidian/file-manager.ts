/** FileManager: links, and front-matter edits made the way Obsidian makes them (parse, change, write back). */
import { parse, stringify } from 'yaml';
import type { App } from './app';
import type { TFile } from './files';

export class FileManager {
  /** The "Default location for new attachments" setting: `/` the vault's root, `./` beside the note, `./sub` under it, else a vault folder. */
  attachmentFolder = '/';

  constructor(private readonly app: App) {}

  /** A note by its name, any other file with its extension, as Obsidian's wikilinks write them. */
  generateMarkdownLink(file: TFile, _sourcePath: string): string {
    return `[[${file.extension === 'md' ? file.basename : file.name}]]`;
  }

  /** Where a new attachment goes (since 1.5.7): the configured folder, `name 1.png`, `name 2.png`… when taken. */
  getAvailablePathForAttachment(filename: string, sourcePath?: string): Promise<string> {
    const noteFolder = sourcePath?.includes('/') ? sourcePath.slice(0, sourcePath.lastIndexOf('/')) : '';
    const setting = this.attachmentFolder;
    const folder = setting === '/' ? '' : setting.startsWith('./') ? [noteFolder, setting.slice(2)].filter((p) => p !== '').join('/') : setting;
    const dot = filename.lastIndexOf('.');
    const stem = dot > 0 ? filename.slice(0, dot) : filename;
    const ext = dot > 0 ? filename.slice(dot) : '';
    const at = (name: string): string => (folder === '' ? name : `${folder}/${name}`);
    let path = at(filename);
    for (let n = 1; this.app.vault.getAbstractFileByPath(path); n++) path = at(`${stem} ${n}${ext}`);
    return Promise.resolve(path);
  }

  async processFrontMatter(file: TFile, fn: (frontmatter: Record<string, unknown>) => void): Promise<void> {
    await this.app.vault.process(file, (text) => {
      const m = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(\r?\n|$)/.exec(text);
      const data = (m ? (parse(m[1]) as Record<string, unknown> | null) : null) ?? {};
      fn(data);
      const block = `---\n${stringify(data)}---\n`;
      return m ? block + text.slice(m[0].length) : block + text;
    });
  }
}
