/**
 * The app's API version and what depends on it, as in the real module: APIs
 * newer than the version the fake plays are missing (`getLanguage` from 1.8.7,
 * Bases views from 1.10, `registerCliHandler` from 1.12.2). Tests choose the
 * version with `setApiVersion`; the newest is played by default.
 */
import { Component, Plugin, registerCliHandler } from './plugin';

export let apiVersion = '1.13.1';

let language = 'en';

function getLanguageImpl(): string {
  return language;
}

/** Since 1.8.7: undefined when the fake plays an older app. */
export let getLanguage: (() => string) | undefined = getLanguageImpl;

/** Test helper: Obsidian's language setting. */
export function setLanguage(code: string): void {
  language = code;
}

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

/** Test helper: play an older or newer app; version-gated APIs appear and disappear. */
export function setApiVersion(version: string): void {
  apiVersion = version;
  getLanguage = requireApiVersion('1.8.7') ? getLanguageImpl : undefined;
  const proto = Plugin.prototype as unknown as Record<string, unknown>;
  const gate = (name: string, since: string, fn: unknown): void => {
    if (requireApiVersion(since)) proto[name] = fn;
    else delete proto[name];
  };
  gate('registerBasesView', '1.10.0', registerBasesView);
  gate('registerCliHandler', '1.12.2', registerCliHandler);
}

setApiVersion(apiVersion);
