/**
 * Saving an export straight into a folder on disk (the blog's repository), on
 * desktop only: Node's `fs` is reached through Electron's `window.require`,
 * guarded, so the bundle loads on mobile, where exports stay in the vault.
 * Asks before replacing files, then lists what it wrote.
 */
import { Modal, Notice, Platform, TFile, type App, type Vault } from 'obsidian';
import { exportedPaths, type ExportResult } from '../core/export/export-post';
import { existingOnDisk, writeOnDisk, type DiskFile, type DiskIo } from '../core/export/disk-writer';
import { uiText } from './language';

type WindowRequire = (id: string) => unknown;

function windowRequire(): WindowRequire | null {
  const req = (window as unknown as { require?: unknown }).require;
  return Platform.isDesktopApp && typeof req === 'function' ? (req as WindowRequire) : null;
}

/** Node's file system as the desktop app offers it, or null (mobile, or a desktop that hides it). */
export function diskIo(): DiskIo | null {
  const req = windowRequire();
  if (!req) return null;
  try {
    return { fs: req('fs') as DiskIo['fs'], path: req('path') as DiskIo['path'] };
  } catch {
    return null;
  }
}

/** Each attachment still in the vault, with its bytes, read one at a time as the caller goes; those gone since the export are skipped. */
export async function* attachmentsToCopy(vault: Vault, result: ExportResult): AsyncGenerator<{ to: string; data: ArrayBuffer }> {
  for (const a of result.attachments) {
    const from = vault.getAbstractFileByPath(a.from);
    if (from instanceof TFile) yield { to: a.to, data: await vault.readBinary(from) };
  }
}

interface Dialog {
  showOpenDialog(options: { properties: string[] }): Promise<{ canceled: boolean; filePaths: string[] }>;
}

/** Electron's folder picker, where the app lets a plugin reach it (`remote` is gone from newer Electron); else null. */
export function folderPicker(): (() => Promise<string | null>) | null {
  const req = windowRequire();
  let dialog: Dialog | undefined;
  try {
    const electron = req?.('electron') as { remote?: { dialog?: Dialog } } | undefined;
    dialog = electron?.remote?.dialog;
  } catch {
    dialog = undefined;
  }
  if (!dialog) return null;
  const d = dialog;
  return async () => {
    const r = await d.showOpenDialog({ properties: ['openDirectory', 'createDirectory'] });
    return r.canceled || r.filePaths.length === 0 ? null : r.filePaths[0];
  };
}

/** A list of paths under a heading, with buttons; used to ask before replacing and to show what was written. */
class PathsModal extends Modal {
  constructor(
    app: App,
    private readonly heading: string,
    private readonly paths: readonly string[],
    private readonly buttons: { text: string; cta?: boolean; then: () => void }[],
    /** Runs whenever the modal closes, after a button's own answer: closed any other way (Escape), this is the answer. */
    private readonly closed: () => void = () => undefined,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(this.heading);
    this.modalEl.addClass('conference-notes-modal');
    const list = this.contentEl.createEl('ul', { cls: 'conference-notes-export-paths' });
    for (const p of this.paths) list.createEl('li', { text: p });
    const bar = this.contentEl.createDiv({ cls: 'modal-button-container' });
    for (const b of this.buttons) {
      bar.createEl('button', { text: b.text, cls: b.cta ? 'mod-cta' : undefined }).addEventListener('click', () => {
        // The answer first: closing answers "keep" for a modal closed any other way.
        b.then();
        this.close();
      });
    }
  }

  override onClose(): void {
    this.contentEl.empty();
    this.closed();
  }
}

/**
 * Writes the post, its other files and its attachments under `folder`;
 * resolves true once written, false when the user kept the files there or it failed (a notice says why).
 */
export async function saveToDisk(app: App, io: DiskIo, folder: string, result: ExportResult): Promise<boolean> {
  const t = uiText();
  try {
    const existing = existingOnDisk(io, folder, exportedPaths(result));
    if (existing.length > 0) {
      const replace = await new Promise<boolean>((done) => {
        // Closed any other way (Escape) keeps the files: the promise takes only its first answer.
        new PathsModal(
          app,
          t('export.disk.ask', { count: existing.length }),
          existing,
          [
            { text: t('export.disk.replace'), cta: true, then: () => done(true) },
            { text: t('export.disk.keep'), then: () => done(false) },
          ],
          () => done(false),
        ).open();
      });
      if (!replace) return false;
    }
    const files: DiskFile[] = result.files.map((f) => ({ path: f.path, data: f.content }));
    for await (const a of attachmentsToCopy(app.vault, result)) files.push({ path: a.to, data: new Uint8Array(a.data) });
    const written = writeOnDisk(io, folder, files);
    new PathsModal(app, t('export.disk.written', { count: written.length, folder }), written, [{ text: t('export.disk.ok'), cta: true, then: () => undefined }]).open();
    return true;
  } catch (e) {
    new Notice(t('export.disk.failed', { message: e instanceof Error ? e.message : String(e) }));
    return false;
  }
}
