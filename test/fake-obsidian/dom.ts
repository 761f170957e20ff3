/** The helpers Obsidian adds to DOM elements (`createEl`, `empty`, …), installed when a DOM exists. */

interface ElOptions {
  cls?: string | string[];
  text?: string;
  attr?: Record<string, string | number | boolean>;
  type?: string;
  value?: string;
  placeholder?: string;
}

type Build = (el: HTMLElement) => void;

function createEl(this: HTMLElement, tag: string, options?: ElOptions | string, callback?: Build): HTMLElement {
  const el = detachedEl(this.ownerDocument, tag, options);
  this.appendChild(el);
  callback?.(el);
  return el;
}

function detachedEl(doc: Document, tag: string, options?: ElOptions | string): HTMLElement {
  const el = doc.createElement(tag);
  const o: ElOptions = typeof options === 'string' ? { cls: options } : options ?? {};
  const classes = Array.isArray(o.cls) ? o.cls : o.cls ? o.cls.split(' ') : [];
  for (const c of classes) if (c) el.classList.add(c);
  if (o.text !== undefined) el.textContent = o.text;
  for (const [k, v] of Object.entries(o.attr ?? {})) el.setAttribute(k, String(v));
  if (o.type !== undefined) el.setAttribute('type', o.type);
  if (o.value !== undefined) (el as HTMLInputElement).value = o.value;
  if (o.placeholder !== undefined) el.setAttribute('placeholder', o.placeholder);
  return el;
}

/**
 * Obsidian's cross-window `instanceof`: an element or event from a popout
 * window has that window's classes, so `evt instanceof KeyboardEvent` is false
 * there. Matching by class name along the prototype chain is what makes it
 * work across windows.
 */
function instanceOf(this: object, type: { name: string }): boolean {
  for (let proto = Object.getPrototypeOf(this) as { constructor?: { name: string } } | null; proto; proto = Object.getPrototypeOf(proto) as typeof proto) {
    if (proto.constructor?.name === type.name) return true;
  }
  return false;
}

/** Installs the helpers in a window (the main one, or a popout's). */
export function installDomHelpers(win: DomWindow | undefined = typeof window === 'undefined' ? undefined : window): void {
  if (!win || 'createEl' in win.HTMLElement.prototype) return;
  const document = win.document;
  const HTMLElement = win.HTMLElement;
  // Obsidian's global helpers build detached elements.
  const scope = win as unknown as Record<string, unknown>;
  const make = (tag: string, o?: ElOptions | string, cb?: Build): HTMLElement => {
    const el = detachedEl(document, tag, o);
    cb?.(el);
    return el;
  };
  scope.createEl = make;
  // The document of the window in focus: this one, until a popout takes the focus.
  scope.activeDocument = document;
  scope.createDiv = (o?: ElOptions | string, cb?: Build) => make('div', o, cb);
  scope.createSpan = (o?: ElOptions | string, cb?: Build) => make('span', o, cb);
  (win.Node.prototype as unknown as Record<string, unknown>).instanceOf = instanceOf;
  (win.Event.prototype as unknown as Record<string, unknown>).instanceOf = instanceOf;
  const proto = HTMLElement.prototype as unknown as Record<string, unknown>;
  proto.createEl = createEl;
  proto.createDiv = function (this: HTMLElement, o?: ElOptions | string, cb?: Build) {
    return createEl.call(this, 'div', o, cb);
  };
  proto.createSpan = function (this: HTMLElement, o?: ElOptions | string, cb?: Build) {
    return createEl.call(this, 'span', o, cb);
  };
  proto.empty = function (this: HTMLElement) {
    while (this.firstChild) this.removeChild(this.firstChild);
  };
  proto.setText = function (this: HTMLElement, text: string) {
    this.textContent = text;
  };
  proto.addClass = function (this: HTMLElement, ...c: string[]) {
    this.classList.add(...c);
  };
  proto.removeClass = function (this: HTMLElement, ...c: string[]) {
    this.classList.remove(...c);
  };
  proto.toggleClass = function (this: HTMLElement, c: string, on: boolean) {
    this.classList.toggle(c, on);
  };
  proto.setAttr = function (this: HTMLElement, k: string, v: string) {
    this.setAttribute(k, v);
  };
  proto.setCssProps = function (this: HTMLElement, props: Record<string, string>) {
    for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
  };
  // jsdom lays nothing out, so it has no scrollIntoView: there, scrolling is a no-op (Chromium has the real one).
  if (!('scrollIntoView' in proto)) proto.scrollIntoView = function () {};
  // Shown means attached to the document and not inside a hidden element.
  proto.isShown = function (this: HTMLElement) {
    return this.isConnected && this.closest('[hidden]') === null;
  };
}

/** A window with its own DOM classes: the main one, or a popout's. */
export type DomWindow = Window & { HTMLElement: typeof HTMLElement; Node: typeof Node; Event: typeof Event; KeyboardEvent: typeof KeyboardEvent };

/** Test helper: a popout window (an iframe's window, with its own DOM classes) with Obsidian's helpers. */
export function openPopoutWindow(): DomWindow {
  const frame = document.body.createEl('iframe');
  const win = frame.contentWindow as DomWindow | null;
  if (!win) throw new Error('no popout window');
  installDomHelpers(win);
  return win;
}
