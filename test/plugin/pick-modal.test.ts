/**
 * @jest-environment jsdom
 */
import { PickModal, type PickItem } from '../../src/plugin/pick-modal';
import { appWith } from '../fake-obsidian';

const ITEMS: PickItem[] = Array.from({ length: 50 }, (_, i) => ({ label: i === 7 ? '추천 시스템' : `Event ${i + 1}`, detail: `20${10 + (i % 15)}`, value: `e${i + 1}` }));

function open(): { picked: string[]; modal: PickModal } {
  const picked: string[] = [];
  const modal = new PickModal(appWith({}) as never, 'Pick an event', ITEMS, (v) => picked.push(v));
  modal.open();
  return { picked, modal };
}

const key = (target: Element, key: string, init: KeyboardEventInit = {}): void => {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
};
const selected = (): string | null | undefined => document.querySelector('.suggestion-item.is-selected .conference-notes-hit-label')?.textContent;

afterEach(() => {
  document.body.empty();
  jest.restoreAllMocks();
});

test('fourteen presses of ↓ over 50 hits select the fifteenth and scroll each selection into view, as Obsidian does', () => {
  const scrolled: string[] = [];
  jest.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
    scrolled.push(this.textContent ?? '');
  });
  const { modal } = open();
  expect(document.querySelectorAll('.suggestion-item')).toHaveLength(50);
  for (let i = 0; i < 14; i++) key(modal.inputEl, 'ArrowDown');
  expect(selected()).toBe('Event 15');
  expect(scrolled).toHaveLength(14);
  expect(scrolled[13]).toBe('Event 152024');
  // ↑ from the first wraps to the last, still kept in view.
  for (let i = 0; i < 15; i++) key(modal.inputEl, 'ArrowUp');
  expect(selected()).toBe('Event 50');
});

test('the prompt names what to pick; Korean filters; the Enter that ends a syllable never picks, a plain Enter does', () => {
  const { modal, picked } = open();
  expect([modal.inputEl.placeholder, modal.inputEl.getAttribute('aria-label')]).toEqual(['Pick an event', 'Pick an event']);
  modal.inputEl.value = 'ㅊㅊ';
  modal.inputEl.dispatchEvent(new Event('input'));
  expect([...document.querySelectorAll('.suggestion-item')].map((e) => e.getAttribute('title'))).toEqual(['추천 시스템']);
  key(modal.inputEl, 'Enter', { keyCode: 229 });
  expect([picked, document.querySelector('.modal') !== null]).toEqual([[], true]);
  key(modal.inputEl, 'Enter');
  expect([picked, document.querySelector('.modal') !== null]).toEqual([['e8'], false]);
});

test('a click picks; Escape closes without picking', () => {
  const first = open();
  document.querySelectorAll<HTMLElement>('.suggestion-item')[2].click();
  expect(first.picked).toEqual(['e3']);
  const second = open();
  key(second.modal.inputEl, 'Escape');
  expect([second.picked, document.querySelector('.modal') !== null]).toEqual([[], false]);
});
