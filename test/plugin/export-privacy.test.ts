/**
 * @jest-environment jsdom
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { App as ObsidianApp } from 'obsidian';
import { ConferenceIndex } from '../../src/core/index/conference-index';
import { exportPost } from '../../src/core/export/export-post';
import { exportOptions, PROFILES, type ExportSource } from '../../src/core/export/options';
import { withDefaults } from '../../src/core/note/settings';
import { vaultSource } from '../../src/node/vault-source';
import { preparedSource } from '../../src/plugin/export-source';
import { App } from '../fake-obsidian';

const session = (extra: string, body: string): string => `---\ntype: session\nevent: "[[Event]]"\nday: 1\ntopics: [FDS]\n${extra}\n---\n${body}\n`;

// Every private note holds the marker; the vault renames the property to `hidden`.
const NOTES: [path: string, text: string, isPrivate: boolean][] = [
  ['Talks/Renamed.md', session('hidden: true', 'SECRET renamed'), true],
  ['Talks/Renamed caps.md', session('Hidden: Yes', 'SECRET renamed caps'), true],
  ['Talks/Caps.md', session('PRIVATE: yes', 'SECRET caps'), true],
  ['Talks/Maybe.md', session('private: maybe', 'SECRET maybe'), true],
  ['Talks/Broken.md', '---\nhidden: [oops\n---\nSECRET broken\n', true],
  ['Talks/Not properties.md', '---\n- SECRET\n---\nSECRET list\n', true],
  ['Talks/Public.md', session('hidden: false\nprivate: no', '# Public\n\nshown ![[Renamed]] ![[Renamed caps]] ![[Caps]] ![[Maybe]] ![[Broken]] ![[Not properties]] [x](Caps.md) ![y](Maybe.md) <img src="Broken.md">'), false],
  ['Event.md', '---\ntype: event\nstart: 2024-05-01\n---\n# Event\n', false],
];
const settings = withDefaults({ props: { ...withDefaults(null).props, private: 'hidden' } });

function fakeApp(): App {
  const app = new App();
  for (const [path, text] of NOTES) app.vault.seed(path, text, true);
  return app;
}

function indexOf(app: App): ConferenceIndex {
  const index = new ConferenceIndex(settings);
  index.rebuild(app.vault.getMarkdownFiles().map((f) => ({ path: f.path, meta: app.metadataCache.getFileCache(f) })));
  return index;
}

/** The same notes on disk, for the CLI's source. */
function diskSource(): ExportSource {
  const root = mkdtempSync(join(tmpdir(), 'cn-plugin-privacy-'));
  for (const [path, text] of NOTES) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return vaultSource(root, settings);
}

test('the plugin decides privacy as the CLI does: renamed property, any case, interpreted values, unreadable front matter', async () => {
  const app = fakeApp();
  const disk = diskSource();
  const decided = await preparedSource(app as unknown as ObsidianApp, settings, (source) => NOTES.map(([path]) => [path, source.isPrivate(path), disk.isPrivate(path)]));
  expect(decided).toEqual(NOTES.map(([path, , isPrivate]) => [path, isPrivate, isPrivate]));
});

test('a note the metadata cache has not read yet is private', async () => {
  const app = new App();
  app.vault.seed('Cold.md', '# public enough', false);
  expect(await preparedSource(app as unknown as ObsidianApp, settings, (source) => source.isPrivate('Cold.md'))).toBe(true);
});

test.each(PROFILES)('a %s export from the plugin carries nothing private', async (profile) => {
  const app = fakeApp();
  const index = indexOf(app);
  const topic = index.catalog.vocabulary.resolve('FDS') ?? 'fds';
  for (const selection of [{ kind: 'session', path: 'Talks/Public.md' }, { kind: 'day', event: 'Event', day: 1 }, { kind: 'event', event: 'Event' }, { kind: 'topic', topic }] as const) {
    const result = await preparedSource(app as unknown as ObsidianApp, settings, (source) => exportPost(index, selection, exportOptions(settings, profile, 'en', true), source, '2024-05-01'));
    const everything = [...result.files.map((f) => f.content), ...result.attachments.map((a) => a.from)].join('\n');
    expect([selection.kind, everything.includes('shown'), everything.includes('SECRET')]).toEqual([selection.kind, true, false]);
  }
});
