/** The templates a user can pick: the built-in ones and the notes in the template folder. */
import { parseYaml, TFile, TFolder, type App } from 'obsidian';
import { BUILTIN_TEMPLATES } from '../core/capture/builtin-templates';
import { builtinTemplate, readUserTemplate, type ResolvedTemplate } from '../core/capture/templates';
import type { CoreSettings } from '../core/note/settings';

export interface TemplateChoice {
  id: string;
  name: string;
}

export function templateChoices(app: App, settings: CoreSettings): TemplateChoice[] {
  const choices: TemplateChoice[] = BUILTIN_TEMPLATES.map((t) => ({ id: t.id, name: t.name }));
  const folder = settings.templateFolder === '' ? null : app.vault.getFolderByPath(settings.templateFolder);
  if (folder instanceof TFolder) {
    for (const child of folder.children) if (child instanceof TFile && child.extension === 'md') choices.push({ id: child.basename, name: child.basename });
  }
  return choices;
}

export async function loadTemplate(app: App, settings: CoreSettings, id: string): Promise<ResolvedTemplate> {
  const builtin = builtinTemplate(id);
  if (builtin) return { body: builtin.body, extra: {} };
  const file = app.vault.getFileByPath(`${settings.templateFolder}/${id}.md`);
  if (!file) return { body: builtinTemplate('talk-ko')?.body ?? '', extra: {} };
  return readUserTemplate(await app.vault.cachedRead(file), (yaml) => parseYaml(yaml) as unknown);
}
