/** Loads the plugin into a fake app, as Obsidian does, and runs its commands by id. */
import type { App } from 'obsidian';
import manifest from '../../manifest.json';
import ConferenceNotesPlugin from '../../src/main';
import { MarkdownView, settle, type App as FakeApp } from '../fake-obsidian';

interface Command {
  id: string;
  callback?: () => unknown;
  checkCallback?: (checking: boolean) => unknown;
  editorCallback?: (editor: unknown, view: unknown) => unknown;
}

export async function loadPlugin(app: FakeApp): Promise<{ plugin: ConferenceNotesPlugin; run: (id: string) => Promise<void> }> {
  const plugin = new ConferenceNotesPlugin(app as unknown as App, manifest);
  plugin.load();
  await settle();
  app.workspace.setLayoutReady();
  await plugin.indexService.building;
  const commands = (plugin as unknown as { commands: Command[] }).commands;
  const run = async (id: string): Promise<void> => {
    const c = commands.find((x) => x.id === `${manifest.id}:${id}`);
    if (!c) throw new Error(`no command ${id}`);
    if (c.callback) c.callback();
    else if (c.checkCallback) c.checkCallback(false);
    else c.editorCallback?.(app.workspace.getActiveViewOfType(MarkdownView)?.editor, null);
    await settle();
  };
  return { plugin, run };
}
