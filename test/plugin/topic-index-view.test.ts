/**
 * @jest-environment jsdom
 */
import type ConferenceNotesPlugin from '../../src/main';
import { VIEW_TYPE, type TopicIndexView } from '../../src/plugin/topic-index-view';
import { MAX_ROWS } from '../../src/plugin/virtual-list';
import { appWith, loadApp, MarkdownView, Menu, setLanguage, waitFor, type App as FakeApp } from '../fake-obsidian';
import { SAMPLE_VAULT } from '../helpers';
import { loadPlugin } from './load-plugin';

const FDS_2019 = 'Conferences/if(kakao)/2019/금융사기 잡는 카카오뱅크의 데이터 사이언스.md';

interface Loaded {
  app: FakeApp;
  plugin: ConferenceNotesPlugin;
  run: (id: string) => Promise<void>;
  view: () => TopicIndexView;
}

async function load(app: FakeApp = loadApp(SAMPLE_VAULT)): Promise<Loaded> {
  const loaded = await loadPlugin(app);
  const view = (): TopicIndexView => app.workspace.getLeavesOfType(VIEW_TYPE)[0].view as unknown as TopicIndexView;
  return { app, ...loaded, view };
}

/** A row as read: ▸/▾ for a closed or open group (aria-expanded), label, count, years, details. */
const rowTexts = (view: TopicIndexView): string[] =>
  [...view.contentEl.querySelectorAll('.conference-notes-row')].map((r) => {
    const expanded = r.getAttribute('aria-expanded');
    const icon = expanded === null ? [] : [expanded === 'true' ? '▾' : '▸'];
    const parts = ['label', 'count', 'years', 'muted'].flatMap((c) => [...r.querySelectorAll(`.conference-notes-${c}`)].map((e) => e.textContent));
    return [...icon, ...parts].join(' ');
  });

function typeFilter(view: TopicIndexView, text: string): void {
  const input = view.contentEl.querySelector('input')!;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { isComposing: false }));
}

function key(view: TopicIndexView, key: string, init: KeyboardEventInit = {}): void {
  view.contentEl.querySelector('input')!.dispatchEvent(new KeyboardEvent('keydown', { key, ...init }));
}

afterEach(() => setLanguage('en'));

test('the pane lists topics across events; a click opens one, newest event first', async () => {
  const { run, view } = await load();
  await run('open-topic-index');
  // Broader topics on top, counting the talks of the narrower ones; clicks open the way down.
  expect(rowTexts(view()).slice(0, 3)).toEqual(['▸ Artificial intelligence 15 2019–2020', '▸ DevOps 4 2019–2020', '▸ Cloud computing 3 2019–2020']);
  for (const label of ['Artificial intelligence', 'Machine learning', 'Anomaly detection', 'FDS']) {
    const row = [...view().contentEl.querySelectorAll('.conference-notes-row')].find((r) => r.querySelector('.conference-notes-label')?.textContent === label)!;
    row.dispatchEvent(new MouseEvent('click'));
  }
  const nested = [...view().contentEl.querySelectorAll<HTMLElement>('.conference-notes-group')].map((r) => r.style.getPropertyValue('--cn-depth'));
  expect(nested.slice(0, 3)).toEqual(['0', '1', '2']);
  const texts = rowTexts(view());
  const at = texts.findIndex((t) => t.startsWith('▾ FDS'));
  expect(texts.slice(at, at + 5)).toEqual([
    '▾ FDS 2 2019–2020',
    'if(kakao) 2020 1',
    '이상금융거래 탐지 시스템 고도화 정하늘',
    'if(kakao) 2019 1',
    '금융사기 잡는 카카오뱅크의 데이터 사이언스 전상현',
  ]);
});

test('the filter is Korean-aware; keys move, open groups and open talks', async () => {
  const { app, run, view } = await load();
  await run('open-topic-index');
  typeFilter(view(), 'ㅊㅊ');
  expect(rowTexts(view())[0]).toBe('▸ Recommender systems 4 2019–2020');
  key(view(), 'Enter');
  // Open: its narrower topic first, then its own talks.
  expect(rowTexts(view()).slice(1, 3)).toEqual(['▸ Matrix factorization 2 2019–2020', 'if(kakao) 2020 2']);
  // ↓ skips the event sub-heading: two presses reach the first talk.
  key(view(), 'ArrowDown');
  key(view(), 'ArrowDown');
  const opened: string[] = [];
  app.workspace.on('file-open', (file) => opened.push((file as { basename: string }).basename));
  // The composing Enter opens nothing: the plain Enter after it is the only open.
  key(view(), 'Enter', { isComposing: true });
  key(view(), 'Enter');
  await waitFor(() => expect(opened).toEqual(['Recommender System at Kakao - 실시간 피드백 반영기']));
  const leaves = app.workspace.leaves.length;
  key(view(), 'Enter', { ctrlKey: true });
  await waitFor(() => expect(app.workspace.leaves.length).toBe(leaves + 1));
});

test('edits, renames and deletes show within 100 ms while shown; a hidden pane waits', async () => {
  const { app, run, view, plugin } = await load();
  await run('open-topic-index');
  view().reveal('topics', 'computer-vision');
  const ocr = (): string | undefined => rowTexts(view()).find((t) => t.startsWith('▸ OCR'));
  expect(ocr()).toBe('▸ OCR 2 2019');
  const file = app.vault.getFileByPath(FDS_2019)!;
  await app.vault.process(file, (text) => text.replace('topics: [FDS, anomaly detection, autoencoder]', 'topics: [FDS, OCR]'));
  // The pane redraws 30 ms after a change; polling keeps the test steady on a loaded machine.
  await waitFor(() => expect(ocr()).toBe('▸ OCR 3 2019'));

  // The pane's redraw state (a timer set, a change waiting), read from its coalesced redraw.
  const pending = (): { timer?: number; stale: boolean } => (view() as unknown as { redraw: { timer?: number; stale: boolean } }).redraw;
  await waitFor(() => expect(pending().timer).toBeUndefined());
  const leaf = app.workspace.getLeavesOfType(VIEW_TYPE)[0];
  leaf.setVisible(false);
  const deleted = 'Conferences/DEVIEW/2019/대규모 OCR 서비스의 컴퓨터 비전 파이프라인.md';
  await app.vault.delete(app.vault.getFileByPath(deleted)!);
  // Once the index has the change, a hidden pane has scheduled nothing: it only knows it is stale.
  await waitFor(() => expect(plugin.indexService.index.session(deleted)).toBeUndefined());
  expect(pending()).toMatchObject({ timer: undefined, stale: true });
  expect(ocr()).toBe('▸ OCR 3 2019');
  leaf.setVisible(true);
  await waitFor(() => expect(ocr()).toBe('▸ OCR 2 2019'));

  await app.vault.rename(file, 'Conferences/if(kakao)/2019/FDS.md');
  await waitFor(() => expect(view().contentEl.textContent).not.toContain('Anomaly detection 3'));
});

test('"This note" shows the related talks of the active session with their reasons', async () => {
  const { app, run, view } = await load();
  await run('open-topic-index');
  await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(FDS_2019)!);
  view().showTab('note');
  // A header names the note; each row's tooltip holds the whole title.
  expect(view().contentEl.querySelector('.conference-notes-note-header')?.textContent).toBe('Related to 금융사기 잡는 카카오뱅크의 데이터 사이언스');
  expect(view().contentEl.querySelector('.conference-notes-session')?.getAttribute('title')).toBe('이상금융거래 탐지 시스템 고도화');
  expect(rowTexts(view()).slice(0, 2)).toEqual([
    '이상금융거래 탐지 시스템 고도화 Topic: FDS · Topic: Anomaly detection',
    '오토인코더와 GAN으로 만드는 이상탐지 Topic: Anomaly detection · Topic: Autoencoder',
  ]);
  await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath('Welcome.md')!);
  await waitFor(() => expect(view().contentEl.querySelector('.conference-notes-empty')?.textContent).toBe('Open a talk note to see the talks related to it.'));
});

test('tabs and rows have roles; arrow keys move between tabs and through the tree, as in Obsidian', async () => {
  const { run, view } = await load();
  await run('open-topic-index');
  const el = view().contentEl;
  const tabs = [...el.querySelectorAll<HTMLElement>('[role="tablist"] > [role="tab"]')];
  const state = (): string[] => tabs.map((t) => `${t.textContent}:${t.getAttribute('aria-selected')}:${t.tabIndex}`);
  expect(state()).toEqual(['Topics:true:0', 'Speakers:false:-1', 'Events:false:-1', 'This note:false:-1']);
  expect(el.querySelector('input')?.getAttribute('aria-label')).toBe('Filter the list');
  tabs[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true }));
  expect(state()).toEqual(['Topics:false:-1', 'Speakers:false:-1', 'Events:false:-1', 'This note:true:0']);
  expect(document.activeElement).toBe(tabs[3]);
  tabs[3].dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
  expect(state()[0]).toBe('Topics:true:0');

  // The tree: one row takes the Tab stop; → opens a group, → again goes in, ← goes back up, ← closes.
  const tree = el.querySelector<HTMLElement>('[role="tree"]')!;
  expect(tree.getAttribute('aria-labelledby')).toBe(tabs[0].id);
  const focused = (): string => {
    const row = document.activeElement as HTMLElement;
    return `${row.getAttribute('role')} ${row.getAttribute('aria-level')} ${row.getAttribute('aria-expanded') ?? '-'} ${row.querySelector('.conference-notes-label')?.textContent}`;
  };
  expect([...tree.querySelectorAll('[tabindex="0"]')].map((r) => r.textContent)).toHaveLength(1);
  tree.querySelector<HTMLElement>('[tabindex="0"]')!.focus();
  const press = (k: string): void => void document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  expect(focused()).toBe('treeitem 1 false Artificial intelligence');
  press('ArrowRight');
  expect(focused()).toBe('treeitem 1 true Artificial intelligence');
  press('ArrowRight');
  expect(focused()).toBe('treeitem 2 false Machine learning');
  press('ArrowLeft');
  expect(focused()).toBe('treeitem 1 true Artificial intelligence');
  press('ArrowLeft');
  press('ArrowDown');
  expect(focused()).toBe('treeitem 1 false DevOps');
  // Only some rows are in the DOM: each says where it sits among its siblings.
  const place = (label: string): string[] => {
    const row = [...tree.querySelectorAll('[role="treeitem"]')].find((r) => r.querySelector('.conference-notes-label')?.textContent === label)!;
    return [row.getAttribute('aria-posinset')!, row.getAttribute('aria-setsize')!];
  };
  expect([place('Artificial intelligence'), place('DevOps'), place('streaming')]).toEqual([['1', '9'], ['2', '9'], ['9', '9']]);
  press('End');
  press('Home');
  expect(focused()).toBe('treeitem 1 false Artificial intelligence');
  expect(tree.querySelectorAll('[aria-selected="true"]')).toHaveLength(1);

  // Events say their year in their title: the row does not repeat it.
  view().showTab('events');
  expect(rowTexts(view()).slice(0, 2)).toEqual(['▸ if(kakao) 2020 6', '▸ DEVIEW 2019 4']);
});

test('context menu, hover preview and the Korean interface', async () => {
  setLanguage('ko');
  const { app, run, view } = await load();
  await run('open-topic-index');
  expect([...view().contentEl.querySelectorAll('.conference-notes-tab')].map((t) => t.textContent)).toEqual(['주제', '발표자', '행사', '이 노트']);
  view().reveal('topics', 'fraud-detection');
  expect(rowTexts(view()).slice(0, 3)).toEqual(['▾ 인공지능 15 2019–2020', '▾ 머신러닝 14 2019–2020', '▸ 딥러닝 4 2019–2020']);
  const session = view().contentEl.querySelector('.conference-notes-session')!;
  session.dispatchEvent(new MouseEvent('contextmenu', { cancelable: true }));
  expect(Menu.last?.items.map((i) => i.title)).toEqual(['새 탭에서 열기', '링크 복사']);
  const hovers: unknown[] = [];
  app.workspace.on('hover-link', (info) => hovers.push(info));
  session.dispatchEvent(new MouseEvent('mouseover'));
  expect(hovers).toEqual([expect.objectContaining({ source: VIEW_TYPE, linktext: 'Conferences/if(kakao)/2020/이상금융거래 탐지 시스템 고도화.md' })]);
});

test('a deferred pane is loaded before use, and the view is looked up, not kept', async () => {
  const { app, run } = await load();
  const leaf = app.workspace.getRightLeaf(false);
  leaf.defer(VIEW_TYPE);
  await run('open-topic-index');
  expect(app.workspace.getLeavesOfType(VIEW_TYPE)).toEqual([leaf]);
  expect(leaf.isDeferred).toBe(false);
  expect(leaf.view?.getViewType()).toBe(VIEW_TYPE);
});

test('commands: next and previous talk, event note, related, speaker and topic talks', async () => {
  const { app, run, view } = await load();
  const open = (path: string) => app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(path)!);
  await open(FDS_2019);
  const activeIs = (name: string): Promise<void> => waitFor(() => expect(app.workspace.getActiveFile()?.basename).toBe(name));
  await run('next-session');
  await activeIs('Kubernetes 위에서 추천 모델 서빙하기');
  await run('previous-session');
  await activeIs('금융사기 잡는 카카오뱅크의 데이터 사이언스');
  await run('previous-session');
  await activeIs('TensorRT로 추론 서버 최적화하기');
  await run('open-event-note');
  await activeIs('if(kakao) 2019');

  await open(FDS_2019);
  await run('jump-to-related');
  const modal = document.querySelector('.modal:last-child')!;
  expect(modal.querySelector('.modal-title')?.textContent).toBe('Related talks');
  expect(modal.querySelector('.conference-notes-hit')?.textContent).toBe('Talk이상금융거래 탐지 시스템 고도화Topic: FDS · Topic: Anomaly detection');

  await open('Conferences/if(kakao)/2019/추천 시스템 A to Z (카카오 추천 팀의 3년).md');
  await run('other-talks-by-speaker');
  expect(document.querySelector('.modal-container:last-child .modal-title')?.textContent).toBe('Talks by 김광섭');

  await open('Conferences/if(kakao)/2019/TensorRT로 추론 서버 최적화하기.md');
  const editor = app.workspace.getActiveViewOfType(MarkdownView)!.editor;
  const line = editor.getValue().split('\n').findIndex((l) => l.includes('#TensorRT를'));
  editor.setCursor(line, editor.getLine(line).indexOf('#TensorRT를') + 3);
  await run('sessions-on-topic');
  await waitFor(() => expect(rowTexts(view()).find((t) => t.startsWith('▾ TensorRT'))).toBe('▾ TensorRT 3 2019–2020'));
});

test('an empty vault tells a new user what to do', async () => {
  const { run, view } = await load(appWith({ 'Inbox/todo.md': '# 할 일' }));
  await run('open-topic-index');
  const empty = view().contentEl.querySelector('.conference-notes-empty')!;
  expect(empty.firstChild?.textContent).toBe('No talks yet. Create one with "New talk note", or import a conference programme.');
  expect(empty.querySelector('button')?.textContent).toBe('New talk note');
});

test('at 50,000 sessions at most 200 rows are in the DOM', async () => {
  const files: Record<string, string> = { 'E.md': '---\ntype: event\nstart: 2024-01-01\n---\n' };
  for (let i = 0; i < 50_000; i++) files[`S/${i}.md`] = `---\ntype: session\nevent: "[[E]]"\ntopics: [LLM]\ntime: "${String(9 + (i % 9)).padStart(2, '0')}:00"\n---\n# 세션 ${i}\n`;
  const { run, view } = await load(appWith(files));
  await run('open-topic-index');
  view().reveal('topics', 'llm');
  expect(view().contentEl.querySelectorAll('.conference-notes-row').length).toBeLessThanOrEqual(MAX_ROWS);
  expect(view().contentEl.querySelectorAll('.conference-notes-row').length).toBeGreaterThan(10);
}, 60_000);
