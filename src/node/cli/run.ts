/** Parses the command line and runs one command; returns the exit code. */
import { parseArgs } from 'node:util';
import { readLimit } from '../../core/search/query-output';
import { loadVault, VaultError } from '../vault-reader';
import { indexCommand, lintCommand, lintProblems, relatedCommand, searchCommand } from './commands';
import { exportCommand } from './export-command';
import { importCommand } from './import-command';
import { newCommand } from './new-command';
import { renameCommand } from './rename-command';
import { messageOf } from '../system-error';
import { DEBUG_ENV, unexpectedLine } from './errors';
import { InputError, USAGE, UsageError } from './usage';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export function runCli(argv: string[], io: Io, env: Record<string, string | undefined> = process.env): number {
  try {
    const result = dispatch(argv, (line) => io.err(`conference-notes: ${line}`));
    if (typeof result === 'string') {
      io.out(result);
      return 0;
    }
    io.out(result.text);
    return result.code;
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`conference-notes: ${e.message}\n${USAGE}`);
      return 2;
    }
    if (e instanceof InputError || e instanceof VaultError) {
      io.err(`conference-notes: ${e.message}`);
      return 1;
    }
    // Never a stack trace for the user; one for whoever hunts the bug.
    io.err(`conference-notes: ${unexpectedLine(e)}`);
    const stack = typeof e === 'object' && e !== null ? (e as { stack?: unknown }).stack : undefined;
    if (env[DEBUG_ENV] === '1' && typeof stack === 'string') io.err(stack);
    return 1;
  }
}

const OPTIONS = {
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
  'trip-report': { type: 'boolean' },
  format: { type: 'string' },
  tz: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'mark-cancelled': { type: 'boolean' },
  'front-matter': { type: 'string' },
  'post-path': { type: 'string' },
  'assets-path': { type: 'string' },
} as const;

/**
 * `--title "- a dash first"`: node's parser takes a value starting with `-`
 * for another option, so a string option is joined with the argument after it
 * (`--title=- a dash first`), as getopt does. After `--`, nothing is touched.
 */
export function joinOptionValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') return [...out, ...argv.slice(i)];
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    if (name !== undefined && i + 1 < argv.length && Object.prototype.hasOwnProperty.call(OPTIONS, name) && OPTIONS[name as keyof typeof OPTIONS].type === 'string') {
      out.push(`${arg}=${argv[++i]}`);
    } else out.push(arg);
  }
  return out;
}

/** What a command prints, and its exit code when that is not 0 (lint finding problems). */
type Outcome = string | { text: string; code: number };

function dispatch(argv: string[], notice: (line: string) => void): Outcome {
  let parsed;
  try {
    parsed = parseArgs({ args: joinOptionValues(argv), allowPositionals: true, options: OPTIONS });
  } catch (e) {
    throw new UsageError(messageOf(e));
  }
  const { values, positionals } = parsed;
  const [command, root, ...rest] = positionals;
  if (values.help || command === 'help') return USAGE;
  if (command === undefined) throw new UsageError('no command given');
  if (command === 'topic' || command === 'speaker') return renameCommand(command, positionals.slice(1), values);
  if (!['index', 'search', 'related', 'lint', 'new', 'export', 'import'].includes(command)) throw new UsageError(`unknown command "${command}"`);
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
    return exportCommand(loadVault(root), root, { ...values, topic: values.topic?.[0], tripReport: values['trip-report'] }, notice);
  }
  if (command === 'new') {
    want(0, '');
    return newCommand(loadVault(root), root, values);
  }
  if (command === 'import') {
    want(1, 'the programme file');
    return importCommand(loadVault(root), root, rest[0], values);
  }
  if (command === 'lint') {
    want(0, '');
    const problems = lintProblems(loadVault(root));
    return { text: lintCommand(problems, asJson), code: problems.length > 0 ? 1 : 0 };
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
    throw new UsageError(messageOf(e));
  }
}
