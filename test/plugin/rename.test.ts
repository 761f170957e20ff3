/**
 * @jest-environment jsdom
 */
import { appWith, Notice, setLanguage, waitFor, type App as FakeApp } from '../fake-obsidian';
import { loadPlugin } from './load-plugin';

const NOTES: Record<string, string> = {
  'Talks/a.md': '---\ntype: session\ntitle: A\ntopics: [Istio, Kafka]\nspeakers: ["[[김광섭]]"]\n---\n# A\n#topic/istio\n',
  'Talks/b.md': '---\ntype: session\ntitle: B\ntopics:\n  - 서비스 메시\n  - 이스티오\n---\n# B\n',
  'Talks/c.md': '---\ntype: session\ntitle: C\ntopics: Kafka\nspeakers: 김광섭님\n---\nText\n',
};

const until = (condition: () => boolean): Promise<void> => waitFor(() => expect(condition()).toBe(true));
const modal = (): HTMLElement => [...document.querySelectorAll<HTMLElement>('.modal')].pop()!;
const rows = (): HTMLElement[] => [...modal().querySelectorAll<HTMLElement>('.conference-notes-hit')];
const pick = (label: string): void => rows().find((r) => r.querySelector('.conference-notes-hit-label')?.textContent === label)!.click();
const button = (text: string): HTMLButtonElement => [...modal().querySelectorAll('button')].find((b) => b.textContent === text)!;
const preview = (): string[] => [...modal().querySelectorAll('.conference-notes-rename-preview > li')].map((li) => [li.querySelector('strong')!.textContent, ...[...li.querySelectorAll('li')].map((x) => x.textContent)].join(' | '));
const texts = (app: FakeApp): Record<string, string> => Object.fromEntries(Object.keys(NOTES).map((p) => [p, (app.vault as unknown as { textOf(f: unknown): string }).textOf(app.vault.getFileByPath(p))]));

afterEach(() => {
  document.body.empty();
  Notice.shown = [];
});

test('merge topic: the preview lists every change, Apply edits only those bytes, Undo restores them', async () => {
  const app = appWith(NOTES);
  const { run } = await loadPlugin(app);
  await run('merge-topic');
  pick('Istio');
  pick('Service mesh');
  await until(() => modal().querySelector('.conference-notes-rename-preview') !== null);
  expect(preview()).toEqual(['Talks/a.md | topics: Istio → Service mesh | #topic/istio → #topic/Service-mesh', 'Talks/b.md | topics: 이스티오 removed (already Service mesh)']);
  button('Apply').click();
  await until(() => Notice.shown.length > 0);
  expect(texts(app)).toEqual({
    'Talks/a.md': '---\ntype: session\ntitle: A\ntopics: [Service mesh, Kafka]\nspeakers: ["[[김광섭]]"]\n---\n# A\n#topic/Service-mesh\n',
    'Talks/b.md': '---\ntype: session\ntitle: B\ntopics:\n  - 서비스 메시\n---\n# B\n',
    'Talks/c.md': NOTES['Talks/c.md'],
  });
  await run('undo-rename');
  await until(() => Notice.shown.length > 1);
  expect(texts(app)).toEqual(NOTES);
});

test('rename speaker through the name field; undo refuses once a note was edited since', async () => {
  const app = appWith(NOTES);
  const { run } = await loadPlugin(app);
  await run('rename-speaker');
  pick('김광섭');
  const input = modal().querySelector('input')!;
  input.value = '김광섬';
  button('Preview').click();
  await until(() => modal().querySelector('.conference-notes-rename-preview') !== null);
  expect(preview()).toEqual(['Talks/a.md | speakers: [[김광섭]] → 김광섬', 'Talks/c.md | speakers: 김광섭님 → 김광섬']);
  button('Apply').click();
  await until(() => Notice.shown.length > 0);
  expect(texts(app)['Talks/c.md']).toBe(NOTES['Talks/c.md'].replace('김광섭님', '김광섬'));
  await app.vault.process(app.vault.getFileByPath('Talks/a.md')!, (t) => `${t}more\n`);
  await run('undo-rename');
  await until(() => Notice.shown.length > 1);
  expect(String(Notice.shown[1])).toContain('Talks/a.md');
  expect(texts(app)['Talks/c.md']).toBe(NOTES['Talks/c.md'].replace('김광섭님', '김광섬'));
});

test('in the Korean interface the topic list shows Korean names and still finds a topic by its English name', async () => {
  setLanguage('ko');
  try {
    const app = appWith(NOTES);
    const { run } = await loadPlugin(app);
    await run('merge-topic');
    const input = modal().querySelector('input')!;
    input.value = 'Service mesh';
    input.dispatchEvent(new Event('input'));
    // The topic of that name first, then Istio, which an alias only contains.
    await waitFor(() => expect(rows().map((r) => r.querySelector('.conference-notes-hit-label')?.textContent)).toEqual(['서비스 메시', 'Istio']));
  } finally {
    setLanguage('en');
  }
});
