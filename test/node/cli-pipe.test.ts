/** The built command, as a shell runs it: a reader that stops early (`| head`) is no error and shows no stack trace. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { STACK_LINE } from './run-cli';

test('output piped into head: exit code kept, stderr empty', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cn-pipe-'));
  const cli = join(dir, 'cli.js');
  buildSync({ entryPoints: [join(__dirname, '..', '..', 'src', 'cli.ts')], bundle: true, platform: 'node', outfile: cli, logLevel: 'silent' });
  const vault = join(dir, 'vault');
  spawnSync('mkdir', [vault]);
  // Enough output to outlast the pipe's buffer.
  for (let i = 0; i < 3000; i++) writeFileSync(join(vault, `n${i}.md`), `---\ntype: session\ntopics: [topic ${i}]\n---\n`);
  for (const [args, code] of [['index --json', 0], ['lint', 1]] as const) {
    const status = spawnSync('bash', ['-c', `node "${cli}" ${args} "${vault}" | head -c 20 >/dev/null; exit \${PIPESTATUS[0]}`], { encoding: 'utf8' });
    expect([args, status.status, status.stderr, STACK_LINE.test(status.stderr)]).toEqual([args, code, '', false]);
  }
});
