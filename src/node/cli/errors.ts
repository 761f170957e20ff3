/**
 * Any failure as one line for stderr. Errors the CLI expects carry their own
 * message; system errors (a folder that became unreadable, a file removed
 * while the vault was read, a full disk) are named by what failed and where;
 * anything else is a bug, reported in one line that says how to see more.
 */
import { messageOf, systemErrorLine } from '../system-error';

/** The environment variable that adds the stack of an unexpected error. */
export const DEBUG_ENV = 'CONFERENCE_NOTES_DEBUG';

/** The one line for an error no command expected: a bug, or the system failing. */
export function unexpectedLine(e: unknown): string {
  const system = systemErrorLine(e);
  if (system !== undefined) return system;
  return `internal error: ${messageOf(e).split('\n')[0]} (set ${DEBUG_ENV}=1 to see where)`;
}
