/** The floor as a process of its own, spawned by the benchmark next to the CLI. */
import { readAndCut } from './read-baseline';

process.stdout.write(`${readAndCut(process.argv[2])}\n`);
