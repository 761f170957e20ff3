/** A new event hub note: its front matter, a live list of its talks, a free path. */
import type { CoreSettings } from '../note/settings';
import { frontMatter } from '../note/front-matter-writer';
import type { EventFields } from '../note/model';
import type { NewNote } from './new-session';
import { expandFolder, safeFileName, uniquePath } from './safe-file-name';

export interface EventForm extends EventFields {
  name: string;
}

/** `NDC 2025` → series `NDC`, edition `2025`; other names are their own series. */
export function guessSeries(name: string): { series: string; edition?: string } {
  const m = /^(.*?)\s*(\d{4})$/.exec(name.trim());
  return m && m[1] !== '' ? { series: m[1], edition: m[2] } : { series: name.trim() };
}

export function buildEventNote(form: EventForm, settings: CoreSettings, exists: (path: string) => boolean): NewNote {
  const p = settings.props;
  const guess = guessSeries(form.name);
  const series = form.series || guess.series;
  const edition = form.edition || guess.edition;
  const props = { [p.type]: 'event', [p.series]: series, [p.edition]: edition, [p.start]: form.start || undefined, [p.end]: form.end || undefined, [p.venue]: form.venue || undefined, [p.url]: form.url || undefined, [p.timeZone]: form.timeZone || undefined, [p.aliases]: [] as string[] };
  const name = safeFileName(form.name, 'Untitled event');
  const body = `# ${form.name.replace(/\s*\n\s*/g, ' ')}\n\n\`\`\`conference-sessions\n\`\`\`\n`;
  const folder = expandFolder(settings.eventFolderPattern, { series, edition, event: name });
  return { path: uniquePath(folder, name, exists), text: frontMatter(props) + body, cursor: null };
}
