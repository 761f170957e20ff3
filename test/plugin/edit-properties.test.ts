/**
 * @jest-environment jsdom
 */
import { loadApp, MarkdownView, waitFor } from '../fake-obsidian';
import { SAMPLE_VAULT } from '../helpers';
import { loadPlugin } from './load-plugin';

const FDS_2019 = 'Conferences/if(kakao)/2019/금융사기 잡는 카카오뱅크의 데이터 사이언스.md';

const modal = (): HTMLElement => [...document.querySelectorAll<HTMLElement>('.modal')].pop()!;
const chips = (): string[] => [...modal().querySelectorAll('.conference-notes-chip')].map((c) => c.firstChild?.textContent ?? '');
const field = (name: string): HTMLInputElement => modal().querySelector<HTMLInputElement>(`input[name="${name}"]`)!;

function pickChip(index: number, text: string): void {
  const input = modal().querySelectorAll<HTMLInputElement>('.conference-notes-chips input')[index];
  input.value = text;
  input.dispatchEvent(new InputEvent('input'));
  input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
}

async function openForm() {
  const app = loadApp(SAMPLE_VAULT);
  const loaded = await loadPlugin(app);
  await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(FDS_2019)!);
  await loaded.run('edit-talk-properties');
  return { app, ...loaded };
}

afterEach(() => document.body.empty());

test('the form opens filled from the note: event, speakers, topics, title, day, time, track, org', async () => {
  await openForm();
  expect(modal().querySelector('.modal-title')?.textContent).toBe('Talk properties');
  expect(chips()).toEqual(['if(kakao) 2019', '전상현', 'FDS', 'Anomaly detection', 'Autoencoder']);
  expect(['title', 'org', 'day', 'time', 'track'].map((n) => field(n).value)).toEqual(['금융사기 잡는 카카오뱅크의 데이터 사이언스', '카카오뱅크', '2', '13:00', 'Track 1']);
  expect(modal().querySelector('select')).toBeNull();
});

test('saving writes what changed through processFrontMatter, canonical and Korean-aware; the rest stays', async () => {
  const { app, plugin } = await openForm();
  const editor = app.workspace.getActiveViewOfType(MarkdownView)!.editor;
  // Remove "Autoencoder", add a topic by its initial consonants and a speaker by an alias.
  modal().querySelectorAll<HTMLButtonElement>('.conference-notes-chip-remove')[4].click();
  pickChip(2, 'ㅊㅊ');
  pickChip(1, '루카스');
  field('track').value = 'Track 2';
  field('org').value = '';
  modal().querySelector<HTMLButtonElement>('button.mod-cta')!.click();
  await waitFor(() => expect(plugin.indexService.index.session(FDS_2019)?.track).toBe('Track 2'));
  const record = plugin.indexService.index.session(FDS_2019)!;
  expect(record.topics).toEqual(['fraud-detection', 'anomaly-detection', 'recommender-systems']);
  expect(record.speakers).toHaveLength(2);
  expect(record.org).toBeUndefined();
  const text = await app.vault.read(app.vault.getFileByPath(FDS_2019)!);
  expect(text).toMatch(/\nspeakers:\n {2}- "\[\[전상현\]\]"\n {2}- "\[\[김광섭\]\]"\n/);
  expect(text).toMatch(/\ntopics:\n {2}- FDS\n {2}- Anomaly detection\n {2}- Recommender systems\n/);
  // Untouched keys keep their values; the open editor shows the new text.
  expect(text).toContain('event: "[[if(kakao) 2019]]"');
  expect(text).toContain('slides: https://example.com/slides/ifkakao2019/kakaobank-fds');
  await waitFor(() => expect(editor.getValue()).toBe(text));
  expect(document.body.contains(modal())).toBe(false);
});

test('Escape closes the form and writes nothing', async () => {
  const { app } = await openForm();
  const before = await app.vault.read(app.vault.getFileByPath(FDS_2019)!);
  field('track').value = 'Track 9';
  field('track').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  expect(document.querySelector('.modal')).toBeNull();
  expect(await app.vault.read(app.vault.getFileByPath(FDS_2019)!)).toBe(before);
});

test('only talks offer the command', async () => {
  const app = loadApp(SAMPLE_VAULT);
  const { available } = await loadPlugin(app);
  expect(available('edit-talk-properties')).toBe(false);
  await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath('Conferences/if(kakao)/2019/if(kakao) 2019.md')!);
  expect(available('edit-talk-properties')).toBe(false);
  await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(FDS_2019)!);
  expect(available('edit-talk-properties')).toBe(true);
});
