/**
 * `conference-notes topic|speaker merge|rename <vault> <from> <to>`: every note
 * naming `from` names `to` instead; only those values and tags change (core/rename).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { ConferenceIndex } from '../../core/index/conference-index';
import { renameAcross, renameRule, type RenameKind } from '../../core/rename/rename-vault';
import { loadVault } from '../vault-reader';
import { findTopic } from '../../core/index/find-topic';
import { InputError, UsageError } from './usage';

export interface RenameOptions {
  json?: boolean;
  'dry-run'?: boolean;
}

export function renameCommand(kind: RenameKind, args: string[], o: RenameOptions): string {
  const [action, root, from, to] = args;
  if (action !== 'merge' && action !== 'rename') throw new UsageError(`${kind} needs merge or rename${action === undefined ? '' : `, not "${action}"`}`);
  if (args.length !== 4) throw new UsageError(`${kind} ${action} needs the vault, the ${kind} to change and ${action === 'merge' ? `the ${kind} to merge into` : 'its new name'}`);
  if (to.trim() === '') throw new UsageError(`the new ${kind} name is empty`);
  const vault = loadVault(root);
  const { index } = vault;
  // A rename onto the same topic or speaker only respells it (`istio` → `Istio`); a merge into itself does nothing.
  if (kind === 'topic') {
    const source = knownTopic(index, from);
    const target = action === 'merge' ? knownTopic(index, to) : findTopicId(index, to);
    if (action === 'merge' && target === source) throw new InputError(`"${from}" and "${to}" are the same topic`);
    if (action === 'rename' && target !== undefined && target !== source) throw new InputError(`"${to}" is already a topic: use topic merge`);
  } else {
    const key = (name: string): string => index.catalog.speakerKey({ text: name });
    const has = (name: string): boolean => index.sessionsOfSpeaker(key(name)).length > 0;
    if (!has(from)) throw new InputError(`unknown speaker "${from}": no session names that speaker`);
    if (action === 'merge' && !has(to)) throw new InputError(`unknown speaker "${to}": no session names that speaker`);
    if (action === 'merge' && key(to) === key(from)) throw new InputError(`"${from}" and "${to}" are the same speaker`);
    if (action === 'rename' && has(to) && key(to) !== key(from)) throw new InputError(`"${to}" is already a speaker: use speaker merge`);
  }
  const notes = vault.files.map((f) => ({ path: f.path, abs: f.abs, text: readFileSync(f.abs, 'utf8') }));
  const changes = renameAcross(notes, renameRule(index, kind, from, to));
  const dry = o['dry-run'] === true;
  if (!dry) {
    const abs = new Map(notes.map((n) => [n.path, n.abs]));
    for (const c of changes) writeFileSync(abs.get(c.path)!, c.after, 'utf8');
  }
  if (o.json === true) return JSON.stringify({ changed: changes.map((c) => c.path) }, null, 2);
  const done = action === 'merge' ? `merged into "${to}"` : `renamed to "${to}"`;
  const count = `${changes.length} ${changes.length === 1 ? 'note' : 'notes'}`;
  const head = dry ? `${kind} "${from}" ${done} would change ${count} (dry run, nothing written)` : `${kind} "${from}" ${done}: ${count} changed`;
  return [head, ...changes.flatMap((c) => [c.path, ...c.changes.map((line) => `  ${line}`)])].join('\n');
}

/** The id a new topic name would get, to tell whether it is already used in the vault. */
/** A topic the user named, or one line saying that none has that name. */
function knownTopic(index: ConferenceIndex, name: string): string {
  try {
    return findTopic(index, name).id;
  } catch (e) {
    throw e instanceof RangeError ? new InputError(e.message) : e;
  }
}

function findTopicId(index: ConferenceIndex, name: string): string | undefined {
  try {
    return findTopic(index, name).id;
  } catch {
    return undefined;
  }
}
