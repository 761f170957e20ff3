/**
 * A note named on the command line: by vault path, path on disk, or file name
 * (with or without `.md`, NFC or NFD). A name that several notes share
 * (`README` in twelve folders) is ambiguous, and the error lists them.
 */
import { relative, resolve, sep } from 'node:path';
import { basename } from '../../core/note/note-meta';
import type { LoadedVault } from '../vault-reader';
import { InputError } from './usage';

/** How many candidates an ambiguity error lists before "and N more". */
const SHOWN = 10;

export function findSession(vault: LoadedVault, root: string, given: string): string {
  const path = findNote(vault, root, given, (p) => vault.index.session(p) !== undefined);
  if (vault.index.session(path) === undefined) throw new InputError(`not a session note (type: session): ${path}`);
  return path;
}

/**
 * The vault path `given` names. Among notes sharing a name, those `preferred`
 * (sessions, say) win; a name still shared by several is an error.
 */
function findNote(vault: LoadedVault, root: string, given: string, preferred: (path: string) => boolean): string {
  const wanted = given.normalize('NFC').replace(/\\/g, '/');
  const inside = relative(resolve(root), resolve(given)).split(sep).join('/').normalize('NFC');
  const paths = vault.files.map((f) => f.path);
  const exact = [wanted, `${wanted}.md`, inside, `${inside}.md`].find((p) => paths.includes(p));
  if (exact !== undefined) return exact;
  const name = basename(wanted);
  // Obsidian matches names without regard to case; an exact-case match goes first.
  let named = paths.filter((p) => basename(p) === name);
  if (named.length === 0) named = paths.filter((p) => basename(p).toLowerCase() === name.toLowerCase());
  if (named.length > 1 && named.filter(preferred).length > 0) named = named.filter(preferred);
  if (named.length === 1) return named[0];
  if (named.length === 0) throw new InputError(`note not found in the vault: ${given}`);
  const listed = named.slice(0, SHOWN).join(', ') + (named.length > SHOWN ? `, and ${named.length - SHOWN} more` : '');
  throw new InputError(`"${given}" names ${named.length} notes: ${listed}; give its path in the vault`);
}
