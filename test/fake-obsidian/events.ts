/** Obsidian's `Events`: named listeners with refs that can be detached. */

export interface EventRef {
  owner: Events;
  name: string;
  callback: (...args: unknown[]) => unknown;
  ctx?: unknown;
}

export class Events {
  private listeners = new Map<string, EventRef[]>();

  on(name: string, callback: (...args: unknown[]) => unknown, ctx?: unknown): EventRef {
    const ref: EventRef = { owner: this, name, callback, ctx };
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), ref]);
    return ref;
  }

  off(name: string, callback: (...args: unknown[]) => unknown): void {
    this.listeners.set(name, (this.listeners.get(name) ?? []).filter((r) => r.callback !== callback));
  }

  offref(ref: EventRef): void {
    this.listeners.set(ref.name, (this.listeners.get(ref.name) ?? []).filter((r) => r !== ref));
  }

  trigger(name: string, ...data: unknown[]): void {
    for (const ref of [...(this.listeners.get(name) ?? [])]) this.tryTrigger(ref, data);
  }

  tryTrigger(ref: EventRef, args: unknown[]): void {
    try {
      ref.callback.apply(ref.ctx, args);
    } catch (e) {
      // Obsidian logs listener errors and carries on with the next listener.
      console.error(e);
    }
  }

  /** Test helper: how many listeners a name has. */
  listenerCount(name: string): number {
    return this.listeners.get(name)?.length ?? 0;
  }
}
