/**
 * "Slide photo": on a phone the camera opens at once (a file input with
 * `capture`, which the phone also lets you answer from the gallery); on a
 * desktop a small dialog picks an image file or takes the one on the
 * clipboard. The image is saved where Obsidian puts attachments, named for the
 * talk and the moment, and embedded at the cursor after its timestamp.
 */
import { Modal, normalizePath, Notice, Platform, type App, type Editor, type TFile } from 'obsidian';
import { photoEdit, slidePhotoName } from '../core/capture/slide-photo';
import { clock } from './clock';
import { ensureFolder } from './create-note';
import { uiText } from './language';

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/gif': 'gif', 'image/heic': 'heic', 'image/heif': 'heif', 'image/avif': 'avif' };

/** `stamp`: the moment the command was run (the slide on screen then), or null when the talk has no start. */
export async function addSlidePhoto(app: App, editor: Editor, note: TFile, title: string, stamp: string | null): Promise<void> {
  const t = uiText();
  const image = Platform.isMobile ? await pickImage(true) : await new PhotoSourceModal(app).choose();
  if (image === null) return;
  try {
    const ext = EXTENSIONS[image.type] ?? image.name.split('.').pop() ?? 'png';
    const at = new Date(clock.now());
    const time = [at.getHours(), at.getMinutes(), at.getSeconds()].map((n) => String(n).padStart(2, '0')).join('');
    const path = normalizePath(await app.fileManager.getAvailablePathForAttachment(slidePhotoName(title, stamp, time, ext), note.path));
    await ensureFolder(app, path);
    const saved = await app.vault.createBinary(path, await image.arrayBuffer());
    const line = editor.getCursor().line;
    const edit = photoEdit(editor.getLine(line), line, stamp, `!${app.fileManager.generateMarkdownLink(saved, note.path)}`);
    editor.replaceRange(edit.text, edit.from, edit.to);
    editor.setCursor(edit.cursor);
  } catch (e) {
    new Notice(t('notice.photoFailed', { error: e instanceof Error ? e.message : String(e) }));
  }
}

/** A hidden file input for images, clicked: resolves to the chosen file, or null when the picker is dismissed. */
function pickImage(camera: boolean): Promise<File | null> {
  // One input at a time: a picker left open earlier is gone.
  activeDocument.body.querySelectorAll('input.conference-notes-photo-input').forEach((el) => el.remove());
  const attr: Record<string, string> = { accept: 'image/*', hidden: '' };
  if (camera) attr.capture = 'environment';
  const input = activeDocument.body.createEl('input', { type: 'file', cls: 'conference-notes-photo-input', attr });
  return new Promise((resolve) => {
    const done = (file: File | null): void => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => done(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => done(null));
    input.click();
  });
}

/** The first image on the clipboard, where the platform lets a plugin read one. */
async function clipboardImage(): Promise<File | null> {
  const read = navigator.clipboard?.read?.bind(navigator.clipboard);
  if (!read) return null;
  for (const item of await read()) {
    const type = item.types.find((x) => x.startsWith('image/'));
    if (type !== undefined) return new File([await item.getType(type)], `clipboard.${EXTENSIONS[type] ?? 'png'}`, { type });
  }
  return null;
}

/** Desktop: an image file, or the clipboard's image. */
class PhotoSourceModal extends Modal {
  private resolve: (file: File | null) => void = () => undefined;

  choose(): Promise<File | null> {
    return new Promise((resolve) => {
      this.resolve = resolve;
      this.open();
    });
  }

  override onOpen(): void {
    const t = uiText();
    this.setTitle(t('photo.title'));
    this.modalEl.addClass('conference-notes-modal');
    const buttons = this.contentEl.createDiv({ cls: 'modal-button-container' });
    buttons.createEl('button', { text: t('photo.pick'), cls: 'mod-cta' }).addEventListener('click', () => {
      this.settle(pickImage(false));
    });
    if (typeof navigator.clipboard?.read === 'function') {
      buttons.createEl('button', { text: t('photo.paste') }).addEventListener('click', () => {
        this.settle(
          clipboardImage().then(
            (file) => {
              if (file === null) new Notice(t('notice.noClipboardImage'));
              return file;
            },
            () => {
              new Notice(t('notice.noClipboardImage'));
              return null;
            },
          ),
        );
      });
    }
  }

  override onClose(): void {
    this.contentEl.empty();
    // Closed without a choice: nothing to add.
    this.resolve(null);
  }

  private settle(file: Promise<File | null>): void {
    const resolve = this.resolve;
    this.resolve = () => undefined;
    this.close();
    void file.then(resolve);
  }
}
