/**
 * @jest-environment jsdom
 */
import { VIEW_TYPE, type TopicIndexView } from '../../src/plugin/topic-index-view';
import { loadApp, waitFor } from '../fake-obsidian';
import { SAMPLE_VAULT } from '../helpers';
import { loadPlugin } from './load-plugin';

/** A group row as read: ▸ while closed, its label and count (an event's year is in its title, not repeated). */
const rowTexts = (view: TopicIndexView): string[] =>
  [...view.contentEl.querySelectorAll('.conference-notes-row[aria-expanded]')].map((r) =>
    [r.getAttribute('aria-expanded') === 'true' ? '▾' : '▸', ...['label', 'count', 'years'].flatMap((c) => [...r.querySelectorAll(`.conference-notes-${c}`)].map((e) => e.textContent))].join(' '),
  );

test('the events tab finds an event by a series alias; a session linked by one counts', async () => {
  const app = loadApp(SAMPLE_VAULT);
  const { plugin, run } = await loadPlugin(app);
  await app.vault.create('Conferences/PyCon KR/2024/PyCon KR 2024.md', '---\ntype: event\nseries: PyCon KR\nstart: 2024-10-26\n---\n');
  await app.vault.create('Conferences/PyCon KR/2024/타입 힌트 실전.md', '---\ntype: session\nevent: "[[파이콘 2024]]"\ntopics: [Python]\n---\n# 타입 힌트 실전\n');
  await waitFor(() => expect(plugin.indexService.index.session('Conferences/PyCon KR/2024/타입 힌트 실전.md')?.event).toBe('PyCon KR 2024'));
  await run('open-topic-index');
  const view = app.workspace.getLeavesOfType(VIEW_TYPE)[0].view as unknown as TopicIndexView;
  const groups = (filter: string): string[] => {
    view.showTab('events', filter);
    return rowTexts(view).filter((t) => t.startsWith('▸'));
  };
  expect(groups('파이콘')).toEqual(['▸ PyCon KR 2024 1']);
  expect(groups('이프카카오')).toEqual(['▸ if(kakao) 2019 8', '▸ if(kakao) 2020 6']);
  expect(groups('데뷰')).toEqual(['▸ DEVIEW 2019 4']);
});
