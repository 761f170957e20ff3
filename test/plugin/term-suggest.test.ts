/**
 * @jest-environment jsdom
 */
import { appWith, Editor, openPopoutWindow, readFolder, setLanguage, type App as FakeApp, type EditorSuggest } from '../fake-obsidian';
import { SAMPLE_VAULT } from '../helpers';
import { loadPlugin } from './load-plugin';

const SESSION = 'Conferences/if(kakao)/2019/Kafka로 만드는 실시간 데이터 파이프라인.md';
const MEMO = 'Inbox/memo.md';

/** What the plugin's suggester offers: a search hit or one of the vault's tags. */
interface Item {
  hit?: { label: string };
  tag?: string;
}

async function load(settings: Record<string, unknown> = {}) {
  const app = appWith({ ...readFolder(SAMPLE_VAULT), [MEMO]: '# memo\n#conference #읽을거리 #conference\n' });
  const { plugin } = await loadPlugin(app, settings);
  const mine = (plugin as unknown as { editorSuggests: EditorSuggest<unknown>[] }).editorSuggests[0];
  return { app, mine, plugin };
}

function editorWith(text: string): Editor {
  const editor = new Editor(text);
  editor.setCursor(editor.offsetToPos(text.length));
  return editor;
}

/** Types `text` in `path` and lets the app's chain of suggesters run: who answers, and what it shows. */
async function typed(app: FakeApp, mine: EditorSuggest<unknown>, path: string, text: string): Promise<string> {
  const winner = await app.workspace.editorSuggest.trigger(editorWith(text), app.vault.getFileByPath(path));
  if (!winner) return 'none';
  const labels = winner.shown.map((i) => (typeof i === 'string' ? i : ((i as Item).hit?.label ?? (i as Item).tag))).slice(0, 3);
  return `${winner === mine ? 'plugin' : 'core'}: ${labels.join(', ')}`;
}

describe('the suggesters coexist with Obsidian\'s tag completion (first answer wins)', () => {
  const cases: [string, string, string, Record<string, unknown>, string][] = [
    ['# in a session note: topics first', SESSION, '오늘 #추처', {}, 'plugin: Recommender systems, Ad tech, Personalization'],
    ['# in a session note: the vault\'s tags too', SESSION, '#conf', {}, 'plugin: #conference, Unconference, Consul'],
    ['# in a session note, nothing typed: popular topics, then tags', SESSION, '#', {}, 'plugin: Recommender systems, Computer vision, TensorRT'],
    ['# in another note: Obsidian\'s own', MEMO, '#conf', {}, 'core: #conference'],
    ['# in another note, a topic alias: Obsidian\'s own', MEMO, '#추처', {}, 'core: '],
    ['# in another note, completion everywhere', MEMO, '#추처', { completeEverywhere: true }, 'plugin: Recommender systems, Ad tech, Personalization'],
    ['@ in a session note', SESSION, '발표 @상현', {}, 'plugin: 전상현'],
    ['@ in another note: left to other plugins', MEMO, '발표 @상현', {}, 'none'],
    ['another trigger', SESSION, '발표 ;;상현', { speakerTrigger: ';;' }, 'plugin: 전상현'],
    ['topics: list in any note', MEMO, '---\ntopics:\n  - ㅇㅅㅌ', {}, 'plugin: Anomaly detection, UX research, Astro'],
    ['other front-matter keys: nobody', MEMO, '---\norg: 카카', {}, 'none'],
  ];
  test.each(cases)('%s', async (_name, path, text, settings, expected) => {
    const { app, mine } = await load(settings);
    expect(await typed(app, mine, path, text)).toBe(expected);
  });
});

test('picking writes the tag, the link or the list item; an IME Enter never picks, in the main window or a popout', async () => {
  const { app, mine } = await load();
  const file = app.vault.getFileByPath(SESSION);
  const popout = openPopoutWindow();
  const pick = async (text: string, label: string, evt: KeyboardEvent = new KeyboardEvent('keydown', { key: 'Enter' })): Promise<string> => {
    const editor = editorWith(text);
    const items = (await mine.update(editor, file)) as Item[];
    mine.selectSuggestion(items.find((i) => (i.hit?.label ?? i.tag) === label), evt);
    return editor.getValue();
  };
  expect(await pick('오늘 #추처', 'Recommender systems')).toBe('오늘 #topic/recommender-systems ');
  expect(await pick('오늘 #conf', '#conference')).toBe('오늘 #conference ');
  expect(await pick('오늘 #추처', 'Recommender systems', new KeyboardEvent('keydown', { key: 'Enter', isComposing: true }))).toBe('오늘 #추처');
  expect(await pick('오늘 #추처', 'Recommender systems', new popout.KeyboardEvent('keydown', { key: 'Enter', isComposing: true }))).toBe('오늘 #추처');
  expect(await pick('오늘 #추처', 'Recommender systems', new popout.KeyboardEvent('keydown', { key: 'Enter' }))).toBe('오늘 #topic/recommender-systems ');
  expect(await pick('발표 @상현', '전상현')).toBe('발표 [[전상현]] ');
  expect(await pick('---\ntopics:\n  - ㅇㅅㅌ', 'Anomaly detection')).toBe('---\ntopics:\n  - "Anomaly detection"');
  expect(await pick('---\nspeakers: ["[[루카', '김광섭')).toBe('---\nspeakers: ["[[김광섭]]"');
});

test('the plugin\'s suggester goes before Obsidian\'s own, and leaves the chain on unload', async () => {
  const { app, mine, plugin } = await load();
  const chain = app.workspace.editorSuggest.suggests;
  expect(chain.indexOf(mine)).toBe(0);
  expect(chain).toHaveLength(2);
  plugin.unload();
  expect(chain.includes(mine)).toBe(false);
});

test('a suggestion shows the name, and the alias that found it; a topic only notes spell comes after known ones', async () => {
  const { app, mine } = await load();
  const shown = async (text: string): Promise<string[]> => {
    await app.workspace.editorSuggest.trigger(editorWith(text), app.vault.getFileByPath(SESSION));
    return mine.shown.slice(0, 4).map((item) => {
      const el = createDiv();
      mine.renderSuggestion(item, el);
      return [...el.children].map((c) => c.textContent).join(' ');
    });
  };
  expect(await shown('발표 @루카')).toEqual(['김광섭 ← 루카스']);
  // Names, never slug ids; the misspelled 추쳔시스템 (used in one note) after the vocabulary's topics.
  expect(await shown('#ㅊㅊ')).toEqual(['Recommender systems ← 추천시스템', 'Ad tech ← 광고 추천', 'Personalization ← 개인화 추천', '추쳔시스템']);
  // In the Korean interface topics show their Korean names, as the pane does; an alias that only spaces apart goes unsaid.
  setLanguage('ko');
  try {
    expect(await shown('#ㅊㅊ')).toEqual(['추천 시스템', '애드테크 ← 광고 추천', '개인화 ← 개인화 추천', '추쳔시스템']);
  } finally {
    setLanguage('en');
  }
});
