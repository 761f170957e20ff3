/**
 * Pane first paint and filter keystrokes at 10,000 generated sessions, in real
 * Chromium. It records figures for BENCHMARKS.md (artifacts/e2e/ui-perf.json)
 * and asserts no absolute time: machines here are shared and noisy.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { generateVault } from '../../bench/generate';
import { median, percentile } from '../../bench/stats';
import { readFolder } from '../fake-obsidian/load-folder';
import { imeStates } from '../ime';
import { buildPage, launch, openPage, ROOT } from './page';

let browser: Browser;
let page: Page;

afterAll(async () => {
  await browser?.close();
});

test('pane first paint and filter keystrokes at 10,000 sessions', async () => {
  const vault = generateVault(join(ROOT, 'build', 'bench-vaults'), 10_000);
  browser = await launch();
  page = await openPage(browser, buildPage('perf-10k', readFolder(vault.dir)));
  const indexMs = await page.evaluate(() => window.harness.boot());
  const opens: number[] = [];
  for (let i = 0; i < 7; i++) opens.push(await page.evaluate(() => window.harness.timeOpen()));
  const queries = [...imeStates('추천'), ...imeStates('이상탐지'), ...imeStates('강화학습'), 'ㅊㅊ', 'kubernetes', 'matrix factorizaton', 'RecSys', ''];
  const keystrokes: number[] = [];
  for (let round = 0; round < 3; round++) for (const q of queries) keystrokes.push(await page.evaluate((text) => window.harness.timeFilter(text), q));
  const figures = {
    sessions: vault.sessions,
    index_in_browser_ms: Math.round(indexMs),
    first_paint_median_ms: Number(median(opens.slice(1)).toFixed(2)),
    first_paint_max_ms: Number(Math.max(...opens.slice(1)).toFixed(2)),
    keystroke_median_ms: Number(median(keystrokes).toFixed(2)),
    keystroke_p95_ms: Number(percentile(keystrokes, 95).toFixed(2)),
    keystrokes: keystrokes.length,
    chromium: browser.version(),
  };
  mkdirSync(join(ROOT, 'artifacts', 'e2e'), { recursive: true });
  writeFileSync(join(ROOT, 'artifacts', 'e2e', 'ui-perf.json'), `${JSON.stringify(figures, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(figures)}\n`);
  expect(keystrokes.every((ms) => Number.isFinite(ms))).toBe(true);
  expect(await page.evaluate(() => document.querySelectorAll('.conference-notes-row').length)).toBeLessThanOrEqual(200);
}, 180_000);
