/**
 * The modals in real Chromium, in every look (looks.ts): the new-session form
 * with its suggestions open, the export modal (preview and source), the
 * settings tab, the import preview and the talk properties form, saved to
 * artifacts/e2e/; then what can be measured: the selection stays in view, the
 * popover moves nothing, labels name their fields, Escape closes the
 * suggestions before the form, Save and Copy show without scrolling, Tab order.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readFolder } from '../fake-obsidian/load-folder';
import { LOOKS, lookName, openLook, shoot, type Look } from './looks';
import { ARTIFACTS, buildPage, eventually, launch, nextFrame, ROOT } from './page';

const TALK = 'Conferences/if(kakao)/2019/추천 시스템 A to Z (카카오 추천 팀의 3년).md';
const PROGRAMME = 'Programmes/devdays.json';
const DESKTOP: Look = { width: 320, theme: 'light', lang: 'en' };

let browser: Browser;
let url: string;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launch();
  const vault = { ...readFolder(join(ROOT, 'examples', 'vault')), [PROGRAMME]: readFileSync(join(ROOT, 'test', 'fixtures', 'schedules', 'frab.json'), 'utf8') };
  url = buildPage('modals', vault);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const modal = (page: Page) => page.locator('.modal-container .modal').last();
const chipInputs = (page: Page) => page.locator('.modal .conference-notes-chips input');
const popover = (page: Page) => page.locator('.conference-notes-chip-suggestions');

async function closeModals(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('.modal-container').forEach((m) => m.querySelector<HTMLElement>('.modal-close-button')?.click()));
  await page.evaluate(() => document.querySelectorAll('.modal-container').forEach((m) => m.remove()));
}

describe.each(LOOKS.map((look) => [lookName(look), look] as const))('screens in %s', (_name, look) => {
  let page: Page;

  beforeAll(async () => {
    page = await openLook(browser, url, look);
  }, 60_000);

  afterAll(async () => {
    await page?.close();
  });

  test('new-session form, suggestions open', async () => {
    await page.evaluate(() => window.harness.run('new-session'));
    await chipInputs(page).nth(0).fill('ifkakao');
    await chipInputs(page).nth(0).press('Enter');
    await page.locator('.modal input[name="title"]').fill('TensorRT로 추천 모델 양자화하기');
    await chipInputs(page).nth(1).fill('루카');
    await chipInputs(page).nth(1).press('Enter');
    await chipInputs(page).nth(2).fill('추천');
    await eventually(async () => expect(await popover(page).count()).toBe(1));
    await shoot(page, 'modal-new-session', look);
    await closeModals(page);
  });

  test('export modal, preview and source', async () => {
    await page.evaluate((path) => window.harness.open(path), TALK);
    await page.evaluate(() => window.harness.run('export-session'));
    await eventually(async () => expect(await modal(page).locator('.conference-notes-export-body h2').count()).toBeGreaterThan(0));
    await shoot(page, 'modal-export-preview', look);
    await modal(page).locator('button', { hasText: look.lang === 'ko' ? '원문' : 'Source' }).click();
    await eventually(async () => expect(await modal(page).locator('pre').count()).toBe(1));
    await shoot(page, 'modal-export-source', look);
    await closeModals(page);
  });

  test('settings tab', async () => {
    await page.evaluate(() => window.harness.showSettings());
    await shoot(page, 'modal-settings', look);
    // The property names, opened and scrolled to.
    await page.locator('.mod-settings details summary').click();
    await page.locator('.mod-settings details summary').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shoot(page, 'modal-settings-properties', look);
    await closeModals(page);
  });

  test('import preview', async () => {
    await page.evaluate(() => window.harness.run('import-programme'));
    await page.locator('.modal .suggestion-item, .modal .conference-notes-hit', { hasText: 'devdays.json' }).first().click();
    await eventually(async () => expect(await page.locator('.modal .conference-notes-import-section').count()).toBeGreaterThan(0));
    await shoot(page, 'modal-import', look);
    await closeModals(page);
  });

  test('edit talk properties', async () => {
    await page.evaluate((path) => window.harness.open(path), TALK);
    await page.evaluate(() => window.harness.run('edit-talk-properties'));
    await eventually(async () => expect(await modal(page).locator('.conference-notes-chip').count()).toBeGreaterThan(2));
    await shoot(page, 'modal-edit-talk', look);
    await closeModals(page);
  });
});

describe('what can be measured', () => {
  let page: Page;

  beforeAll(async () => {
    page = await openLook(browser, url, DESKTOP);
  }, 60_000);

  afterAll(async () => {
    await page?.close();
  });

  afterEach(async () => {
    await closeModals(page);
  });

  test('the selected suggestion stays in view after 14 presses of ↓ among 50 hits', async () => {
    await page.evaluate(() => window.harness.run('new-session'));
    await chipInputs(page).nth(2).fill('a');
    await eventually(async () => expect(await popover(page).locator('.conference-notes-hit').count()).toBeGreaterThanOrEqual(50));
    for (let i = 0; i < 14; i++) await chipInputs(page).nth(2).press('ArrowDown');
    await nextFrame(page);
    const [list, selected] = await Promise.all([popover(page).boundingBox(), popover(page).locator('.is-selected').boundingBox()]);
    expect(selected!.y).toBeGreaterThanOrEqual(list!.y);
    expect(selected!.y + selected!.height).toBeLessThanOrEqual(list!.y + list!.height + 0.5);
    expect(await popover(page).locator('.conference-notes-hit').nth(14).getAttribute('class')).toContain('is-selected');
  });

  test('the suggestions float: Template and Create do not move', async () => {
    await page.evaluate(() => window.harness.run('new-session'));
    const create = modal(page).locator('button.mod-cta');
    const before = await create.boundingBox();
    await chipInputs(page).nth(1).fill('김');
    await eventually(async () => expect(await popover(page).count()).toBe(1));
    expect(await create.boundingBox()).toEqual(before);
  });

  test('every field has its label', async () => {
    await page.evaluate(() => window.harness.run('new-session'));
    const names = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('.modal input, .modal select')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => el.labels?.[0]?.textContent ?? document.getElementById(el.getAttribute('aria-labelledby') ?? '')?.textContent ?? null),
    );
    expect(names).toEqual(['Event', 'Title', 'Speakers', 'Organization', 'Day', 'Time', 'Track', 'Topics', 'Template']);
  });

  test('Escape in a field closes its suggestions and leaves the form open; a second Escape closes the form', async () => {
    await page.evaluate(() => window.harness.run('new-session'));
    await chipInputs(page).nth(2).fill('추천');
    await eventually(async () => expect(await popover(page).count()).toBe(1));
    await chipInputs(page).nth(2).press('Escape');
    expect([await popover(page).count(), await page.locator('.modal').count(), await chipInputs(page).nth(2).inputValue()]).toEqual([0, 1, '추천']);
    await page.keyboard.press('Escape');
    expect(await page.locator('.modal').count()).toBe(0);
  });

  test('Tab goes through the form in reading order', async () => {
    await page.evaluate(() => window.harness.run('new-session'));
    const order: string[] = [];
    // A time input takes one Tab per part (hours, minutes, AM/PM): the same field again is not a new stop.
    for (let i = 0; i < 20 && order[order.length - 1] !== 'Create'; i++) {
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return el.getAttribute('name') ?? (el.id === '' ? el.textContent : el.id.replace(/^conference-notes-\d+-/, ''));
      });
      if (stop !== order[order.length - 1]) order.push(stop ?? '');
      await page.keyboard.press('Tab');
    }
    expect(order).toEqual(['event', 'title', 'speakers', 'org', 'day', 'time', 'track', 'topics', 'template', 'Create']);
  });

  test('Save and Copy show without scrolling in a 660 px high window, however long the post', async () => {
    await page.setViewportSize({ width: 1000, height: 660 });
    await page.evaluate((path) => window.harness.open(path), TALK);
    await page.evaluate(() => window.harness.run('export-event-day'));
    await eventually(async () => expect(await modal(page).locator('.conference-notes-export-body h2').count()).toBeGreaterThan(2));
    const body = await modal(page).locator('.conference-notes-export-body').evaluate((el) => [el.scrollHeight, el.clientHeight]);
    expect(body[0]).toBeGreaterThan(body[1]);
    for (const name of ['Save to Exports', 'Copy Markdown']) {
      const box = (await modal(page).locator('button', { hasText: name }).boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(660);
      expect(await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.textContent, [box.x + box.width / 2, box.y + box.height / 2])).toBe(name);
    }
    await shoot(page, 'modal-export-660', DESKTOP);
  });
});
