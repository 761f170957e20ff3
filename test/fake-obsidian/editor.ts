/**
 * The editor part plugins use: text, cursor, positions, replacing a range and
 * undo. Edits through it keep the cursor (mapped past the change) and the undo
 * history; a reload from disk, as after a vault write to the open note, loses both.
 */
export interface Pos {
  line: number;
  ch: number;
}

export class Editor {
  cursor: Pos = { line: 0, ch: 0 };
  /** Earlier texts, newest last: what undo goes back to. */
  private history: string[] = [];
  /** Set by the view: the editor's own edits are saved to disk after this call. */
  onEdit: (() => void) | null = null;

  constructor(private text: string) {}

  getCursor(): Pos {
    return this.cursor;
  }

  setCursor(pos: Pos | number, ch?: number): void {
    this.cursor = typeof pos === 'number' ? { line: pos, ch: ch ?? 0 } : { ...pos };
  }

  getLine(line: number): string {
    return this.text.split('\n')[line] ?? '';
  }

  lineCount(): number {
    return this.text.split('\n').length;
  }

  lastLine(): number {
    return this.lineCount() - 1;
  }

  getValue(): string {
    return this.text;
  }

  setValue(text: string): void {
    this.replaceRange(text, { line: 0, ch: 0 }, this.offsetToPos(this.text.length));
  }

  getRange(from: Pos, to: Pos): string {
    return this.text.slice(this.posToOffset(from), this.posToOffset(to));
  }

  offsetToPos(offset: number): Pos {
    const before = this.text.slice(0, offset).split('\n');
    return { line: before.length - 1, ch: before[before.length - 1].length };
  }

  posToOffset(pos: Pos): number {
    const lines = this.text.split('\n');
    let offset = 0;
    for (let i = 0; i < pos.line && i < lines.length; i++) offset += lines[i].length + 1;
    return offset + pos.ch;
  }

  /** One undoable change; the cursor keeps its place in the text around it, as CodeMirror maps it. */
  replaceRange(replacement: string, from: Pos, to: Pos = from): void {
    const start = this.posToOffset(from);
    const end = this.posToOffset(to);
    const caret = this.posToOffset(this.cursor);
    this.history.push(this.text);
    this.text = this.text.slice(0, start) + replacement + this.text.slice(end);
    const moved = caret >= end ? caret + replacement.length - (end - start) : caret > start ? start + replacement.length : caret;
    this.cursor = this.offsetToPos(moved);
    this.onEdit?.();
  }

  undo(): void {
    const previous = this.history.pop();
    if (previous === undefined) return;
    this.text = previous;
    this.cursor = this.offsetToPos(Math.min(this.posToOffset(this.cursor), previous.length));
    this.onEdit?.();
  }

  /** Test helper: how many edits undo can take back. */
  get undoDepth(): number {
    return this.history.length;
  }

  /** The text was replaced on disk: the editor shows it anew, caret at the start, nothing to undo. */
  reload(text: string): void {
    this.text = text;
    this.history = [];
    this.cursor = { line: 0, ch: 0 };
  }

  focus(): void {}
}
