#!/usr/bin/env node
/** Entry point of the `conference-notes` command. */
import { runCli } from './node/cli/run';

const code = runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = code;
