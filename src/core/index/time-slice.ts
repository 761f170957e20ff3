/**
 * Runs a generator of small steps in slices of at most `budgetMs`, handing
 * control back between slices, so that a long job (a cold index of 50,000
 * notes, a burst of changes from Sync) never blocks the interface for a whole
 * frame. Reports the longest slice.
 */
export interface SliceClock {
  now(): number;
  /** Resolves after the host had a chance to draw and handle input. */
  pause(): Promise<void>;
}

/** Half a frame: the other half is left for drawing, input and garbage collection. */
export const SLICE_BUDGET_MS = 8;

export async function runSliced(steps: Iterator<unknown>, clock: SliceClock, budgetMs = SLICE_BUDGET_MS): Promise<{ slices: number; longestMs: number }> {
  let slices = 0;
  let longestMs = 0;
  for (;;) {
    const start = clock.now();
    let done = false;
    // One clock read per step: a step may be heavy (a catalog edit re-resolving many sessions).
    while (!done && clock.now() - start < budgetMs) done = steps.next().done === true;
    slices++;
    longestMs = Math.max(longestMs, clock.now() - start);
    if (done) return { slices, longestMs };
    await clock.pause();
  }
}

interface HostScheduler {
  yield?: () => Promise<void>;
  postTask?: (task: () => void, options?: { priority?: 'user-blocking' | 'user-visible' | 'background' }) => Promise<unknown>;
}

interface Host {
  scheduler?: HostScheduler;
  MessageChannel?: typeof MessageChannel;
  setTimeout(handler: () => void, ms: number): unknown;
}

/**
 * The cheapest way for `host` (a window) to yield to input and drawing:
 * `scheduler.yield` or `scheduler.postTask` where present, else a message on a
 * MessageChannel. Never `setTimeout(0)`, which browsers clamp to about 4 ms.
 */
export function hostPause(host: Host): () => Promise<void> {
  const scheduler = host.scheduler;
  if (typeof scheduler?.yield === 'function') return () => scheduler.yield!();
  if (typeof scheduler?.postTask === 'function') return async () => void (await scheduler.postTask!(() => undefined, { priority: 'user-visible' }));
  const Channel = host.MessageChannel;
  if (typeof Channel !== 'function') return () => new Promise((resolve) => host.setTimeout(resolve, 0));
  let channel: MessageChannel | null = null;
  const waiting: (() => void)[] = [];
  return () =>
    new Promise((resolve) => {
      if (!channel) {
        channel = new Channel();
        channel.port1.onmessage = () => waiting.shift()?.();
        // In Node an open port keeps the process alive; a window has no such method.
        (channel.port1 as unknown as { unref?: () => void }).unref?.();
      }
      waiting.push(resolve);
      channel.port2.postMessage(null);
    });
}
