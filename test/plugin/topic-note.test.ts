/**
 * @jest-environment jsdom
 */
import { appWith, Notice, waitFor } from '../fake-obsidian';
import { loadPlugin } from './load-plugin';

const NOTES: Record<string, string> = {
  'Talks/a.md': '---\ntype: session\ntitle: A\ntopics: [Zettel method, Kafka]\n---\n# A\n',
  'Talks/b.md': '---\ntype: session\ntitle: B\ntopics: [zettel Method, "사내 스터디/모임"]\n---\n# B\n',
  'Talks/c.md': '---\ntype: session\ntitle: C\ntopics: [Zettel method]\n---\n# C\n',
  'Topics/Zettel method.md': 'A note of mine, not a topic note yet.\n',
};

const modal = (): HTMLElement => [...document.querySelectorAll<HTMLElement>('.modal')].pop()!;
const rows = (): string[] => [...modal().querySelectorAll('.conference-notes-hit')].map((r) => r.textContent ?? '');
const textOf = (app: ReturnType<typeof appWith>, path: string): string | null => {
  const file = app.vault.getFileByPath(path);
  return file ? (app.vault as unknown as { textOf(f: unknown): string }).textOf(file) : null;
};

afterEach(() => {
  document.body.empty();
  Notice.shown = [];
});

test('Create topic note: unknown topics in a picker, the most used first; the note never overwrites one and is found as the topic', async () => {
  const app = appWith(NOTES);
  const { run, plugin } = await loadPlugin(app);
  await run('create-topic-note');
  expect(rows()).toEqual(['Zettel method3 · zettel Method', '사내 스터디/모임1']);
  modal().querySelector<HTMLElement>('.conference-notes-hit')!.click();
  await waitFor(() => expect(textOf(app, 'Topics/Zettel method 2.md')).toBe('---\ntype: "topic"\naliases:\n  - "Zettel method"\n  - "zettel Method"\n---\n# Zettel method\n'));
  expect(textOf(app, 'Topics/Zettel method.md')).toBe(NOTES['Topics/Zettel method.md']);
  await waitFor(() => expect(plugin.indexService.index.catalog.vocabulary.resolve('zettel method')).not.toBeNull());

  await run('create-topic-note');
  expect(rows()).toEqual(['사내 스터디/모임1']);
  modal().querySelector<HTMLElement>('.conference-notes-hit')!.click();
  // The file name cannot hold "/": the spelling stays an alias.
  await waitFor(() => expect(textOf(app, 'Topics/사내 스터디 모임.md')).toBe('---\ntype: "topic"\naliases:\n  - "사내 스터디/모임"\n---\n# 사내 스터디/모임\n'));
  await waitFor(() => expect(plugin.indexService.index.catalog.vocabulary.resolve('사내 스터디/모임')).not.toBeNull());
  await run('create-topic-note');
  expect(Notice.shown.map(String)).toContain('Every topic in your notes is known: nothing to create.');
});

test('the topic folder setting says where the note goes', async () => {
  const app = appWith({ 'a.md': NOTES['Talks/c.md'] });
  const { run, plugin } = await loadPlugin(app);
  plugin.settings.topicFolder = 'Vocabulary/Mine';
  await run('create-topic-note');
  modal().querySelector<HTMLElement>('.conference-notes-hit')!.click();
  await waitFor(() => expect(textOf(app, 'Vocabulary/Mine/Zettel method.md')).toBe('---\ntype: "topic"\naliases: []\n---\n# Zettel method\n'));
});
