/**
 * The live index of issue 10: catalog edits (one event, speaker or topic note
 * edited) and a cold metadata fill, every note arriving as a `changed` event
 * through the plugin's IndexService on the fake app, as on a first start or a
 * Sync pull. Main-thread work only: parsing is the metadata worker's.
 */
import type { App as ObsidianApp, CachedMetadata, Component as ObsidianComponent } from 'obsidian';
import { BUILTIN_TOPICS } from '../src/core/vocabulary/builtin-topics';
import { ConferenceIndex } from '../src/core/index/conference-index';
import { speakerName } from '../src/core/index/listings';
import type { NoteInput } from '../src/core/note/note-meta';
import { Searcher } from '../src/core/search/searcher';
import { DEFAULT_SETTINGS } from '../src/core/note/settings';
import { IndexService } from '../src/plugin/index-service';
import { appWith } from '../test/fake-obsidian/app';
import { readFolder } from '../test/fake-obsidian/load-folder';
import { Component } from '../test/fake-obsidian/plugin';
import { md, note } from '../test/helpers';
import type { GeneratedVault } from './generate';
import { gc, median, percentile, round2, time } from './stats';

export interface LiveFigures {
  catalog_update_p95_ms: number;
  catalog_update_max_ms: number;
  cold_fill_ms: number;
  cold_fill_longest_task_ms: number;
}

/** Notes per task as the cache fills: results of the metadata worker arrive in bursts. */
const BURST = 100;

/**
 * 300 edits in turn to an event note (its start), a speaker note (merging or unmerging the two
 * most prolific speakers) and a topic note (an alias each), after 60 untimed edits of the same
 * kinds that warm the code up. Each note is read before the clock starts: its metadata is the
 * worker's, the `changed` handler's work (the index and the search keys) is what is timed.
 */
export function measureCatalogUpdates(inputs: NoteInput[]): { p95: number; max: number } {
  const index = new ConferenceIndex();
  index.rebuild(inputs);
  const searcher = new Searcher(index);
  const events = [...index.catalog.events.values()];
  const speakers = index.speakerKeys().sort((a, b) => index.speakerFrequency(b) - index.speakerFrequency(a));
  const [a, b] = [speakerName(index, speakers[0]), speakerName(index, speakers[1])];
  const topic = BUILTIN_TOPICS[0].label;
  const speakerNote = (merged: boolean): NoteInput => note(`People/${a}.md`, md({ type: 'speaker', aliases: merged ? [b] : [] }));
  const topicNote = (alias: number): NoteInput => note(`Topics/${topic}.md`, md({ type: 'topic', aliases: [`${topic} ${alias}`] }));
  const eventNote = (i: number): NoteInput => {
    const e = events[i % events.length];
    return note(e.path, md({ type: 'event', series: e.series, edition: e.edition, start: i % 2 ? e.start : '2009-01-01', end: e.end }));
  };
  const edit = (i: number): NoteInput => [eventNote, (n: number) => speakerNote(n % 2 === 0), topicNote][i % 3](Math.floor(i / 3));
  index.upsert(speakerNote(false));
  index.upsert(topicNote(0));
  searcher.sync();
  const apply = (input: NoteInput): void => {
    index.upsert(input);
    searcher.sync();
  };
  for (let i = 0; i < 60; i++) apply(edit(i + 300));
  const timed = Array.from({ length: 300 }, (_, i) => edit(i));
  gc();
  const times = timed.map((input) => time(() => apply(input)));
  return { p95: percentile(times, 95), max: Math.max(...times) };
}

/**
 * A first start on a new device: the index is built from an empty cache when the layout is
 * ready, while every note's metadata arrives as a `changed` event, BURST per task, the bursts
 * taking turns with the service's slices. Every task (a burst of events, a slice of the build
 * or of the drain) is timed; the fill ends when the service is idle with every search key in place.
 */
export async function measureColdFill(vault: GeneratedVault, inputs: NoteInput[]): Promise<{ total: number; longest: number }> {
  const app = appWith(readFolder(vault.dir), { warmCache: false });
  const caches = new Map(inputs.map((i) => [i.path, i.meta as CachedMetadata]));
  const tasks: (() => void)[] = [];
  const clock = { now: () => performance.now(), pause: () => new Promise<void>((resolve) => tasks.push(resolve)) };
  const owner = new Component();
  owner.load();
  const service = new IndexService(app as unknown as ObsidianApp, owner as unknown as ObsidianComponent, () => DEFAULT_SETTINGS, clock);
  const files = app.vault.getMarkdownFiles();
  // Each burst queues the next behind whatever the service queued meanwhile, as worker messages do.
  const burst = (from: number) => (): void => {
    for (const f of files.slice(from, from + BURST)) app.metadataCache.deliver(f, caches.get(f.path)!);
    if (from + BURST < files.length) tasks.push(burst(from + BURST));
  };
  gc();
  let total = 0;
  let longest = 0;
  const run = async (task: () => void): Promise<void> => {
    const start = performance.now();
    task();
    // A slice resumes through a few promise hops; what runs in them belongs to this task.
    for (let hop = 0; hop < 8; hop++) await Promise.resolve();
    const spent = performance.now() - start;
    total += spent;
    longest = Math.max(longest, spent);
  };
  await run(() => service.start());
  tasks.push(burst(0));
  for (let task = tasks.shift(); task; task = tasks.shift()) await run(task);
  await service.idle();
  if (service.index.sessionCount !== vault.sessions) throw new Error(`cold fill: ${service.index.sessionCount} of ${vault.sessions} sessions`);
  owner.unload();
  return { total, longest };
}

export async function measureLive(vault: GeneratedVault, inputs: NoteInput[]): Promise<LiveFigures> {
  const catalog = measureCatalogUpdates(inputs);
  // One untimed fill first, as cold_index_ms's three builds follow one: both figures of the ratio then run warm code.
  await measureColdFill(vault, inputs);
  const fills = [];
  for (let round = 0; round < 3; round++) fills.push(await measureColdFill(vault, inputs));
  return {
    catalog_update_p95_ms: round2(catalog.p95),
    catalog_update_max_ms: round2(catalog.max),
    cold_fill_ms: round2(median(fills.map((f) => f.total))),
    cold_fill_longest_task_ms: round2(Math.max(...fills.map((f) => f.longest))),
  };
}
