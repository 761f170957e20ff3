/**
 * Finds a pane of the plugin or opens it in the right sidebar. The view is
 * looked up each time, never kept on the plugin, and a deferred leaf (one
 * Obsidian restored but has not drawn yet) is loaded before it is used.
 */
import type { App, View } from 'obsidian';
import { TopicIndexView, VIEW_TYPE } from './topic-index-view';

export async function revealView<T extends View>(app: App, type: string, kind: abstract new (...args: never[]) => T): Promise<T | null> {
  let leaf = app.workspace.getLeavesOfType(type)[0];
  if (!leaf) {
    const right = app.workspace.getRightLeaf(false);
    if (!right) return null;
    await right.setViewState({ type, active: true });
    leaf = right;
  }
  await app.workspace.revealLeaf(leaf);
  await leaf.loadIfDeferred();
  return leaf.view instanceof kind ? leaf.view : null;
}

export function openTopicIndex(app: App): Promise<TopicIndexView | null> {
  return revealView(app, VIEW_TYPE, TopicIndexView);
}
