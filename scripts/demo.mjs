// `npm run demo`: after the build, prints the sample vault's cross-event topic index
// and installs the plugin into the sample vault so Obsidian shows it there.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const vault = join(root, 'examples', 'vault');

const table = execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'index', vault], { encoding: 'utf8' });
process.stdout.write(`Cross-event topic index of examples/vault\n\n${table}\n`);

// The sample vault uses Obsidian's default configuration folder.
const target = join(vault, '.obsidian', 'plugins', 'conference-notes');
mkdirSync(target, { recursive: true });
for (const file of ['main.js', 'manifest.json', 'styles.css']) copyFileSync(join(root, file), join(target, file));
process.stdout.write(`Installed the plugin into examples/vault/.obsidian/plugins/conference-notes/.\nOpen examples/vault as a vault in Obsidian and turn on community plugins to use it.\n`);
