/** `conference-notes new`: a session note from a template, written into the vault, never over a file. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { BUILTIN_TEMPLATES } from '../../core/capture/builtin-templates';
import { buildSessionNote } from '../../core/capture/new-session';
import { builtinTemplate, readUserTemplate, type ResolvedTemplate } from '../../core/capture/templates';
import { foldKey } from '../../core/text/normalize';
import { clockTime } from '../../core/note/values';
import { parseFrontmatter } from '../frontmatter';
import type { LoadedVault } from '../vault-reader';
import { InputError, UsageError } from './usage';

export interface NewOptions {
  event?: string;
  title?: string;
  speaker?: string[];
  topic?: string[];
  day?: string;
  time?: string;
  track?: string;
  org?: string;
  template?: string;
}

export function newCommand(vault: LoadedVault, root: string, o: NewOptions): string {
  if (o.title === undefined || o.title.trim() === '') throw new UsageError('new needs --title');
  if (o.event === undefined) throw new UsageError('new needs --event (an event note name or alias)');
  const day = o.day === undefined ? undefined : Number(o.day);
  if (day !== undefined && (!Number.isInteger(day) || day < 1)) throw new UsageError(`--day takes a whole number from 1, not "${o.day}"`);
  const time = o.time === undefined ? undefined : clockTime(o.time);
  if (o.time !== undefined && time === undefined) throw new UsageError(`--time takes HH:MM (00:00 to 23:59), not "${o.time}"`);
  const { index } = vault;
  const settings = index.settings;
  const eventId = index.catalog.resolveEvent({ text: o.event });
  const event = eventId === null ? undefined : index.catalog.events.get(eventId);
  if (!event) throw new InputError(`unknown event "${o.event}": no event note has that name or alias`);
  const template = findTemplate(root, settings.templateFolder, o.template ?? settings.defaultTemplate);
  const note = buildSessionNote(
    { title: o.title, event, speakers: o.speaker ?? [], topics: o.topic ?? [], day, time, track: o.track, org: o.org, extra: template.extra },
    template.body,
    index.catalog,
    settings,
    (path) => existsSync(join(root, path)),
  );
  const abs = join(root, note.path);
  mkdirSync(dirname(abs), { recursive: true });
  // 'wx' refuses to write over a file that appeared since the name was chosen.
  writeFileSync(abs, note.text, { flag: 'wx' });
  return note.path;
}

export function findTemplate(root: string, folder: string, name: string): ResolvedTemplate {
  const builtin = builtinTemplate(name);
  if (builtin) return { body: builtin.body, extra: {} };
  const file = join(root, folder, `${name.replace(/\.md$/i, '')}.md`);
  if (folder !== '' && !foldKey(name).includes('..') && existsSync(file)) return readUserTemplate(readFileSync(file, 'utf8'), templateProperties);
  const known = BUILTIN_TEMPLATES.map((t) => t.id).join(', ');
  throw new InputError(`unknown template "${name}": use one of ${known}, or a note in ${folder || 'the template folder'}`);
}

/** A template's own properties, read as notes are: leniently and without printing YAML warnings. */
function templateProperties(yaml: string): Record<string, unknown> | null {
  const read = parseFrontmatter(yaml);
  return 'error' in read ? null : read.value;
}
