/** FileManager: links, and front-matter edits made the way Obsidian makes them (parse, change, write back). */
import { parse, stringify } from 'yaml';
import type { App } from './app';
import type { TFile } from './files';

export class FileManager {
  constructor(private readonly app: App) {}

  generateMarkdownLink(file: TFile, _sourcePath: string): string {
    return `[[${file.basename}]]`;
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
