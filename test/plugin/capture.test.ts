/**
 * @jest-environment jsdom
 */
import { VIEW_TYPE, type TopicIndexView } from '../../src/plugin/topic-index-view';
import { appWith, Editor, loadApp, MarkdownView, readFolder, settle, waitFor, type App as FakeApp } from '../fake-obsidian';
import { expectApproved, SAMPLE_VAULT } from '../helpers';
import { loadPlugin } from './load-plugin';

/** The plugin's TermSuggest as the fake app drives it. */
interface Suggester {
  update(editor: Editor): Promise<{ hit: { label: string } }[]>;
  selectSuggestion(item: unknown, evt: KeyboardEvent): void;
}

async function load(app: FakeApp = loadApp(SAMPLE_VAULT)) {
  const { plugin, run } = await loadPlugin(app);
  const fake = plugin as unknown as { codeBlocks: Map<string, (s: string, el: HTMLElement, ctx: unknown) => unknown>; editorSuggests: Suggester[] };
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

test('a new event from the form, and "New event"', async () => {
  const { app, run } = await load();
  await run('new-event');
  modal().querySelector<HTMLInputElement>('input[name="name"]')!.value = 'NDC 2025';
  modal().querySelector<HTMLInputElement>('input[name="start"]')!.value = '2025-04-24';
  modal().querySelector<HTMLButtonElement>('button.mod-cta')!.click();
  await settle();
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
  expect(el.textContent).not.toContain('GAN으로');
  const topic = document.body.createDiv();
  fake.codeBlocks.get('conference-topic')!('이상거래탐지', topic, { sourcePath: 'x.md', addChild: (c: { load(): void }) => c.load() });
  expect([...topic.querySelectorAll('h4')].map((e) => e.textContent)).toEqual(['if(kakao) 2020', 'if(kakao) 2019']);
});

test('autocomplete: # topics, @ speakers, front-matter lists; an IME Enter never picks', async () => {
  const { fake } = await load();
  const suggest = fake.editorSuggests[0];
  const editorWith = (text: string): Editor => {
    const editor = new Editor(text);
    editor.setCursor(editor.offsetToPos(text.length));
    return editor;
  };
  const pick = async (text: string, label: string, init: KeyboardEventInit = {}): Promise<string> => {
    const editor = editorWith(text);
    const items = await suggest.update(editor);
    const item = items.find((i) => i.hit.label === label)!;
    suggest.selectSuggestion(item, new KeyboardEvent('keydown', { key: 'Enter', ...init }));
    return editor.getValue();
  };
  expect(await pick('오늘 #추처', 'Recommender systems')).toBe('오늘 #topic/recommender-systems ');
  expect(await pick('오늘 #추처', 'Recommender systems', { isComposing: true })).toBe('오늘 #추처');
  expect(await pick('발표 @상현', '전상현')).toBe('발표 [[전상현]] ');
  expect(await pick('---\ntopics:\n  - ㅇㅅㅌ', 'Anomaly detection')).toBe('---\ntopics:\n  - "Anomaly detection"');
  expect(await pick('---\nspeakers: ["[[루카', '김광섭')).toBe('---\nspeakers: ["[[김광섭]]"');
  expect(await suggest.update(editorWith('---\norg: 카카'))).toEqual([]);
});

test('suggest topics: found in the body, added through processFrontMatter', async () => {
  const { app, run, plugin } = await load();
  const path = 'Conferences/if(kakao)/2019/Kafka로 만드는 실시간 데이터 파이프라인.md';
  await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(path)!);
  await run('suggest-topics');
  await settle();
  const labels = [...modal().querySelectorAll('.conference-notes-check')].map((l) => l.textContent);
  expect(labels.length).toBeGreaterThan(0);
  modal().querySelector<HTMLButtonElement>('button.mod-cta')!.click();
  await settle();
  const topics = plugin.indexService.index.session(path)?.topics ?? [];
  expect(topics.length).toBeGreaterThan(2);
  expect(await app.vault.read(app.vault.getFileByPath(path)!)).toContain('type: session');
});

test('apply session template keeps every key; jump to the next cursor stop', async () => {
  const { app, run } = await load(appWith({ ...readFolder(SAMPLE_VAULT), 'Inbox/메모.md': '---\ntags: [conference]\nrating: 5\n---\n' }));
  await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath('Inbox/메모.md')!);
  await run('apply-session-template');
  const text = await app.vault.read(app.vault.getFileByPath('Inbox/메모.md')!);
  expect(text).toMatch(/^---\ntags:\n {2}- conference\nrating: 5\ntype: session\ntitle: 메모\n/);
  expect(text).toContain('## 메모\n- {{cursor}}\n\n## 질문\n- {{cursor:2}}');

  await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath('Inbox/메모.md')!);
  const editor = app.workspace.getActiveViewOfType(MarkdownView)!.editor;
  await run('next-cursor-stop');
  expect(editor.getValue()).not.toContain('{{cursor}}');
  expect(editor.getLine(editor.getCursor().line)).toBe('- ');
  await run('next-cursor-stop');
  expect(editor.getValue()).not.toContain('{{cursor:2}}');
});
