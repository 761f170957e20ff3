/**
 * @jest-environment jsdom
 */
import { relatedOutput, searchOutput } from '../../src/core/search/query-output';
import { loadApp, setApiVersion } from '../fake-obsidian';
import { SAMPLE_VAULT } from '../helpers';
import { loadVault } from '../../src/node/vault-reader';
import { runCli } from '../../src/node/cli/run';
import { loadPlugin } from './load-plugin';

const FDS_2019 = 'Conferences/if(kakao)/2019/금융사기 잡는 카카오뱅크의 데이터 사이언스.md';

type Handlers = Map<string, { handler: (p: Record<string, string>) => string | Promise<string> }>;

async function load(version = '1.13.1') {
  setApiVersion(version);
  const app = loadApp(SAMPLE_VAULT);
  const { plugin } = await loadPlugin(app);
  const handlers = (plugin as unknown as { cliHandlers: Handlers }).cliHandlers;
  const cli = (command: string, params: Record<string, string>): Promise<string> => Promise.resolve(handlers.get(`conference-notes:${command}`)!.handler(params));
  return { app, plugin, handlers, cli };
}

/** What the Node CLI prints for the same request. */
function nodeCli(...args: string[]): string {
  let out = '';
  runCli([args[0], SAMPLE_VAULT, ...args.slice(1)], { out: (t) => (out += t), err: (t) => (out += t) });
  return out;
}

afterEach(() => setApiVersion('1.13.1'));

test('before 1.12.2 nothing is registered; from 1.12.2, search, related and export', async () => {
  expect([...(await load('1.12.1')).handlers.keys()]).toEqual([]);
  expect([...(await load('1.12.2')).handlers.keys()]).toEqual(['conference-notes:search', 'conference-notes:related', 'conference-notes:export']);
});

describe('Obsidian\'s CLI answers as the Node CLI does', () => {
  const cases: [string, Record<string, string>, string[]][] = [
    ['search', { query: 'ㅊㅊ' }, ['search', 'ㅊㅊ']],
    ['search', { query: '추쳔', limit: '3', json: 'true' }, ['search', '추쳔', '--limit', '3', '--json']],
    ['related', { path: FDS_2019 }, ['related', `${SAMPLE_VAULT}/${FDS_2019}`]],
    ['related', { path: '금융사기 잡는 카카오뱅크의 데이터 사이언스', json: 'true' }, ['related', FDS_2019, '--json']],
    ['export', { session: FDS_2019, profile: 'hugo' }, ['export', '--session', FDS_2019, '--profile', 'hugo']],
    ['export', { event: 'if(kakao) 2019', day: '2', profile: 'markdown', lang: 'en' }, ['export', '--event', 'if(kakao) 2019', '--day', '2', '--profile', 'markdown', '--lang', 'en']],
    ['export', { topic: 'FDS', profile: 'jekyll', toc: 'true' }, ['export', '--topic', 'FDS', '--profile', 'jekyll', '--toc']],
  ];
  test.each(cases)('%s %j', async (command, params, args) => {
    const { cli } = await load();
    expect(await cli(command, params)).toBe(nodeCli(...args));
  });
});

test('related without a path takes the active note; bad input is one line', async () => {
  const { app, cli } = await load();
  const index = loadVault(SAMPLE_VAULT).index;
  expect(await cli('related', {})).toBe('conference-notes: no note is open; give path=<note>');
  await app.workspace.getLeaf(false).openFile(app.vault.getFileByPath(FDS_2019)!);
  expect(await cli('related', {})).toBe(relatedOutput(index, FDS_2019, 20, false));
  expect(await cli('related', { path: 'Conferences/if(kakao)/2019/if(kakao) 2019.md' })).toBe('conference-notes: not a session note (type: session): Conferences/if(kakao)/2019/if(kakao) 2019.md');
  expect(await cli('related', { path: 'nowhere' })).toBe('conference-notes: note not found in the vault: nowhere');
  expect(await cli('search', { query: 'FDS', limit: '0' })).toBe('conference-notes: --limit takes a whole number above 0, not "0"');
  expect(await cli('search', { query: 'FDS' })).toBe(searchOutput(index, 'FDS', 20, false));
  expect(await cli('export', { topic: 'FDS' })).toBe('conference-notes: export needs --profile jekyll|hugo|markdown|tistory');
  expect(await cli('export', { event: 'NDC 2030', profile: 'hugo' })).toBe('conference-notes: unknown event "NDC 2030"');
  expect(await cli('export', { session: 'Conferences/if(kakao)/2019/GAN으로 만드는 캐릭터 이미지.md', profile: 'hugo' })).toMatch(/^conference-notes: .*private/);
});
