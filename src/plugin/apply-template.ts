/**
 * "Apply session template": adds the session properties a note lacks (every
 * existing key is kept) and, when the note has no body yet, the template's
 * sections. A note open in an editor (in front or not) is changed through the Editor, so the
 * cursor, selection and undo history stay (a Vault write would reload the
 * editor and lose them); a note that is not open goes through
 * `processFrontMatter` and `Vault.process`.
 */
import { MarkdownView, parseYaml, type App, type Editor, type TFile } from 'obsidian';
import { CURSOR_STOP, renderTemplate } from '../core/capture/render-template';
import { sessionProperties } from '../core/capture/new-session';
import { propertyLines, type PropertyValue } from '../core/note/front-matter-writer';
import { splitFrontMatter } from '../core/note/front-matter-block';
import type { IndexService } from './index-service';
import type { PluginSettings } from './settings';
import { loadTemplate } from './template-source';

type Props = Record<string, PropertyValue | undefined>;

export async function applyTemplate(app: App, service: IndexService, settings: PluginSettings, file: TFile): Promise<void> {
  const template = await loadTemplate(app, settings, settings.defaultTemplate);
  const title = service.index.session(file.path)?.title ?? file.basename;
  const { props, speakers, topics, date } = sessionProperties({ title, speakers: [], topics: [], extra: template.extra }, service.index.catalog, settings, new Date());
  const rendered = renderTemplate(template.body, { title, speakers, topics, date, now: new Date() });
  // The first stop goes back in, so that the jump after it lands on it.
  const body = rendered.cursor === null ? rendered.text : `${rendered.text.slice(0, rendered.cursor)}{{cursor}}${rendered.text.slice(rendered.cursor)}`;
  const view = app.workspace
    .getLeavesOfType('markdown')
    .map((leaf) => leaf.view)
    .find((v): v is MarkdownView => v instanceof MarkdownView && v.file === file);
  if (view) {
    const added = applyInEditor(view.editor, props, body);
    if (added && rendered.cursor !== null) jumpToNextStop(view.editor);
    return;
  }
  await app.fileManager.processFrontMatter(file, (fm: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(props)) if (!(key in fm) && value !== undefined) fm[key] = value;
  });
  await app.vault.process(file, (text) => (splitFrontMatter(text).body.trim() === '' ? withBody(text, body) : text));
}

/** Two insertions, the missing keys before the closing fence and the body at the end: nothing else moves. Returns whether the body went in. */
function applyInEditor(editor: Editor, props: Props, body: string): boolean {
  const text = editor.getValue();
  const { yaml } = splitFrontMatter(text);
  // Invalid YAML throws here, as processFrontMatter does, and the note stays as it was.
  const existing = yaml === null ? {} : ((parseYaml(yaml) as Record<string, unknown> | null) ?? {});
  const lines = propertyLines(Object.fromEntries(Object.entries(props).filter(([key]) => !(key in existing))));
  const addBody = splitFrontMatter(text).body.trim() === '';
  if (addBody) editor.replaceRange(withBody(text, body).slice(text.length), editor.offsetToPos(text.length));
  if (lines.length > 0) {
    const block = lines.map((l) => `${l}\n`).join('');
    if (yaml === null) editor.replaceRange(`---\n${block}---\n`, { line: 0, ch: 0 });
    else editor.replaceRange(block, { line: yaml.split('\n').length + 1, ch: 0 });
  }
  return addBody;
}

function withBody(text: string, body: string): string {
  return text + (text === '' || text.endsWith('\n') ? '' : '\n') + body;
}

/** Removes the lowest-numbered `{{cursor:N}}` left in the note and puts the caret there; false when none is left. */
export function jumpToNextStop(editor: Editor): boolean {
  const text = editor.getValue();
  let best: { at: number; length: number; n: number } | null = null;
  for (const m of text.matchAll(CURSOR_STOP)) {
    const n = m[1] === undefined ? 1 : Number(m[1]);
    if (!best || n < best.n) best = { at: m.index ?? 0, length: m[0].length, n };
  }
  if (!best) return false;
  const from = editor.offsetToPos(best.at);
  editor.replaceRange('', from, editor.offsetToPos(best.at + best.length));
  editor.setCursor(from);
  return true;
}
