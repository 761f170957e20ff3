/**
 * The app's API version and what depends on it: `requireApiVersion`, and
 * Bases views (1.10+), which exist on the plugin only from that version on, as
 * in the app. Tests choose the version with `setApiVersion`.
 */
import { Component, Plugin } from './plugin';

export let apiVersion = '1.8.7';

const parts = (v: string): number[] => v.split('.').map((x) => Number(x) || 0);

/** Whether the running app is at least `version`. */
export function requireApiVersion(version: string): boolean {
  const [have, want] = [parts(apiVersion), parts(version)];
  for (let i = 0; i < Math.max(have.length, want.length); i++) {
    if ((have[i] ?? 0) !== (want[i] ?? 0)) return (have[i] ?? 0) > (want[i] ?? 0);
  }
  return true;
}

export interface BasesViewRegistration {
  name: string;
  icon: string;
  factory: (controller: unknown, containerEl: HTMLElement) => unknown;
}

/** Test helper: registrations by plugin, as Bases keeps them. */
export const basesViews = new Map<string, BasesViewRegistration>();

/** The base class of Bases views: a component with the app, its config and the latest query result. */
export abstract class BasesView extends Component {
  app: unknown;
  config: unknown;
  data: unknown = null;
  allProperties: string[] = [];

  protected constructor(controller: { app?: unknown; config?: unknown }) {
    super();
    this.app = controller.app;
    this.config = controller.config;
  }

  abstract onDataUpdated(): void;
}

function registerBasesView(this: Plugin, id: string, registration: BasesViewRegistration): boolean {
  basesViews.set(id, registration);
  this.register(() => basesViews.delete(id));
  return true;
}

/** Test helper: the app's version; from 1.10.0 plugins can register Bases views. */
export function setApiVersion(version: string): void {
  apiVersion = version;
  const proto = Plugin.prototype as unknown as Record<string, unknown>;
  if (requireApiVersion('1.10.0')) proto.registerBasesView = registerBasesView;
  else delete proto.registerBasesView;
}
