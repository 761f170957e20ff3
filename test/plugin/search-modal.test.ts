/**
 * @jest-environment jsdom
 */
import type { App, Component } from 'obsidian';
import { DEFAULT_SETTINGS } from '../../src/core/note/settings';
import { IndexService } from '../../src/plugin/index-service';
import { SearchModal } from '../../src/plugin/search-modal';
import { Component as FakeComponent, loadApp, waitFor, type App as FakeApp } from '../fake-obsidian';
import { SAMPLE_VAULT } from '../helpers';
import { imeStates } from '../ime';

async function openModal(): Promise<{ app: FakeApp; modal: SearchModal; input: HTMLInputElement }> {
  const app = loadApp(SAMPLE_VAULT);
  const owner = new FakeComponent();
  owner.load();
  const service = new IndexService(app as unknown as App, owner as unknown as Component, () => DEFAULT_SETTINGS);
  service.start();
  await service.building;
  const modal = new SearchModal(app as unknown as App, service);
  modal.open();
  return { app, modal, input: modal.contentEl.querySelector('input')! };
}

const rows = (modal: SearchModal): string[] =>
  [...modal.contentEl.querySelectorAll('.conference-notes-hit')].map((r) => [...r.children].map((c) => c.textContent).join(' | '));

function type(input: HTMLInputElement, value: string, composing: boolean): void {
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { isComposing: composing, data: value }));
}

function enter(input: HTMLInputElement, init: KeyboardEventInit = {}): void {
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, ...init }));
}

test('every composition state searches, and Enter while composing never chooses', async () => {
  const { app, modal, input } = await openModal();
  input.dispatchEvent(new CompositionEvent('compositionstart'));
  for (const state of imeStates('추천')) {
    type(input, state, true);
    expect([state, rows(modal).some((r) => r.includes('Recommender systems'))]).toEqual([state, true]);
  }
  // The Enter that ends the composition belongs to the IME.
  enter(input, { isComposing: true });
  const legacy = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true });
  Object.defineProperty(legacy, 'keyCode', { value: 229 });
  input.dispatchEvent(legacy);
  input.dispatchEvent(new CompositionEvent('compositionend', { data: '추천' }));
  expect(document.body.contains(modal.modalEl)).toBe(true);
  expect(app.workspace.getActiveFile()).toBeNull();

  // A real Enter on the topic lists its talks; another opens the first talk.
  enter(input);
  expect(modal.titleEl.textContent).toBe('Talks on Recommender systems');
  expect(rows(modal)).toEqual([
    'Talk | 추천 시스템 A to Z (카카오 추천 팀의 3년) | if(kakao) 2019 · 2019-08-30',
    'Talk | Kubernetes 위에서 추천 모델 서빙하기 | if(kakao) 2019 · 2019-08-30',
    'Talk | Recommender System at Kakao: 실시간 피드백 반영기 | if(kakao) 2020 · 2020-11-16',
    'Talk | 추천 시스템을 위한 행렬 분해 다시 보기 | if(kakao) 2020 · 2020-11-17',
  ]);
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
  enter(input);
  await waitFor(() => expect(app.workspace.getActiveFile()?.path).toBe('Conferences/if(kakao)/2019/Kubernetes 위에서 추천 모델 서빙하기.md'));
  expect(document.body.contains(modal.modalEl)).toBe(false);
});

test('initial consonants, a click, and Mod+Enter for a new tab', async () => {
  const { app, modal, input } = await openModal();
  type(input, 'ㅇㅅㅌㅈ', false);
  expect(rows(modal)[0]).toBe('Topic | Anomaly detection');
  type(input, 'TensorRT로', false);
  const row = [...modal.contentEl.querySelectorAll('.conference-notes-hit')].find((r) => r.textContent?.includes('추론 서버'))!;
  row.dispatchEvent(new MouseEvent('click', { bubbles: true }));
  await waitFor(() => expect(app.workspace.getActiveFile()?.basename).toBe('TensorRT로 추론 서버 최적화하기'));

  const again = await openModal();
  type(again.input, 'DEVIEW', false);
  enter(again.input, { ctrlKey: true });
  await waitFor(() => expect(again.app.workspace.getActiveFile()?.path).toBe('Conferences/DEVIEW/2019/DEVIEW 2019.md'));
});

test('nothing found says what to try', async () => {
  const { modal, input } = await openModal();
  type(input, 'zzzzqqqxxy', false);
  expect(modal.contentEl.querySelector('.conference-notes-empty')?.textContent).toBe('Nothing found. Try fewer letters, or initial consonants such as ㅊㅊ.');
});

test('a broader topic lists the talks of its narrower topics, each once', async () => {
  const { modal, input } = await openModal();
  type(input, 'Deep learning', false);
  expect(rows(modal)[0]).toBe('Topic | Deep learning');
  enter(input);
  expect(rows(modal).map((r) => r.split(' | ')[1])).toEqual(['금융사기 잡는 카카오뱅크의 데이터 사이언스', 'GAN으로 만드는 캐릭터 이미지', '오토인코더와 GAN으로 만드는 이상탐지', '이상금융거래 탐지 시스템 고도화']);
});

test('the hits are a labelled listbox; ↓ moves the selection, keeps it in view and tells the input which option is active', async () => {
  const scrolled: string[] = [];
  jest.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
    scrolled.push(this.id);
  });
  const { modal, input } = await openModal();
  type(input, '추천', false);
  const list = modal.contentEl.querySelector('[role="listbox"]')!;
  expect([input.getAttribute('aria-label'), input.getAttribute('aria-controls')]).toEqual(['Search talks, topics and speakers', list.id]);
  for (let i = 0; i < 3; i++) input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
  const selected = [...list.querySelectorAll('[role="option"][aria-selected="true"]')].map((o) => o.id);
  expect(selected).toEqual([`${list.id}-3`]);
  expect(input.getAttribute('aria-activedescendant')).toBe(`${list.id}-3`);
  expect(scrolled.at(-1)).toBe(`${list.id}-3`);
  // Hovering selects without scrolling.
  const before = scrolled.length;
  list.querySelectorAll('[role="option"]')[1].dispatchEvent(new MouseEvent('mousemove'));
  expect([input.getAttribute('aria-activedescendant'), scrolled.length]).toEqual([`${list.id}-1`, before]);
  jest.restoreAllMocks();
  modal.close();
});
