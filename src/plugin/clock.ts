/** The clock the conference day reads: one place, so tests can set the time without waiting. */
export const clock = {
  now: (): number => Date.now(),
};
