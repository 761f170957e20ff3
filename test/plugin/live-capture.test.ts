/**
 * @jest-environment jsdom
 */
import { clock } from '../../src/plugin/clock';
import { appWith, MarkdownView, Notice, Platform, waitFor, type App as FakeApp } from '../fake-obsidian';
import { loadPlugin } from './load-plugin';

const TALK = 'Conferences/FEConf/2024/React 서버 컴포넌트.md';
const PLAIN = 'Conferences/FEConf/2024/No video.md';
const FILES = {
  'Conferences/FEConf/2024/FEConf 2024.md': '---\ntype: event\nseries: FEConf\nedition: 2024\nstart: 2024-08-24\ntz: Asia/Seoul\n---\n# FEConf 2024\n',
  [TALK]: '---\ntype: session\nevent: "[[FEConf 2024]]"\ndate: 2024-08-24\ntime: "23:50"\nvideo: https://youtu.be/RSC2024abcd\nvideo_offset: 10\n---\n# React 서버 컴포넌트\n## 메모\n- 도입 배경\n- \n\n## 후기\n- 좋았음\n',
  [PLAIN]: '---\ntype: session\nevent: "[[FEConf 2024]]"\nday: 1\ntime: "10:00"\n---\n# No video\n- [01:00] stays\n',
  'Notes/Other.md': '# Other\n- text\n',
};
/** 2024-08-25 00:02:34 in Seoul: 12 min 34 s after the 23:50 start, across midnight. */
const DURING = Date.parse('2024-08-24T15:02:34Z');

interface Loaded {
  app: FakeApp;
  run: (id: string) => Promise<void>;
  available: (id: string) => boolean;
  fake: { postProcessors: ((el: HTMLElement, ctx: { sourcePath: string }) => unknown)[] };
}

async function load(): Promise<Loaded> {
  const app = appWith(FILES);
  const { plugin, run, available } = await loadPlugin(app);
  return { app, run, available, fake: plugin as unknown as Loaded['fake'] };
}

async function open(app: FakeApp, path: string, line: number) {
  await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(path)!);
  const editor = app.workspace.getActiveViewOfType(MarkdownView)!.editor;
  editor.setCursor({ line, ch: editor.getLine(line).length });
  return editor;
}

// jsdom's Blob has no arrayBuffer (browsers and Obsidian's have it).
if (!('arrayBuffer' in Blob.prototype)) {
  Object.defineProperty(Blob.prototype, 'arrayBuffer', {
    value(this: Blob): Promise<ArrayBuffer> {
      return new Promise((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.readAsArrayBuffer(this);
      });
    },
  });
}

beforeEach(() => {
  Notice.shown = [];
  clock.now = () => DURING;
});

afterEach(() => {
  clock.now = () => Date.now();
  Platform.isMobile = false;
  document.body.empty();
});

test('the capture commands are offered in session notes only', async () => {
  const { app, available } = await load();
  const ids = ['insert-timestamp', 'start-talk-timer', 'add-question', 'add-takeaway', 'slide-photo'];
  await open(app, 'Notes/Other.md', 1);
  expect(ids.filter(available)).toEqual([]);
  await open(app, TALK, 10);
  expect(ids.filter(available)).toEqual(ids);
});

test('"Insert timestamp" stamps the bullet with the time since the start, through the editor (undo keeps working)', async () => {
  const { app, run } = await load();
  const editor = await open(app, TALK, 10);
  await run('insert-timestamp');
  expect(editor.getLine(10)).toBe('- [12:34] 도입 배경');
  expect(editor.getCursor()).toEqual({ line: 10, ch: '- [12:34] 도입 배경'.length });
  // Stamping again moves the moment instead of adding a second one.
  clock.now = () => DURING + 60_000;
  await run('insert-timestamp');
  expect(editor.getLine(10)).toBe('- [13:34] 도입 배경');
  editor.undo();
  editor.undo();
  expect(editor.getLine(10)).toBe('- 도입 배경');
});

test('before the talk starts there is no stamp, only a notice', async () => {
  const { app, run } = await load();
  clock.now = () => Date.parse('2024-08-24T14:49:00Z');
  const editor = await open(app, TALK, 10);
  const before = editor.getValue();
  await run('insert-timestamp');
  expect(editor.getValue()).toBe(before);
  expect(Notice.shown).toEqual(['The talk has not started yet (it starts 2024-08-24 23:50).']);
});

test('a talk dated by its event day, and "Start talk timer" wins over the programme, kept in the note', async () => {
  const { app, run } = await load();
  clock.now = () => Date.parse('2024-08-24T01:05:00Z');
  const editor = await open(app, PLAIN, 7);
  await run('insert-timestamp');
  expect(editor.getLine(7)).toBe('- [05:00] stays');
  await run('start-talk-timer');
  await waitFor(() => expect(app.metadataCache.getFileCache(app.vault.getFileByPath(PLAIN)!)?.frontmatter?.timer_start).toBe('2024-08-24T01:05:00.000Z'));
  expect(await app.vault.read(app.vault.getFileByPath(PLAIN)!)).toContain('timer_start: 2024-08-24T01:05:00.000Z');
  clock.now = () => Date.parse('2024-08-24T01:06:30Z');
  const again = await open(app, PLAIN, 8);
  await run('insert-timestamp');
  expect(again.getLine(8)).toBe('- [01:30] stays');
});

test('"Add question" goes under the questions section, made before the takeaways; "Add takeaway" puts a callout at the cursor', async () => {
  const { app, run } = await load();
  const editor = await open(app, TALK, 10);
  await run('add-question');
  expect(editor.getValue()).toContain('- \n\n## 질문\n- Q. \n\n## 후기\n- 좋았음\n');
  expect(editor.getLine(editor.getCursor().line)).toBe('- Q. ');
  editor.replaceRange('캐시는?', editor.getCursor());
  await run('add-question');
  expect(editor.getValue()).toContain('## 질문\n- Q. 캐시는?\n- Q. \n\n## 후기');
  editor.setCursor({ line: 11, ch: 2 });
  await run('add-takeaway');
  expect(editor.getValue()).toContain('- 도입 배경\n> [!takeaway]\n> \n\n## 질문');
  expect(editor.getCursor()).toEqual({ line: 12, ch: 2 });
});

describe('reading view: stamps link to the recording', () => {
  /** A rendered section as reading view builds it: items plain, in a task, in a loose paragraph, in code, in a link; a paragraph. */
  const render = (): HTMLElement => {
    const el = createDiv();
    const ul = el.createEl('ul');
    ul.createEl('li', { text: '[12:34] 스트리밍 렌더링' });
    const task = ul.createEl('li');
    task.createEl('input', { type: 'checkbox', cls: 'task-list-item-checkbox' });
    task.append(' [1:00:00] task');
    ul.createEl('li').createEl('p', { text: '[00:05] loose item' });
    const code = ul.createEl('li');
    code.createEl('code', { text: '[13:00]' });
    code.append(' code');
    ul.createEl('li', { text: '중간의 [20:00]' });
    ul.createEl('li').createEl('a', { text: '[21:00]', attr: { href: 'x' } });
    el.createEl('p', { text: '[22:00] paragraph' });
    return el;
  };
  const stampLinks = (el: HTMLElement): string[][] => [...el.querySelectorAll('a.conference-notes-stamp')].map((a) => [a.textContent ?? '', a.getAttribute('href') ?? '']);

  test('list items that start with a stamp, with the offset; code, links and other places untouched', async () => {
    const { fake } = await load();
    const el = render();
    const text = el.textContent;
    for (const p of fake.postProcessors) await p(el, { sourcePath: TALK });
    expect(stampLinks(el)).toEqual([
      ['[12:34]', 'https://youtu.be/RSC2024abcd?t=764'],
      ['[1:00:00]', 'https://youtu.be/RSC2024abcd?t=3610'],
      ['[00:05]', 'https://youtu.be/RSC2024abcd?t=15'],
    ]);
    expect(el.textContent).toBe(text);
    expect(el.querySelector('code')!.textContent).toBe('[13:00]');
    expect(el.querySelector('a[href="x"]')!.textContent).toBe('[21:00]');
  });

  test('without a video, nothing changes', async () => {
    const { fake } = await load();
    const el = render();
    for (const p of fake.postProcessors) await p(el, { sourcePath: PLAIN });
    expect(stampLinks(el)).toEqual([]);
  });
});

describe('"Add slide photo"', () => {
  const image = (): File => new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'IMG_0001.PNG', { type: 'image/png' });
  const choose = (input: HTMLInputElement, file: File): void => {
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
  };

  test('on a phone the camera input opens at once; the photo is saved as an attachment and embedded after its stamp', async () => {
    const { app, run } = await load();
    Platform.isMobile = true;
    (app.fileManager as unknown as { attachmentFolder: string }).attachmentFolder = 'Attachments';
    const editor = await open(app, TALK, 11);
    await run('slide-photo');
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect([input.accept, input.getAttribute('capture')]).toEqual(['image/*', 'environment']);
    choose(input, image());
    const name = 'React 서버 컴포넌트 12-34.png';
    await waitFor(() => expect(editor.getLine(11)).toBe(`- [12:34] ![[${name}]]`));
    expect(app.vault.getFileByPath(`Attachments/${name}`)).not.toBeNull();
    expect(document.querySelector('input[type="file"]')).toBeNull();
  });

  test('on a desktop a dialog picks a file (no camera), beside the note when Obsidian says so; a second photo gets its own name', async () => {
    const { app, run } = await load();
    (app.fileManager as unknown as { attachmentFolder: string }).attachmentFolder = './';
    const editor = await open(app, TALK, 11);
    for (const expected of ['React 서버 컴포넌트 12-34.png', 'React 서버 컴포넌트 12-34 1.png']) {
      await run('slide-photo');
      expect(document.querySelector('.modal')?.textContent).toContain('Choose an image');
      document.querySelector<HTMLButtonElement>('.modal button.mod-cta')!.click();
      const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
      expect(input.hasAttribute('capture')).toBe(false);
      choose(input, image());
      await waitFor(() => expect(app.vault.getFileByPath(`Conferences/FEConf/2024/${expected}`)).not.toBeNull());
      await waitFor(() => expect(editor.getValue()).toContain(`- [12:34] ![[${expected}]]`));
    }
  });

  test('a dialog closed without a choice adds nothing', async () => {
    const { app, run } = await load();
    const editor = await open(app, TALK, 10);
    const before = editor.getValue();
    await run('slide-photo');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(document.querySelector('.modal')).toBeNull();
    expect(editor.getValue()).toBe(before);
  });
});
