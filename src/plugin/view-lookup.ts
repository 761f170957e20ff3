/**
 * Finds the topic index pane or opens it in the right sidebar. The view is
 * looked up each time, never kept on the plugin, and a deferred leaf (one
 * Obsidian restored but has not drawn yet) is loaded before it is used.
 */
import type { App } from 'obsidian';
import { TopicIndexView, VIEW_TYPE } from './topic-index-view';

export async function openTopicIndex(app: App): Promise<TopicIndexView | null> {
  let leaf = app.workspace.getLeavesOfType(VIEW_TYPE)[0];
  if (!leaf) {
    const right = app.workspace.getRightLeaf(false);
    if (!right) return null;
    await right.setViewState({ type: VIEW_TYPE, active: true });
    leaf = right;
  }
  await app.workspace.revealLeaf(leaf);
  await leaf.loadIfDeferred();
  return leaf.view instanceof TopicIndexView ? leaf.view : null;
}
