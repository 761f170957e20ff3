/** Usage text and the error kinds that map to exit codes (DESIGN.md §5). */

export const USAGE = `usage: conference-notes <command> <vault> [options]

commands:
  index <vault> [--json]                       events, sessions, topics, speakers, problems
  search <vault> <query> [--json] [--limit N]  find sessions, topics, speakers and events
  related <vault> <note path> [--json] [--limit N]
                                               sessions related to one session
  lint <vault> [--json]                        problems in the vault's notes; exits 1 when there are any
  new <vault> --event <id> --title <text> [--speaker S]… [--topic T]… [--day N] [--time HH:MM]
      [--track T] [--org O] [--template NAME]  write a session note from a template; prints its path
  export <vault> (--session <path> | --event <id> [--day N | --trip-report] | --topic T) --profile jekyll|hugo|markdown|tistory
      [--out DIR] [--force] [--lang auto|ko|en] [--toc]
      [--front-matter TEMPLATE.yaml] [--post-path PATTERN] [--assets-path PATTERN]
                                               a blog post; printed, or written with its images under DIR
                                               (the folder of the blog's repository); front matter and paths
                                               as the template and patterns say ({{title}}, {{date}}, {{slug}},
                                               {{note.KEY}} …), else as the plugin's settings in the vault say;
                                               --trip-report: the event as a recap for a team
  import <vault> <file> [--format frab-json|frab-xml|sessionize|ical|csv] [--event NAME] [--tz ZONE]
      [--template NAME] [--dry-run] [--json] [--mark-cancelled]
                                               a conference programme: the event note and one note per talk;
                                               a re-import updates only what the programme owns
  topic merge|rename <vault> <from> <to> [--dry-run] [--json]
  speaker merge|rename <vault> <from> <to> [--dry-run] [--json]
                                               every note naming <from> names <to>: only the topics:/speakers:
                                               values and #topic/… (#speaker/…) tags change; --json prints
                                               {"changed": [paths]}

A note is named by its vault path, its path on disk or its file name (a name several notes share
is refused, with the candidates). Option values may begin with "-" (--title "-x"); a query or
note that begins with "-" goes after "--".

Output goes to stdout; errors to stderr in one line, with exit code 1 (bad input, a file or folder
that cannot be read or written, a front matter template or path pattern that cannot be used, lint
problems found) or 2 (usage). CONFERENCE_NOTES_DEBUG=1 adds
the stack trace of an unexpected error.`;

/** Wrong command line: exit 2. */
export class UsageError extends Error {}

/** Input that cannot be used (missing vault, unknown note): exit 1. */
export class InputError extends Error {}
