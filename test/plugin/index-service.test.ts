import type { App, Component } from 'obsidian';
import { ConferenceIndex } from '../../src/core/index/conference-index';
import { indexJson } from '../../src/core/index/index-json';
import { DEFAULT_SETTINGS } from '../../src/core/note/settings';
import type { SliceClock } from '../../src/core/index/time-slice';
import { IndexService, INDEX_CHANGED } from '../../src/plugin/index-service';
import { loadVault } from '../../src/node/vault-reader';
import { appWith, Component as FakeComponent, finishIndexing, loadApp, TFile, type App as FakeApp } from '../fake-obsidian';
import { md, SAMPLE_VAULT } from '../helpers';

const FDS_2019 = 'Conferences/if(kakao)/2019/금융사기 잡는 카카오뱅크의 데이터 사이언스.md';

const NODE_CLOCK: SliceClock = { now: () => performance.now(), pause: () => new Promise<void>((r) => setImmediate(r)) };

/** A clock whose every reading costs 1 ms, so each slice holds a few steps, and whose pauses end only when a test says. */
class StepClock implements SliceClock {
  private t = 0;
  private readonly waiting: (() => void)[] = [];
  now = (): number => (this.t += 1);
  pause = (): Promise<void> => new Promise((resolve) => this.waiting.push(resolve));
  /** Ends the oldest pause; false when none is waiting. */
  async step(): Promise<boolean> {
    const resume = this.waiting.shift();
    if (!resume) return false;
    resume();
    await new Promise((r) => setImmediate(r));
    return true;
  }
  async runAll(): Promise<void> {
    while (await this.step());
  }
}

async function start(app: FakeApp, clock: SliceClock = NODE_CLOCK): Promise<{ service: IndexService; owner: FakeComponent; revisions: number[] }> {
  const owner = new FakeComponent();
  owner.load();
  const service = new IndexService(app as unknown as App, owner as unknown as Component, () => DEFAULT_SETTINGS, clock);
  const revisions: number[] = [];
  service.on(INDEX_CHANGED, (revision) => revisions.push(revision as number));
  app.workspace.onLayoutReady(() => service.start());
  app.workspace.setLayoutReady();
  if (clock === NODE_CLOCK) await service.building;
  return { service, owner, revisions };
}

const json = (index: ConferenceIndex): string => JSON.stringify(indexJson(index));

/** The index a fresh build of the vault as it is now gives. */
function fresh(app: FakeApp): string {
  const index = new ConferenceIndex(DEFAULT_SETTINGS);
  index.rebuild(app.vault.getMarkdownFiles().map((f) => ({ path: f.path, meta: app.metadataCache.getFileCache(f) })));
  return json(index);
}

/** Counts full builds of the service's index (call before `fresh`, which builds one too). */
function countBuilds(): () => number {
  const build = jest.spyOn(ConferenceIndex.prototype, 'rebuildSteps');
  return () => build.mock.calls.length;
}

afterEach(() => jest.restoreAllMocks());

test('the index built from the metadata cache equals the CLI index of the same folder', async () => {
  const { service } = await start(loadApp(SAMPLE_VAULT));
  expect(json(service.index)).toBe(json(loadVault(SAMPLE_VAULT, DEFAULT_SETTINGS).index));
});

test('a cold start fills from the stream of changed events, without a second build', async () => {
  const app = loadApp(SAMPLE_VAULT, { warmCache: false });
  const builds = countBuilds();
  const { service } = await start(app);
  expect(service.index.sessionCount).toBe(0);
  await finishIndexing(app);
  await service.idle();
  expect(builds()).toBe(1);
  expect(service.index.sessionCount).toBe(19);
  expect(json(service.index)).toBe(fresh(app));
});

test('a first build over a vault not parsed yet sets files aside a few hundred per step, not all in one', async () => {
  const app = appWith(Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`Talks/${i}.md`, md({ type: 'session', title: `Talk ${i}` })])), { warmCache: false });
  // The cache lookups between two readings of the clock are one step's work (runSliced reads it once per step).
  let sinceRead = 0;
  let most = 0;
  const clock = new StepClock();
  const now = clock.now;
  clock.now = () => {
    most = Math.max(most, sinceRead);
    sinceRead = 0;
    return now();
  };
  const getFileCache = app.metadataCache.getFileCache.bind(app.metadataCache);
  app.metadataCache.getFileCache = (file) => {
    sinceRead++;
    return getFileCache(file);
  };
  const { service } = await start(app, clock);
  await clock.runAll();
  await service.idle();
  expect(service.index.sessionCount).toBe(0);
  expect(most).toBeGreaterThan(0);
  expect(most).toBeLessThanOrEqual(1000);
});

test('resolved on a warm start re-reads nothing: one build in all', async () => {
  const app = loadApp(SAMPLE_VAULT);
  const builds = countBuilds();
  const resolved = new Promise((r) => app.metadataCache.on('resolved', r));
  const { service } = await start(app);
  await resolved;
  await service.idle();
  expect(builds()).toBe(1);
  expect(json(service.index)).toBe(fresh(app));
});

test('resolved re-reads a file whose cache filled without a changed event', async () => {
  const app = loadApp(SAMPLE_VAULT, { warmCache: false });
  const { service } = await start(app);
  const file = app.vault.getFileByPath(FDS_2019)!;
  app.metadataCache.prime(file, await app.vault.read(file));
  app.metadataCache.trigger('resolved');
  await service.idle();
  expect(service.index.session(FDS_2019)?.topics).toEqual(['fraud-detection', 'anomaly-detection', 'autoencoder']);
});

test('a parse that lands after its file left the vault leaves no ghost', async () => {
  const app = loadApp(SAMPLE_VAULT);
  const resolved = new Promise((r) => app.metadataCache.on('resolved', r));
  const { service } = await start(app);
  await resolved;
  await service.idle();
  const text = md({ type: 'session', topics: ['FDS'] }, '# 곧 지울 노트');
  const created = app.vault.create('ghost.md', text);
  await app.vault.delete(app.vault.getFileByPath('ghost.md')!);
  const modified = app.vault.modify(app.vault.getFileByPath(FDS_2019)!, text);
  await app.vault.delete(app.vault.getFileByPath(FDS_2019)!);
  await Promise.all([created, modified]);
  await service.idle();
  expect(service.index.note('ghost.md')).toBeUndefined();
  expect(service.index.note(FDS_2019)).toBeUndefined();
  expect(json(service.index)).toBe(fresh(app));
});

test('a file moved into a folder whose delete is still running is kept', async () => {
  const app = loadApp(SAMPLE_VAULT);
  const { service } = await start(app);
  const deleting = app.vault.delete(app.vault.getFolderByPath('Conferences/if(kakao)/2019')!);
  await app.vault.rename(app.vault.getFileByPath('Welcome.md')!, 'Conferences/if(kakao)/2019/Welcome.md');
  await deleting;
  await service.idle();
  expect(service.index.note('Conferences/if(kakao)/2019/Welcome.md')).toBeDefined();
  expect(json(service.index)).toBe(fresh(app));
});

describe('a folder renamed or deleted during the first build, reported only for the folder', () => {
  test.each([
    ['renamed', (app: FakeApp) => app.vault.rename(app.vault.getFolderByPath('Conferences/if(kakao)')!, 'Archive/kakao')],
    ['deleted', (app: FakeApp) => app.vault.delete(app.vault.getFolderByPath('Conferences/if(kakao)')!)],
  ])('%s', async (_name, operation) => {
    const app = loadApp(SAMPLE_VAULT, { folderEventsOnly: true });
    const resolved = new Promise((r) => app.metadataCache.on('resolved', r));
    const clock = new StepClock();
    const { service } = await start(app, clock);
    // The build waits for the clock: the warm start's resolved and the folder event both land during it.
    await resolved;
    await operation(app);
    await clock.runAll();
    await service.idle();
    expect(json(service.index)).toBe(fresh(app));
  });
});

test('a burst of changes in one task is applied in slices, with few index-changed events', async () => {
  const app = loadApp(SAMPLE_VAULT);
  const clock = new StepClock();
  const { service, revisions } = await start(app, clock);
  await clock.runAll();
  await service.idle();
  revisions.length = 0;
  const files = app.vault.getMarkdownFiles();
  const before = service.index.revision;
  // As a Sync pull: every note's cache changes at once.
  for (const file of files) app.metadataCache.trigger('changed', file, '', app.metadataCache.getFileCache(file));
  // The first changes were applied at once, until they took a slice; the rest wait.
  const atOnce = service.index.revision - before;
  expect(atOnce).toBeGreaterThan(0);
  expect(atOnce).toBeLessThan(files.length);
  await clock.runAll();
  await service.idle();
  // Every change applied once; one index-changed event per change applied at once, one for the drained batch.
  expect(service.index.revision - before).toBe(files.length);
  expect(revisions.length).toBe(atOnce + 1);
  expect(json(service.index)).toBe(fresh(app));
});

test('edits, renames and deletes reach the index', async () => {
  const app = loadApp(SAMPLE_VAULT);
  const { service, revisions } = await start(app);
  const file = app.vault.getFileByPath(FDS_2019)!;

  await app.vault.process(file, (text) => text.replace('topics: [FDS, anomaly detection, autoencoder]', 'topics: [OCR]'));
  expect(service.index.session(FDS_2019)?.topics).toEqual(['ocr', 'fraud-detection']);

  await app.vault.rename(file, 'Conferences/if(kakao)/2019/FDS 발표.md');
  expect(service.index.session(FDS_2019)).toBeUndefined();
  expect(service.index.session('Conferences/if(kakao)/2019/FDS 발표.md')?.event).toBe('if(kakao) 2019');

  await app.vault.delete(app.vault.getFileByPath('Conferences/if(kakao)/2019/FDS 발표.md')!);
  expect(service.index.session('Conferences/if(kakao)/2019/FDS 발표.md')).toBeUndefined();
  expect(revisions.length).toBeGreaterThanOrEqual(4);
  expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
});

test('renaming an event note re-links its sessions; a folder move keeps every note', async () => {
  const app = loadApp(SAMPLE_VAULT);
  const { service } = await start(app);
  await app.vault.rename(app.vault.getFolderByPath('Conferences/if(kakao)/2020')!, 'Archive/2020');
  await service.idle();
  const fresh = loadVault(SAMPLE_VAULT, DEFAULT_SETTINGS).index;
  expect(service.index.sessionCount).toBe(fresh.sessionCount);
  expect(service.index.sessionsOfEvent('if(kakao) 2020').every((s) => s.path.startsWith('Archive/2020/'))).toBe(true);
  await app.vault.rename(app.vault.getFileByPath('Archive/2020/if(kakao) 2020.md')!, 'Archive/2020/ifkakao 2020.md');
  await service.idle();
  expect(service.index.sessionsOfEvent('if(kakao) 2020')).toEqual([]);
});

test('deleting a folder removes its notes', async () => {
  const app = loadApp(SAMPLE_VAULT);
  const { service } = await start(app);
  await app.vault.delete(app.vault.getFolderByPath('Conferences/DEVIEW')!);
  await service.idle();
  expect(service.index.sessions().filter((s) => s.path.startsWith('Conferences/DEVIEW/'))).toEqual([]);
});

test('handlers are idempotent: replaying events changes nothing', async () => {
  const app = loadApp(SAMPLE_VAULT);
  const { service } = await start(app);
  const before = json(service.index);
  const file = app.vault.getFileByPath(FDS_2019)!;
  const cache = app.metadataCache.getFileCache(file);
  app.metadataCache.trigger('changed', file, '', cache);
  app.metadataCache.trigger('changed', file, '', cache);
  app.metadataCache.trigger('resolved');
  app.metadataCache.trigger('deleted', new TFile(), null);
  await service.idle();
  expect(json(service.index)).toBe(before);
});

test('unloading the owner detaches every listener', async () => {
  const app = loadApp(SAMPLE_VAULT);
  const { owner } = await start(app);
  expect(app.metadataCache.listenerCount('changed')).toBe(1);
  owner.unload();
  expect(app.metadataCache.listenerCount('changed') + app.metadataCache.listenerCount('deleted') + app.vault.listenerCount('rename')).toBe(0);
});

test('a session edited into broken YAML becomes a problem, not a crash', async () => {
  const app = loadApp(SAMPLE_VAULT);
  const { service } = await start(app);
  const file = app.vault.getFileByPath(FDS_2019)!;
  await app.vault.modify(file, '---\ntype: session\ntopics: [FDS\n---\n# 깨진 노트');
  expect(service.index.session(FDS_2019)).toBeUndefined();
  expect(service.index.noteProblemList().map((p) => p.path)).toContain(FDS_2019);
});
