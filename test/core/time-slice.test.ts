import { runSliced } from '../../src/core/time-slice';

test('work is cut into slices no longer than the budget, and all of it is done', async () => {
  let now = 0;
  let done = 0;
  const pauses: number[] = [];
  const steps = (function* () {
    for (let i = 0; i < 1000; i++) {
      now += 0.25; // each step costs a quarter of a millisecond
      done++;
      yield;
    }
  })();
  const result = await runSliced(steps, { now: () => now, pause: () => Promise.resolve(void pauses.push(now)) }, 8);
  expect(done).toBe(1000);
  // 16 steps between clock checks: a slice can overrun the budget by at most 16 steps (4 ms here).
  expect(result.longestMs).toBeLessThanOrEqual(8 + 4);
  expect(result.slices).toBe(pauses.length + 1);
  expect(result.slices).toBeGreaterThanOrEqual(250 / 12);
});

test('an empty job is one slice', async () => {
  const result = await runSliced([][Symbol.iterator](), { now: () => 0, pause: () => Promise.resolve() });
  expect(result).toEqual({ slices: 1, longestMs: 0 });
});
