/**
 * Runs a generator of small steps in slices of at most `budgetMs`, handing
 * control back between slices, so that a long job (a cold index of 50,000
 * notes) never blocks the interface for a whole frame. Reports the longest slice.
 */
export interface SliceClock {
  now(): number;
  /** Resolves after the host had a chance to draw and handle input. */
  pause(): Promise<void>;
}

export async function runSliced(steps: Iterator<unknown>, clock: SliceClock, budgetMs = 8): Promise<{ slices: number; longestMs: number }> {
  let slices = 0;
  let longestMs = 0;
  for (;;) {
    const start = clock.now();
    let done = false;
    // Checking the clock every few steps keeps its cost out of the hot loop.
    for (let i = 0; !done; i++) {
      done = steps.next().done === true;
      if ((i & 15) === 15 && clock.now() - start >= budgetMs) break;
    }
    slices++;
    longestMs = Math.max(longestMs, clock.now() - start);
    if (done) return { slices, longestMs };
    await clock.pause();
  }
}
