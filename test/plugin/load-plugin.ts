/** Loads the plugin into a fake app, as Obsidian does, and runs its commands by id. */
import type { App } from 'obsidian';
import manifest from '../../manifest.json';
import ConferenceNotesPlugin from '../../src/main';
import { MarkdownView, type App as FakeApp } from '../fake-obsidian';

interface Command {
  id: string;
  callback?: () => unknown;
  checkCallback?: (checking: boolean) => unknown;
  editorCallback?: (editor: unknown, view: unknown) => unknown;
  editorCheckCallback?: (checking: boolean, editor: unknown, view: unknown) => unknown;
}

/** The fake's Plugin members the tests use. */
interface FakePlugin {
  data: unknown;
  loading: Promise<void>;
  commands: Command[];
}

/** `data` is what data.json holds. Resolves once the first index build is done. */
export async function loadPlugin(app: FakeApp, data: unknown = null): Promise<{ plugin: ConferenceNotesPlugin; run: (id: string) => Promise<void>; available: (id: string) => boolean }> {
  const plugin = new ConferenceNotesPlugin(app as unknown as App, manifest);
  const fake = plugin as unknown as FakePlugin;
  fake.data = data;
  plugin.load();
  await fake.loading;
  app.workspace.setLayoutReady();
  await plugin.indexService.building;
  const command = (id: string): Command => {
    const c = fake.commands.find((x) => x.id === `${manifest.id}:${id}`);
    if (!c) throw new Error(`no command ${id}`);
    return c;
  };
  /** Runs a command as the palette does and awaits what it returns; work it leaves running, the test polls for. */
  const run = async (id: string): Promise<void> => {
    const c = command(id);
    if (c.callback) await c.callback();
    else if (c.checkCallback) c.checkCallback(false);
    else if (c.editorCheckCallback) {
      const view = app.workspace.getActiveViewOfType(MarkdownView);
      if (view) c.editorCheckCallback(false, view.editor, view);
    } else await c.editorCallback?.(app.workspace.getActiveViewOfType(MarkdownView)?.editor, null);
  };
  /** As the palette asks: editor commands only with a Markdown view in front. */
  const available = (id: string): boolean => {
    const c = command(id);
    if (c.editorCheckCallback) {
      const view = app.workspace.getActiveViewOfType(MarkdownView);
      return view !== null && c.editorCheckCallback(true, view.editor, view) === true;
    }
    return c.checkCallback ? c.checkCallback(true) === true : true;
  };
  return { plugin, run, available };
}
