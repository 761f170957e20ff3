/** Runs the CLI in-process and captures what it prints. */
import { runCli } from '../../src/node/cli/run';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export function run(...argv: string[]): CliRun {
  return runWith({}, ...argv);
}

/** With an environment of its own (for CONFERENCE_NOTES_DEBUG). */
export function runWith(env: Record<string, string>, ...argv: string[]): CliRun {
  let out = '';
  let err = '';
  const code = runCli(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) }, env);
  return { code, out, err };
}

/** A stack trace line, which the user must never see. */
export const STACK_LINE = /^\s+at /m;
