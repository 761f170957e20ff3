/**
 * Keymap and Scope as Obsidian runs them: the app keeps a stack of key
 * scopes and only the top one hears a keystroke, before any element does
 * (a listener in the capture phase); a scope without a handler for the key
 * passes it to its parent. A handler that returns false consumes the key
 * (preventDefault). So a popover inside a modal pushes its own scope to take
 * Escape before the modal's scope would close the whole modal.
 */
import { Platform } from './views';

export type Modifier = 'Mod' | 'Ctrl' | 'Meta' | 'Shift' | 'Alt';
export type KeymapEventListener = (evt: KeyboardEvent, ctx: { key: string; modifiers: string }) => unknown;

interface Handler {
  modifiers: Modifier[] | null;
  key: string | null;
  func: KeymapEventListener;
}

const isMac = (): boolean => Platform.isMacOS;

/** The modifiers held, in Obsidian's names (`Mod` is Cmd on macOS, Ctrl elsewhere). */
function held(evt: KeyboardEvent): Set<Modifier> {
  const mods = new Set<Modifier>();
  if (evt.ctrlKey) mods.add(isMac() ? 'Ctrl' : 'Mod');
  if (evt.metaKey) mods.add(isMac() ? 'Mod' : 'Meta');
  if (evt.shiftKey) mods.add('Shift');
  if (evt.altKey) mods.add('Alt');
  return mods;
}

export class Scope {
  private readonly handlers: Handler[] = [];

  constructor(private readonly parent?: Scope) {}

  register(modifiers: Modifier[] | null, key: string | null, func: KeymapEventListener): Handler {
    const handler = { modifiers, key, func };
    this.handlers.push(handler);
    return handler;
  }

  unregister(handler: Handler): void {
    const at = this.handlers.indexOf(handler);
    if (at >= 0) this.handlers.splice(at, 1);
  }

  /** Test helper: runs the handlers for a keystroke, then the parent's when none matched; false when consumed. */
  handleKey(evt: KeyboardEvent): boolean {
    const mods = held(evt);
    const match = this.handlers.find(
      (h) => (h.key === null || h.key.toLowerCase() === evt.key.toLowerCase()) && (h.modifiers === null || (h.modifiers.length === mods.size && h.modifiers.every((m) => mods.has(m)))),
    );
    if (!match) return this.parent ? this.parent.handleKey(evt) : true;
    if (match.func(evt, { key: evt.key, modifiers: [...mods].join(',') }) === false) {
      evt.preventDefault();
      return false;
    }
    return true;
  }
}

export class Keymap {
  private readonly scopes: Scope[] = [];

  /** Ctrl on Windows and Linux, Cmd on macOS: opens in a new tab. */
  static isModEvent(evt?: UIEvent | null): boolean | 'tab' {
    const e = evt as KeyboardEvent | MouseEvent | undefined | null;
    return e ? (e.ctrlKey || e.metaKey ? 'tab' : false) : false;
  }

  static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: Modifier): boolean {
    return held(evt as KeyboardEvent).has(modifier);
  }

  pushScope(scope: Scope): void {
    this.popScope(scope);
    if (this.scopes.length === 0) document.addEventListener('keydown', this.onKey, true);
    this.scopes.push(scope);
  }

  popScope(scope: Scope): void {
    const at = this.scopes.indexOf(scope);
    if (at < 0) return;
    this.scopes.splice(at, 1);
    if (this.scopes.length === 0) document.removeEventListener('keydown', this.onKey, true);
  }

  // A composing keystroke belongs to the IME (an Escape there cancels the syllable).
  private readonly onKey = (evt: KeyboardEvent): void => {
    if (evt.isComposing) return;
    this.scopes[this.scopes.length - 1]?.handleKey(evt);
  };
}
