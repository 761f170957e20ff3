/**
 * Obsidian's own command line (1.12.2+): `obsidian conference-notes:search
 * query=추천`, `…:related`, `…:export`, answered from the live index by the
 * same core as the Node CLI. Older apps lack `registerCliHandler`, so nothing
 * is registered there; the types this plugin builds against (its
 * minAppVersion's) do not have it either, hence the local shapes.
 */
import { requireApiVersion, type App, type Plugin } from 'obsidian';
import { ExportError } from '../core/export/compose';
import { exportPost } from '../core/export/export-post';
import { exportOptions } from '../core/export/options';
import { ExportArgsError, exportRequest } from '../core/export/request';
import { readLimit, relatedOutput, searchOutput } from '../core/search/query-output';
import { preparedSource } from './export-source';
import type { IndexService } from './index-service';

/** `CliFlag`, `CliData` and `registerCliHandler` as obsidian.d.ts 1.12.2 declares them. */
interface CliFlag {
  value?: string;
  description: string;
  required?: boolean;
}
type CliData = Record<string, string>;
type Register = (command: string, description: string, flags: Record<string, CliFlag> | null, handler: (params: CliData) => string | Promise<string>) => void;

/** Input the command cannot use: a note that is missing or not a talk. */
class CliInputError extends Error {}

const LIMIT: CliFlag = { value: '<n>', description: 'How many results (default 20)' };
const JSON_FLAG: CliFlag = { description: 'One line of JSON instead of a table' };

export function registerCliHandlers(plugin: Plugin, service: IndexService): void {
  if (!requireApiVersion('1.12.2')) return;
  const register = (plugin as unknown as { registerCliHandler?: Register }).registerCliHandler?.bind(plugin);
  if (!register) return;
  const { app } = plugin;
  const id = plugin.manifest.id;
  /** Bad input is one line naming the problem, never a stack trace. */
  const answer =
    (run: (p: CliData) => string | Promise<string>) =>
    async (p: CliData): Promise<string> => {
      await service.building;
      try {
        return await run(p);
      } catch (e) {
        if (e instanceof CliInputError || e instanceof ExportArgsError || e instanceof ExportError || e instanceof RangeError) return `${id}: ${e.message}`;
        throw e;
      }
    };

  register(`${id}:search`, 'Search talks, topics, speakers and events (Korean-aware)', { query: { value: '<text>', description: 'What to look for', required: true }, limit: LIMIT, json: JSON_FLAG }, answer((p) => searchOutput(service.index, p.query ?? '', readLimit(p.limit), p.json === 'true')));
  register(`${id}:related`, 'Sessions related to one session', { path: { value: '<note>', description: 'The session note (default: the active note)' }, limit: LIMIT, json: JSON_FLAG }, answer((p) => relatedOutput(service.index, sessionPath(app, service, p.path), readLimit(p.limit), p.json === 'true')));
  register(
    `${id}:export`,
    'A blog post from a session, an event day, an event or a topic, printed as Markdown',
    {
      session: { value: '<note>', description: 'One session note' },
      event: { value: '<event>', description: 'An event (all its talks, or one day with day=)' },
      day: { value: '<n>', description: 'One day of the event' },
      'trip-report': { description: 'The whole event as a trip report (takeaways, topics, then the talks)' },
      topic: { value: '<topic>', description: 'A topic across events' },
      profile: { value: 'jekyll|hugo|markdown|tistory', description: 'Where the post goes', required: true },
      lang: { value: 'auto|ko|en', description: 'Language of the headings the export adds (default: the setting, automatic from the notes)' },
      toc: { description: 'Add a table of contents' },
    },
    answer(async (p) => {
      const request = exportRequest(service.index, { ...p, toc: p.toc === 'true', tripReport: p['trip-report'] === 'true' }, (given) => sessionPath(app, service, given));
      const options = exportOptions(service.index.settings, request.profile, request.language, request.toc);
      const result = await preparedSource(app, service.index.settings, (source) => exportPost(service.index, request.selection, options, source, new Date().toISOString().slice(0, 10)));
      return result.files[0].content.replace(/\n$/, '');
    }),
  );
}

/** A session by vault path or link text (as `[[…]]` would find it), the active note when none is given. */
function sessionPath(app: App, service: IndexService, given: string | undefined): string {
  const file = given === undefined ? app.workspace.getActiveFile() : app.metadataCache.getFirstLinkpathDest(given.normalize('NFC').replace(/\.md$/, ''), '');
  if (!file) throw new CliInputError(given === undefined ? 'no note is open; give path=<note>' : `note not found in the vault: ${given}`);
  if (!service.index.session(file.path)) throw new CliInputError(`not a session note (type: session): ${file.path}`);
  return file.path;
}
