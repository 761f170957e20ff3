// Builds the plugin (main.js), the CLI (dist/cli.js) and, on request, the benchmark.
// `node esbuild.config.mjs` watches the plugin; `production` builds both once; `bench` builds the benchmark.
import { chmodSync } from 'node:fs';
import esbuild from 'esbuild';

const mode = process.argv[2] ?? 'watch';
const production = mode !== 'watch';

const plugin = {
  entryPoints: ['src/main.ts'],
  bundle: true,
  // Obsidian and CodeMirror are provided by the app at run time.
  external: ['obsidian', 'electron', '@codemirror/*', '@lezer/*'],
  format: 'cjs',
  target: 'es2021',
  // A browser platform makes any Node built-in a build error: the plugin must run on mobile.
  platform: 'browser',
  logLevel: 'info',
  sourcemap: production ? false : 'inline',
  minify: production,
  treeShaking: true,
  outfile: 'main.js',
};

const node = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'info' };

if (mode === 'bench') {
  // The live-index bench drives the plugin's IndexService on the tests' fake app.
  await esbuild.build({ ...node, entryPoints: ['bench/run.ts', 'bench/read-baseline-process.ts'], outdir: 'build/bench', alias: { obsidian: './test/fake-obsidian/module.ts' } });
} else if (production) {
  await esbuild.build(plugin);
  await esbuild.build({ ...node, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js' });
  chmodSync('dist/cli.js', 0o755);
} else {
  const context = await esbuild.context(plugin);
  await context.watch();
}
