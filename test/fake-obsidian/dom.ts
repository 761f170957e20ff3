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

export function installDomHelpers(): void {
  if (typeof HTMLElement === 'undefined' || 'createEl' in HTMLElement.prototype) return;
  // Obsidian's global helpers build detached elements.
  const scope = window as unknown as Record<string, unknown>;
  const make = (tag: string, o?: ElOptions | string, cb?: Build): HTMLElement => {
    const el = detachedEl(document, tag, o);
    cb?.(el);
    return el;
  };
  scope.createEl = make;
  scope.createDiv = (o?: ElOptions | string, cb?: Build) => make('div', o, cb);
  scope.createSpan = (o?: ElOptions | string, cb?: Build) => make('span', o, cb);
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
  // Shown means attached to the document and not inside a hidden element.
  proto.isShown = function (this: HTMLElement) {
    return this.isConnected && this.closest('[hidden]') === null;
  };
}
