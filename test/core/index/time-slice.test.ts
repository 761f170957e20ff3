import { hostPause, runSliced } from '../../../src/core/index/time-slice';

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
  // The clock is read before every step: a slice overruns the budget by at most one step.
  expect(result.longestMs).toBeLessThanOrEqual(8 + 0.25);
  expect(result.slices).toBe(pauses.length + 1);
  expect(result.slices).toBeGreaterThanOrEqual(250 / 8.25);
});

test('an empty job is one slice', async () => {
  const result = await runSliced([][Symbol.iterator](), { now: () => 0, pause: () => Promise.resolve() });
  expect(result).toEqual({ slices: 1, longestMs: 0 });
});

describe('yielding to the host', () => {
  const calls: string[] = [];
  const setTimeout = (handler: () => void): void => {
    calls.push('setTimeout');
    handler();
  };
  beforeEach(() => (calls.length = 0));

  test.each([
    ['scheduler.yield first', { scheduler: { yield: () => Promise.resolve(void calls.push('yield')), postTask: () => Promise.resolve(void calls.push('postTask')) } }, 'yield'],
    ['scheduler.postTask without yield', { scheduler: { postTask: (task: () => void) => Promise.resolve(task()).then(() => void calls.push('postTask')) } }, 'postTask'],
    ['MessageChannel without a scheduler', { MessageChannel }, 'message'],
    ['setTimeout only when nothing else exists', {}, 'setTimeout'],
  ])('%s', async (_name, host, expected) => {
    await hostPause({ setTimeout, ...host })();
    await hostPause({ setTimeout, ...host })();
    expect(calls).toEqual(expected === 'message' ? [] : [expected, expected]);
  });
});
