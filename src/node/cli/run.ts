/** Parses the command line and runs one command; returns the exit code. */
import { parseArgs } from 'node:util';
import { readLimit } from '../../core/query-output';
import { loadVault, VaultError } from '../vault-reader';
import { indexCommand, lintCommand, relatedCommand, searchCommand } from './commands';
import { exportCommand } from './export-command';
import { newCommand } from './new-command';
import { InputError, USAGE, UsageError } from './usage';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export function runCli(argv: string[], io: Io): number {
  try {
    io.out(dispatch(argv));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`conference-notes: ${e.message}\n${USAGE}`);
      return 2;
    }
    if (e instanceof InputError || e instanceof VaultError) {
      io.err(`conference-notes: ${e.message}`);
      return 1;
    }
    throw e;
  }
}

function dispatch(argv: string[]): string {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        limit: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        event: { type: 'string' },
        title: { type: 'string' },
        speaker: { type: 'string', multiple: true },
        topic: { type: 'string', multiple: true },
        day: { type: 'string' },
        time: { type: 'string' },
        track: { type: 'string' },
        org: { type: 'string' },
        template: { type: 'string' },
        session: { type: 'string' },
        profile: { type: 'string' },
        out: { type: 'string' },
        force: { type: 'boolean' },
        lang: { type: 'string' },
        toc: { type: 'boolean' },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  const [command, root, ...rest] = positionals;
  if (values.help || command === 'help') return USAGE;
  if (command === undefined) throw new UsageError('no command given');
  if (!['index', 'search', 'related', 'lint', 'new', 'export'].includes(command)) throw new UsageError(`unknown command "${command}"`);
  if (root === undefined) throw new UsageError(`${command} needs the vault folder`);
  const asJson = values.json === true;
  const limit = limitArg(values.limit);
  const want = (count: number, what: string): void => {
    if (rest.length !== count) throw new UsageError(count === 0 ? `${command} takes no argument after the vault` : `${command} needs ${what}`);
  };
  if (command === 'index') {
    want(0, '');
    return indexCommand(loadVault(root), asJson);
  }
  if (command === 'export') {
    want(0, '');
    // --topic repeats for `new`; an export takes one topic.
    return exportCommand(loadVault(root), root, { ...values, topic: values.topic?.[0] });
  }
  if (command === 'new') {
    want(0, '');
    return newCommand(loadVault(root), root, values);
  }
  if (command === 'lint') {
    want(0, '');
    return lintCommand(loadVault(root), asJson);
  }
  if (command === 'search') {
    want(1, 'one query (quote it if it has spaces)');
    return searchCommand(loadVault(root), rest[0], limit, asJson);
  }
  want(1, 'one note path');
  return relatedCommand(loadVault(root), root, rest[0], limit, asJson);
}

function limitArg(value: string | undefined): number {
  try {
    return readLimit(value);
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
}
