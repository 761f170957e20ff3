/**
 * The keys and footer of the plugin's forms (new talk, talk properties, new
 * event): plain Enter in a field moves on to the next field, as in a paper
 * form, Mod+Enter submits from anywhere, and the footer says so next to the
 * button, the way Obsidian writes hotkeys on this platform. IME-safe: the
 * Enter that ends a Korean syllable does neither.
 */
import { Keymap, Platform } from 'obsidian';
import { isImeEnter, modEnterLabel } from './query-input';

/** Draws the footer (hint and button) and binds the keys; `hint` gets the hotkey's text. */
export function formFooter(form: HTMLElement, button: string, hint: (keys: string) => string, submit: () => void): HTMLButtonElement {
  const footer = form.createDiv({ cls: 'modal-button-container conference-notes-form-footer' });
  // Phones have no Mod key to tell about.
  if (!Platform.isMobile) footer.createSpan({ cls: 'conference-notes-hint', text: hint(modEnterLabel()) });
  const el = footer.createEl('button', { cls: 'mod-cta', text: button });
  el.addEventListener('click', submit);
  form.addEventListener('keydown', (evt) => {
    if (evt.key !== 'Enter' || isImeEnter(evt)) return;
    if (Keymap.isModEvent(evt)) {
      evt.preventDefault();
      submit();
      return;
    }
    // A chip field's own Enter picks a suggestion and is handled (prevented) before it gets here.
    const target = evt.target;
    if (evt.defaultPrevented || !(target instanceof HTMLInputElement) || target.type === 'checkbox') return;
    evt.preventDefault();
    const order = [...form.querySelectorAll<HTMLElement>('input:not(.is-hidden), select')];
    order[order.indexOf(target) + 1]?.focus();
  });
  return el;
}
