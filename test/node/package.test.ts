/**
 * The CLI as users install it: `npm pack`, the tarball installed into an
 * empty folder without the network, then `npx conference-notes` there. The
 * bundle carries everything it needs, so the package has no runtime
 * dependencies to fetch. Also: `npm version`'s script keeps manifest.json and
 * versions.json in step.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/node/cli/run';
import { SAMPLE_VAULT } from '../helpers';

const ROOT = join(__dirname, '..', '..');
const npm = (args: string[], cwd: string): string => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

test('the packed CLI installs into an empty folder offline and indexes a vault as the source does', () => {
  npm(['run', 'build'], ROOT);
  const packed = mkdtempSync(join(tmpdir(), 'cn-pack-'));
  npm(['pack', '--pack-destination', packed], ROOT);
  const [tarball] = readdirSync(packed);
  expect(tarball).toMatch(/^conference-notes-\d+\.\d+\.\d+\.tgz$/);
  const files = execFileSync('tar', ['-tzf', join(packed, tarball)], { encoding: 'utf8' }).trim().split('\n').sort();
  expect(files).toEqual(['package/LICENSE', 'package/README.md', 'package/dist/cli.js', 'package/main.js', 'package/manifest.json', 'package/package.json', 'package/styles.css']);
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies?: object };
  expect(pkg.dependencies).toBeUndefined();

  const app = mkdtempSync(join(tmpdir(), 'cn-app-'));
  writeFileSync(join(app, 'package.json'), '{ "name": "blog-publisher", "private": true }\n');
  npm(['install', '--offline', join(packed, tarball)], app);
  const out = execFileSync('npx', ['--no-install', 'conference-notes', 'index', SAMPLE_VAULT, '--json'], { cwd: app, encoding: 'utf8' });
  let expected = '';
  expect(runCli(['index', SAMPLE_VAULT, '--json'], { out: (t) => (expected += `${t}\n`), err: () => undefined })).toBe(0);
  expect(out).toBe(expected);
  expect(JSON.parse(out)).toHaveProperty('sessions');
}, 180_000);

test('npm version: the version script sets manifest.json and adds it to versions.json with the minimum app version', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cn-version-'));
  for (const f of ['manifest.json', 'versions.json']) copyFileSync(join(ROOT, f), join(dir, f));
  const minApp = (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { minAppVersion: string }).minAppVersion;
  const before = JSON.parse(readFileSync(join(dir, 'versions.json'), 'utf8')) as Record<string, string>;
  execFileSync('node', [join(ROOT, 'scripts', 'version-bump.mjs')], { cwd: dir, env: { ...process.env, npm_package_version: '9.8.7' } });
  expect(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'))).toMatchObject({ version: '9.8.7', minAppVersion: minApp });
  expect(JSON.parse(readFileSync(join(dir, 'versions.json'), 'utf8'))).toEqual({ ...before, '9.8.7': minApp });
  expect(() => execFileSync('node', [join(ROOT, 'scripts', 'version-bump.mjs')], { cwd: dir, env: { ...process.env, npm_package_version: '1.0.0-beta' }, stdio: 'pipe' })).toThrow(/expected npm_package_version as x\.y\.z/);
});
