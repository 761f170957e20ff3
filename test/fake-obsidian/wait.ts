/** Test helper: polls until `check` passes, for work the app runs on timers; never sleeps a fixed time. */

/** Runs `check` after each turn of the event loop until it stops throwing; its last error after `ms`. */
export async function waitFor(check: () => unknown, ms = 4000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    try {
      await check();
      return;
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 0));
    }
  }
}
