/**
 * The plugin's live index equals a fresh build after any sequence of vault
 * operations: creates, edits, deletes, file and folder renames and deletes,
 * settings changes and `resolved`, each possibly landing in the middle of a
 * build, a drain or a folder delete, and metadata parses landing in any order,
 * some after their file left the vault. Every asynchronous step (a parse, the
 * end of a slice's pause) is a task the test runs when fast-check says.
 */
import fc from 'fast-check';
import type { App as ObsidianApp, Component as ObsidianComponent } from 'obsidian';
import { ConferenceIndex } from '../../src/core/index/conference-index';
import { indexJson } from '../../src/core/index/index-json';
import { Searcher } from '../../src/core/search/searcher';
import { DEFAULT_SETTINGS, type CoreSettings } from '../../src/core/note/settings';
import { IndexService } from '../../src/plugin/index-service';
import { App, Component } from '../fake-obsidian';
import { md } from '../helpers';

const files = ['A/a.md', 'A/b.md', 'A/B/c.md', 'A/B/if(kakao) 2020.md', 'B/if(kakao) 2019.md', 'B/d.md', '루카스.md', 'X/쿠버.md', 'notes.txt'];
const folders = ['A', 'A/B', 'B', 'X'];
const folderTargets = ['X', 'Y', 'B/A', 'Z/B'];
const SCOPED: CoreSettings = { ...DEFAULT_SETTINGS, folders: ['A', 'Y'] };

const text = fc.oneof(
  fc
    .record({
      event: fc.constantFrom('[[if(kakao) 2019]]', '[[if(kakao) 2020]]', undefined),
      speakers: fc.subarray(['[[루카스]]', 'Lucas님', '전상현'], { maxLength: 2 }),
      topics: fc.subarray(['FDS', '쿠버를', 'kubernetes', '고양이'], { maxLength: 2 }),
    })
    .map((p) => md({ type: 'session', date: '2019-08-30', ...p }, '# 세션 #추천을')),
  fc.subarray(['ifkakao', 'if kakao'], {}).map((aliases) => md({ type: 'event', start: '2019-08-29', aliases })),
  fc.subarray(['Lucas', '전상현'], {}).map((aliases) => md({ type: 'speaker', aliases })),
  fc.subarray(['쿠버', '고양이', '추천'], {}).map((aliases) => md({ type: 'topic', aliases })),
  fc.constant('---\ntopics: [broken\n---\n'),
);

type Op =
  | { kind: 'create' | 'modify'; path: string; text: string }
  | { kind: 'delete'; path: string }
  | { kind: 'renameFile'; from: string; to: string }
  | { kind: 'renameFolder'; from: string; to: string }
  | { kind: 'deleteFolder'; folder: string }
  | { kind: 'settings'; scoped: boolean }
  | { kind: 'resolved' }
  | { kind: 'run'; pick: number }
  | { kind: 'flush' }
  | { kind: 'run-pending' };

const path = fc.constantFrom(...files);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constantFrom('create' as const, 'modify' as const), path, text }),
  fc.record({ kind: fc.constant('delete' as const), path }),
  fc.record({ kind: fc.constant('renameFile' as const), from: path, to: path }),
  fc.record({ kind: fc.constant('renameFolder' as const), from: fc.constantFrom(...folders, ...folderTargets), to: fc.constantFrom(...folders, ...folderTargets) }),
  fc.record({ kind: fc.constant('deleteFolder' as const), folder: fc.constantFrom(...folders, ...folderTargets) }),
  fc.record({ kind: fc.constant('settings' as const), scoped: fc.boolean() }),
  fc.constant({ kind: 'resolved' as const }),
  { arbitrary: fc.record({ kind: fc.constant('run' as const), pick: fc.nat() }), weight: 4 },
  fc.constant({ kind: 'flush' as const }),
  { arbitrary: fc.constant({ kind: 'run-pending' as const }), weight: 2 },
);

const start = fc.record({
  files: fc.dictionary(path, text, { maxKeys: 8 }),
  warm: fc.boolean(),
  folderEventsOnly: fc.boolean(),
});

const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
// Vault operations that are not allowed (a destination that exists) are refused, as in Obsidian.
const quietly = (p: Promise<unknown>): void => void p.catch(() => undefined);

function snapshot(index: ConferenceIndex): string {
  const searcher = new Searcher(index);
  searcher.sync();
  const keys = [...searcher.keys.all()];
  searcher.detach();
  return JSON.stringify({ json: indexJson(index), keys });
}

function freshBuild(app: App, settings: CoreSettings): ConferenceIndex {
  const index = new ConferenceIndex(settings);
  index.rebuild(app.vault.getMarkdownFiles().map((f) => ({ path: f.path, meta: app.metadataCache.getFileCache(f) })));
  return index;
}

async function run(setup: { files: Record<string, string>; warm: boolean; folderEventsOnly: boolean }, ops: Op[]): Promise<void> {
  const tasks: (() => void)[] = [];
  const app = new App();
  app.metadataCache.defer = (task) => tasks.push(task);
  app.vault.folderEventsOnly = setup.folderEventsOnly;
  for (const [p, t] of Object.entries(setup.files)) app.vault.seed(p, t, setup.warm);
  if (setup.warm) app.metadataCache.warmStart();
  // A cold start: the cache fills after the layout is ready, note by note.
  else for (const file of app.vault.getMarkdownFiles()) quietly(app.metadataCache.schedule(file, setup.files[file.path]));

  let settings = DEFAULT_SETTINGS;
  let t = 0;
  const clock = { now: () => (t += 3), pause: () => new Promise<void>((resolve) => tasks.push(resolve)) };
  const owner = new Component();
  owner.load();
  const service = new IndexService(app as unknown as ObsidianApp, owner as unknown as ObsidianComponent, () => settings, clock);
  service.start();

  /** Runs every pending task, oldest first, as time passing would. */
  const runPendingTasks = async (): Promise<void> => {
    for (;;) {
      await flush();
      const task = tasks.shift();
      if (!task) return;
      task();
    }
  };
  const { vault } = app;
  for (const o of ops) {
    if (o.kind === 'create') quietly(vault.create(o.path, o.text));
    else if (o.kind === 'modify') {
      const file = vault.getFileByPath(o.path);
      if (file) quietly(vault.modify(file, o.text));
    } else if (o.kind === 'delete') {
      const file = vault.getFileByPath(o.path);
      if (file) quietly(vault.delete(file));
    } else if (o.kind === 'renameFile') {
      const file = vault.getFileByPath(o.from);
      if (file && !vault.getAbstractFileByPath(o.to)) quietly(vault.rename(file, o.to));
    } else if (o.kind === 'renameFolder') {
      const folder = vault.getFolderByPath(o.from);
      if (folder && !vault.getAbstractFileByPath(o.to) && !`${o.to}/`.startsWith(`${o.from}/`)) quietly(vault.rename(folder, o.to));
    } else if (o.kind === 'deleteFolder') {
      const folder = vault.getFolderByPath(o.folder);
      if (folder) quietly(vault.delete(folder));
    } else if (o.kind === 'settings') {
      settings = o.scoped ? SCOPED : DEFAULT_SETTINGS;
      void service.rebuild();
    } else if (o.kind === 'resolved') app.metadataCache.trigger('resolved');
    else if (o.kind === 'run') {
      if (tasks.length > 0) tasks.splice(o.pick % tasks.length, 1)[0]();
    } else if (o.kind === 'flush') await flush();
    else await runPendingTasks();
  }
  await runPendingTasks();
  await service.idle();
  expect(snapshot(service.index)).toBe(snapshot(freshBuild(app, settings)));
  owner.unload();
}

test('the live index equals a fresh build after any sequence of vault operations', async () => {
  await fc.assert(
    fc.asyncProperty(start, fc.array(op, { maxLength: 30, size: 'medium' }), (setup, ops) => run(setup, ops)),
    { numRuns: Number(process.env.RUNS ?? 300), seed: 20261123 },
  );
}, 120_000);
