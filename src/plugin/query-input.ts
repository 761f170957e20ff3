/**
 * Wires a text input for Korean-safe searching (DESIGN.md §4): every `input`
 * event searches, composition included, so 춫 and 추처 already show results;
 * Enter pressed while an IME is composing only finishes the syllable.
 */
import { Keymap, Platform } from 'obsidian';

/** Enter that belongs to the IME: it ends a composition and must never choose. */
export function isImeEnter(evt: KeyboardEvent): boolean {
  // Safari and some IMEs flag the composing Enter only with the legacy key code 229.
  const legacy: { keyCode?: number } = evt;
  return evt.isComposing || legacy.keyCode === 229;
}

export interface QueryHandlers {
  query(text: string): void;
  move(delta: number): void;
  /** `newTab` when Mod (Ctrl or Cmd) was held. */
  choose(newTab: boolean): void;
}

export function bindQueryInput(input: HTMLInputElement, on: QueryHandlers): void {
  input.addEventListener('input', () => on.query(input.value));
  // Some IMEs end a composition without a further input event.
  input.addEventListener('compositionend', () => on.query(input.value));
  input.addEventListener('keydown', (evt) => {
    if (evt.key === 'ArrowDown' || evt.key === 'ArrowUp') {
      if (isImeEnter(evt)) return;
      evt.preventDefault();
      on.move(evt.key === 'ArrowDown' ? 1 : -1);
    } else if (evt.key === 'Enter') {
      if (isImeEnter(evt)) return;
      evt.preventDefault();
      on.choose(Keymap.isModEvent(evt) !== false);
    }
  });
}

/** Mod+Enter as Obsidian writes hotkeys on this platform: `⌘↵` on macOS, `Ctrl+Enter` elsewhere. */
export function modEnterLabel(): string {
  return Platform.isMacOS ? '⌘↵' : 'Ctrl+Enter';
}
