#!/usr/bin/env node
/** Entry point of the `conference-notes` command. */
import { runCli } from './node/cli/run';
import { systemErrorLine } from './node/system-error';

// A reader that stops early (`| head`) closes the pipe: that is no error, and never a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: Error & { code?: string }) => {
    if (e.code !== 'EPIPE' && stream === process.stdout) process.stderr.write(`conference-notes: ${systemErrorLine(e) ?? e.message}\n`);
    process.exit(e.code === 'EPIPE' ? process.exitCode ?? 0 : 1);
  });
}

const code = runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = code;
