/**
 * @jest-environment jsdom
 */
import { INDEX_CHANGED } from '../../src/plugin/index-service';
import { VIEW_TYPE, type TopicIndexView } from '../../src/plugin/topic-index-view';
import { appWith, loadApp, MarkdownView, readFolder, setLanguage, waitFor, type App as FakeApp } from '../fake-obsidian';
import { expectApproved, SAMPLE_VAULT } from '../helpers';
import { loadPlugin } from './load-plugin';

async function load(app: FakeApp = loadApp(SAMPLE_VAULT), data: unknown = null) {
  const { plugin, run } = await loadPlugin(app, data);
  const fake = plugin as unknown as { codeBlocks: Map<string, (s: string, el: HTMLElement, ctx: unknown) => unknown> };
  return { app, plugin, run, fake };
}

/** The modal opened last. */
const modal = (): HTMLElement => [...document.querySelectorAll<HTMLElement>('.modal')].pop()!;

function typeInto(input: HTMLInputElement, text: string, composing = false): void {
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { isComposing: composing }));
}

function enter(input: HTMLInputElement, init: KeyboardEventInit = {}): void {
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ...init }));
}

function chip(index: number, text: string): void {
  const input = modal().querySelectorAll<HTMLInputElement>('.conference-notes-chips input')[index];
  typeInto(input, text);
  enter(input);
}

afterEach(() => document.body.empty());

test('one form makes a session with two speakers and three topics; the pane shows it at once', async () => {
  const { app, run, plugin } = await load();
  await run('open-topic-index');
  await run('new-session');
  chip(0, 'ifkakao');
  const title = modal().querySelector<HTMLInputElement>('input[name="title"]')!;
  title.value = 'TensorRT로 추천 모델 양자화하기: 실전';
  chip(1, '루카스');
  // An IME Enter while composing adds nothing.
  const speakers = modal().querySelectorAll<HTMLInputElement>('.conference-notes-chips input')[1];
  typeInto(speakers, '새 발표', true);
  enter(speakers, { isComposing: true });
  typeInto(speakers, '새 발표자');
  enter(speakers);
  chip(2, 'ㅊㅊ');
  chip(2, 'tensorrt');
  chip(2, '양자화');
  modal().querySelector<HTMLInputElement>('input[name="day"]')!.value = '2';
  modal().querySelector<HTMLInputElement>('input[name="time"]')!.value = '14:00';
  modal().querySelector<HTMLSelectElement>('select')!.value = 'talk-ko';
  expect([...modal().querySelectorAll('.conference-notes-chip')].map((c) => c.firstChild?.textContent)).toEqual(['if(kakao) 2019', '김광섭', '새 발표자', 'Recommender systems', 'TensorRT', 'Quantization']);
  modal().querySelector<HTMLButtonElement>('button.mod-cta')!.click();
  const path = 'Conferences/if(kakao)/2019/TensorRT로 추천 모델 양자화하기 실전.md';
  await waitFor(() => expect(app.workspace.getActiveFile()?.path).toBe(path));
  await waitFor(() => expect(plugin.indexService.index.session(path)).toBeDefined());
  expectApproved('new-session-note.md', await app.vault.read(app.vault.getFileByPath(path)!));
  expect(app.workspace.getActiveFile()?.path).toBe(path);
  const editor = app.workspace.getActiveViewOfType(MarkdownView)!.editor;
  expect(editor.getLine(editor.getCursor().line)).toBe('- ');
  expect(plugin.indexService.index.session(path)?.topics).toEqual(['recommender-systems', 'tensorrt', 'quantization']);
  const pane = app.workspace.getLeavesOfType(VIEW_TYPE)[0].view as unknown as TopicIndexView;
  await waitFor(() => {
    pane.reveal('topics', 'quantization');
    expect(pane.contentEl.textContent).toContain('TensorRT로 추천 모델 양자화하기: 실전');
  });
});

describe('the new-session form behaves like an Obsidian form', () => {
  const popover = (): HTMLElement | null => document.querySelector('.conference-notes-chip-suggestions');
  const key = (el: HTMLElement, k: string, init: KeyboardEventInit = {}): boolean => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true, ...init }));
  const inputs = (): HTMLInputElement[] => [...modal().querySelectorAll<HTMLInputElement>('.conference-notes-chips input')];

  test('suggestions float outside the form; Escape closes them first and the form only on a second Escape', async () => {
    const { run } = await load();
    await run('new-session');
    const topics = inputs()[2];
    typeInto(topics, '추천');
    expect(popover()?.parentElement).toBe(document.body);
    expect(popover()?.textContent).toContain('Recommender systems');
    expect(topics.getAttribute('aria-expanded')).toBe('true');
    // An Escape while composing belongs to the IME.
    key(topics, 'Escape', { isComposing: true });
    expect(popover()).not.toBeNull();
    expect(key(topics, 'Escape')).toBe(false);
    expect([popover(), document.querySelector('.modal') !== null, topics.getAttribute('aria-expanded')]).toEqual([null, true, 'false']);
    key(topics, 'Escape');
    expect(document.querySelector('.modal')).toBeNull();
  });

  test('a bare jamo string is a search, never a new topic; a real word may be', async () => {
    const { run } = await load();
    await run('new-session');
    const topics = inputs()[2];
    typeInto(topics, 'ㅊㅊ');
    expect([...popover()!.querySelectorAll('.conference-notes-hit-label')].map((r) => r.textContent)).not.toContain('Add “ㅊㅊ”');
    typeInto(topics, '새주제');
    expect([...popover()!.querySelectorAll('.conference-notes-hit-label')].map((r) => r.textContent)).toContain('Add “새주제”');
  });

  test('an alias that matched is shown beside the name', async () => {
    const { run } = await load();
    await run('new-session');
    typeInto(inputs()[1], '루카');
    expect(popover()?.querySelector('.conference-notes-hit')?.textContent).toBe('김광섭← 루카스');
  });

  test('labels name their fields; the event field gives way to its chip; Enter in the title moves on, Mod+Enter creates', async () => {
    const { app, run } = await load();
    await run('new-session');
    const labelled = [...modal().querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')].map((el) => {
      const label = el.id === '' ? null : modal().querySelector(`label[for="${el.id}"]`);
      return label?.textContent ?? document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent;
    });
    expect(labelled).toEqual(['Event', 'Title', 'Speakers', 'Organization', 'Day', 'Time', 'Track', 'Topics', 'Template']);
    chip(0, 'ifkakao');
    expect(inputs()[0].classList.contains('is-hidden')).toBe(true);
    modal().querySelector<HTMLButtonElement>('.conference-notes-chip-remove')!.click();
    expect(inputs()[0].classList.contains('is-hidden')).toBe(false);
    chip(0, 'ifkakao');
    const title = modal().querySelector<HTMLInputElement>('input[name="title"]')!;
    title.focus();
    title.value = '엔터로 넘어가기';
    key(title, 'Enter');
    expect(document.activeElement).toBe(inputs()[1]);
    expect(modal().querySelector('.conference-notes-hint')?.textContent).toBe('Ctrl+Enter to create');
    key(inputs()[1], 'Enter', { ctrlKey: true });
    await waitFor(() => expect(app.workspace.getActiveFile()?.path).toBe('Conferences/if(kakao)/2019/엔터로 넘어가기.md'));
  });

  test.each([
    ['en', 'talk-en'],
    ['ko', 'talk-ko'],
  ])('the template follows the language of Obsidian (%s) until one is chosen', async (language, template) => {
    setLanguage(language);
    try {
      const { run } = await load();
      await run('new-session');
      expect(modal().querySelector<HTMLSelectElement>('select')?.value).toBe(template);
    } finally {
      setLanguage('en');
    }
  });
});

test('a new event from the form, and "New event"', async () => {
  const { app, run } = await load();
  await run('new-event');
  expect([...modal().querySelectorAll('input')].map((i) => i.labels?.[0]?.textContent)).toEqual(['Name', 'Series', 'Edition', 'Start date', 'End date', 'Venue']);
  modal().querySelector<HTMLInputElement>('input[name="name"]')!.value = 'NDC 2025';
  modal().querySelector<HTMLInputElement>('input[name="start"]')!.value = '2025-04-24';
  modal().querySelector<HTMLButtonElement>('button.mod-cta')!.click();
  await waitFor(() => expect(app.vault.getFileByPath('Conferences/NDC/2025/NDC 2025.md')).not.toBeNull());
  expect(await app.vault.read(app.vault.getFileByPath('Conferences/NDC/2025/NDC 2025.md')!)).toBe(
    '---\ntype: "event"\nseries: "NDC"\nedition: "2025"\nstart: "2025-04-24"\naliases: []\n---\n# NDC 2025\n\n```conference-sessions\n```\n',
  );
});

test('code blocks list an event\'s talks by day and a topic\'s talks, and follow edits', async () => {
  const { app, fake } = await load();
  const el = document.body.createDiv();
  const children: { load(): void }[] = [];
  const ctx = { sourcePath: 'Conferences/if(kakao)/2019/if(kakao) 2019.md', addChild: (c: { load(): void }) => children.push(c) };
  fake.codeBlocks.get('conference-sessions')!('', el, ctx);
  children.forEach((c) => c.load());
  expect([...el.querySelectorAll('h4, li')].map((e) => e.textContent)).toEqual([
    'Day 1',
    '10:30 카카오 개발 문화 돌아보기 · 박지민',
    '14:00 Kafka로 만드는 실시간 데이터 파이프라인 · 오지훈',
    'Day 2',
    '10:00 추천 시스템 A to Z (카카오 추천 팀의 3년) · 김광섭',
    '11:00 카카오 OCR 엔진 개발기 · 윤서연',
    '11:00 TensorRT로 추론 서버 최적화하기 · 최민호',
    '13:00 금융사기 잡는 카카오뱅크의 데이터 사이언스 · 전상현',
    '14:00 Kubernetes 위에서 추천 모델 서빙하기 · 강태우',
    '16:00 GAN으로 만드는 캐릭터 이미지 · 윤서연',
  ]);
  await app.vault.delete(app.vault.getFileByPath('Conferences/if(kakao)/2019/GAN으로 만드는 캐릭터 이미지.md')!);
  await waitFor(() => expect(el.textContent).not.toContain('GAN으로'));
  const topic = document.body.createDiv();
  fake.codeBlocks.get('conference-topic')!('이상거래탐지', topic, { sourcePath: 'x.md', addChild: (c: { load(): void }) => c.load() });
  expect([...topic.querySelectorAll('h4')].map((e) => e.textContent)).toEqual(['if(kakao) 2020', 'if(kakao) 2019']);
});

test('code blocks redraw once per burst of index changes, and only while on screen', async () => {
  const { app, fake, plugin } = await load();
  const block = (): { el: HTMLElement; draws: () => number } => {
    const el = document.body.createDiv();
    fake.codeBlocks.get('conference-topic')!('FDS', el, { sourcePath: 'x.md', addChild: (c: { load(): void }) => c.load() });
    const empty = jest.spyOn(el, 'empty');
    return { el, draws: () => empty.mock.calls.length };
  };
  const shown = block();
  const hidden = block();
  hidden.el.hidden = true;
  const changed = (): void => {
    for (let i = 0; i < 10; i++) plugin.indexService.trigger(INDEX_CHANGED, i);
  };
  changed();
  await waitFor(() => expect(shown.draws()).toBe(1));
  // Later changes are another burst; by then, nothing was drawn for the hidden block.
  changed();
  await waitFor(() => expect(shown.draws()).toBe(2));
  expect(hidden.draws()).toBe(0);
  hidden.el.hidden = false;
  app.workspace.trigger('layout-change');
  await waitFor(() => expect(hidden.draws()).toBe(1));
  changed();
  await waitFor(() => expect(hidden.draws()).toBe(2));
  expect(shown.draws()).toBe(3);
});

test('suggest topics: found in the body, added through processFrontMatter', async () => {
  const { app, run, plugin } = await load();
  const path = 'Conferences/if(kakao)/2019/Kafka로 만드는 실시간 데이터 파이프라인.md';
  await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(path)!);
  await run('suggest-topics');
  await waitFor(() => expect(modal().querySelectorAll('.conference-notes-check').length).toBeGreaterThan(0));
  modal().querySelector<HTMLButtonElement>('button.mod-cta')!.click();
  await waitFor(() => expect(plugin.indexService.index.session(path)?.topics.length).toBeGreaterThan(2));
  expect(await app.vault.read(app.vault.getFileByPath(path)!)).toContain('type: session');
});

test('apply session template, note open: through the editor, cursor and undo kept; then jump to the next cursor stop', async () => {
  const { app, run } = await load(appWith({ ...readFolder(SAMPLE_VAULT), 'Inbox/메모.md': '---\ntags: [conference]\nrating: 5\n---\n' }), { defaultTemplate: 'talk-ko' });
  await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath('Inbox/메모.md')!);
  const editor = app.workspace.getActiveViewOfType(MarkdownView)!.editor;
  await run('apply-session-template');
  await waitFor(() => expect(editor.getValue()).toContain('## 질문'));
  const text = editor.getValue();
  // Existing keys untouched, byte for byte; the first stop taken, the caret on it.
  expect(text).toMatch(/^---\ntags: \[conference\]\nrating: 5\ntype: "session"\ntitle: "메모"\n/);
  expect(text).toContain('## 메모\n- \n\n## 질문\n- {{cursor:2}}');
  expect(editor.getLine(editor.getCursor().line)).toBe('- ');
  // The editor's own edits reach the disk; they do not reload it.
  await waitFor(async () => expect(await app.vault.read(app.vault.getFileByPath('Inbox/메모.md')!)).toBe(editor.getValue()));
  expect(editor.getLine(editor.getCursor().line)).toBe('- ');
  while (editor.undoDepth > 0) editor.undo();
  expect(editor.getValue()).toBe('---\ntags: [conference]\nrating: 5\n---\n');

  await run('apply-session-template');
  await waitFor(() => expect(editor.getValue()).not.toContain('{{cursor}}'));
  await run('next-cursor-stop');
  expect(editor.getValue()).not.toContain('{{cursor:2}}');
  expect(editor.getLine(editor.getCursor().line)).toBe('- ');
});

test('apply session template on a note with a body: only keys go in, the caret stays on its word', async () => {
  const { app, run } = await load(appWith({ ...readFolder(SAMPLE_VAULT), 'Inbox/메모.md': '---\nrating: 5\n---\n# 메모\n오늘 들은 발표\n' }), { defaultTemplate: 'talk-ko' });
  await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath('Inbox/메모.md')!);
  const editor = app.workspace.getActiveViewOfType(MarkdownView)!.editor;
  editor.setCursor(4, 3);
  await run('apply-session-template');
  await waitFor(() => expect(editor.getValue()).toContain('type: "session"'));
  expect(editor.getValue()).toMatch(/^---\nrating: 5\ntype: "session"\ntitle: "메모"\n[\s\S]*\n---\n# 메모\n오늘 들은 발표\n$/);
  const { line, ch } = editor.getCursor();
  expect(editor.getLine(line).slice(ch)).toBe('들은 발표');
});

test('apply session template, note not open in an editor: through processFrontMatter and the vault', async () => {
  const { app, run } = await load(appWith({ ...readFolder(SAMPLE_VAULT), 'Inbox/메모.md': '---\ntags: [conference]\nrating: 5\n---\n' }), { defaultTemplate: 'talk-ko' });
  await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath('Inbox/메모.md')!);
  // The pane takes the focus; the note stays the active file but its tab is closed.
  await run('open-topic-index');
  await waitFor(() => expect(app.workspace.getLeavesOfType(VIEW_TYPE)).toHaveLength(1));
  app.workspace.getLeavesOfType('markdown').forEach((l) => l.detach());
  await run('apply-session-template');
  const file = app.vault.getFileByPath('Inbox/메모.md')!;
  await waitFor(async () => expect(await app.vault.read(file)).toContain('## 질문'));
  const text = await app.vault.read(file);
  expect(text).toMatch(/^---\ntags:\n {2}- conference\nrating: 5\ntype: session\ntitle: 메모\n/);
  expect(text).toContain('## 메모\n- {{cursor}}\n\n## 질문\n- {{cursor:2}}');
});
