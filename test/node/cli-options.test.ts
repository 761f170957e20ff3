/** Option values may begin with `-` (DESIGN.md §5): a string option always takes the next argument. */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { joinOptionValues } from '../../src/node/cli/run';
import { extractMeta } from '../../src/node/extract';
import { SAMPLE_VAULT } from '../helpers';
import { run } from './run-cli';

test.each([
  [['new', 'v', '--title', '- starts with a dash'], ['new', 'v', '--title=- starts with a dash']],
  [['new', 'v', '--title', '-x', '--speaker', '--lucas--'], ['new', 'v', '--title=-x', '--speaker=--lucas--']],
  [['new', 'v', '--title=-x'], ['new', 'v', '--title=-x']],
  [['index', 'v', '--json', '--limit', '5'], ['index', 'v', '--json', '--limit=5']],
  // A boolean option takes nothing; an unknown one is left for the parser to refuse.
  [['index', 'v', '--json', '-x'], ['index', 'v', '--json', '-x']],
  [['index', 'v', '--bogus', '-x'], ['index', 'v', '--bogus', '-x']],
  // A string option last has no value: the parser says so.
  [['new', 'v', '--title'], ['new', 'v', '--title']],
  // After `--`, everything is positional.
  [['search', 'v', '--', '--title', '-x'], ['search', 'v', '--', '--title', '-x']],
])('%j → %j', (argv, expected) => {
  expect(joinOptionValues(argv)).toEqual(expected);
});

test.each([['- starts with a dash'], ['-x'], ['--'], ['--json']])('new --title %j writes a note with that title', (title) => {
  const vault = join(mkdtempSync(join(tmpdir(), 'cn-dash-')), 'vault');
  cpSync(SAMPLE_VAULT, vault, { recursive: true });
  const result = run('new', vault, '--event', 'DEVIEW 2019', '--title', title, '--speaker', '-anon-', '--template', 'talk-en');
  expect([result.code, result.err]).toEqual([0, '']);
  const meta = extractMeta(readFileSync(join(vault, result.out.trim()), 'utf8'));
  expect(meta.frontmatter).toMatchObject({ title, speakers: ['[[-anon-]]'] });
});

test('search for a query that starts with a dash, after --', () => {
  expect(run('search', SAMPLE_VAULT, '--json', '--', '-추천')).toMatchObject({ code: 0, err: '' });
});
