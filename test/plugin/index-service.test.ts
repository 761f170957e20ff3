import type { App, Component } from 'obsidian';
import { ConferenceIndex } from '../../src/core/conference-index';
import { indexJson } from '../../src/core/index-json';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { IndexService, INDEX_CHANGED } from '../../src/plugin/index-service';
import { loadVault } from '../../src/node/vault-reader';
import { Component as FakeComponent, finishIndexing, loadApp, settle, TFile, type App as FakeApp } from '../fake-obsidian';
import { SAMPLE_VAULT } from '../helpers';

const FDS_2019 = 'Conferences/if(kakao)/2019/금융사기 잡는 카카오뱅크의 데이터 사이언스.md';

const NODE_CLOCK = { now: () => performance.now(), pause: () => new Promise<void>((r) => setImmediate(r)) };

async function start(app: FakeApp): Promise<{ service: IndexService; owner: FakeComponent; revisions: number[] }> {
  const owner = new FakeComponent();
  owner.load();
  const service = new IndexService(app as unknown as App, owner as unknown as Component, () => DEFAULT_SETTINGS, NODE_CLOCK);
  const revisions: number[] = [];
  service.on(INDEX_CHANGED, (revision) => revisions.push(revision as number));
  app.workspace.onLayoutReady(() => service.start());
  app.workspace.setLayoutReady();
  await service.building;
  return { service, owner, revisions };
}

const json = (index: ConferenceIndex): string => JSON.stringify(indexJson(index));

test('the index built from the metadata cache equals the CLI index of the same folder', async () => {
  const { service } = await start(loadApp(SAMPLE_VAULT));
  expect(json(service.index)).toBe(json(loadVault(SAMPLE_VAULT, DEFAULT_SETTINGS).index));
});

test('a cold start rebuilds on the first resolved', async () => {
  const app = loadApp(SAMPLE_VAULT, { warmCache: false });
  const { service } = await start(app);
  expect(service.index.sessionCount).toBe(0);
  await finishIndexing(app);
  await service.building;
  expect(service.index.sessionCount).toBe(19);
});

test('edits, renames and deletes reach the index', async () => {
  const app = loadApp(SAMPLE_VAULT);
  const { service, revisions } = await start(app);
  const file = app.vault.getFileByPath(FDS_2019)!;

  await app.vault.process(file, (text) => text.replace('topics: [FDS, anomaly detection, autoencoder]', 'topics: [OCR]'));
  await settle();
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
  const fresh = loadVault(SAMPLE_VAULT, DEFAULT_SETTINGS).index;
  expect(service.index.sessionCount).toBe(fresh.sessionCount);
  expect(service.index.sessionsOfEvent('if(kakao) 2020').every((s) => s.path.startsWith('Archive/2020/'))).toBe(true);
  await app.vault.rename(app.vault.getFileByPath('Archive/2020/if(kakao) 2020.md')!, 'Archive/2020/ifkakao 2020.md');
  expect(service.index.sessionsOfEvent('if(kakao) 2020')).toEqual([]);
});

test('deleting a folder removes its notes', async () => {
  const app = loadApp(SAMPLE_VAULT);
  const { service } = await start(app);
  await app.vault.delete(app.vault.getFolderByPath('Conferences/DEVIEW')!);
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
  expect(json(service.index)).toBe(before);
  await settle();
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
