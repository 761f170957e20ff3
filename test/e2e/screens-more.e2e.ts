/**
 * The screens screens-pane and screens-modals leave out, in every look
 * (looks.ts): the new-event form, rename and merge with their preview,
 * "Suggest topics", the prompt (a new name, an address), the trip report and
 * topic page exports, the settings' blog layout with a broken template, the
 * disk export's question and list (desktop only: a phone has no disk), the
 * slide photo dialog and the live capture notices, the `#` and `@` editor
 * suggestions, the Bases timetable, and the empty states. Each screen is saved
 * to artifacts/e2e/ and checked for what can be measured: the modal does not
 * scroll sideways, every field has a name, no text is cut to nothing, no
 * button's text is clipped.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readFolder } from '../fake-obsidian/load-folder';
import { isMobile, LOOKS, lookName, openLook, shoot, type Look } from './looks';
import { ARTIFACTS, buildPage, eventually, launch, ROOT } from './page';

const TALK = 'Conferences/if(kakao)/2019/추천 시스템 A to Z (카카오 추천 팀의 3년).md';
/** A talk whose body names vocabulary topics its properties do not list, for "Suggest topics". */
const UNTAGGED = 'Conferences/DEVIEW/2019/플랫폼 팀 회고.md';
const VAULT = {
  ...readFolder(join(ROOT, 'examples', 'vault')),
  [UNTAGGED]: '---\ntype: session\nevent: "[[DEVIEW 2019]]"\ndate: 2019-10-28\n---\n# 플랫폼 팀 회고\n\nKubernetes 위에서 MLOps 파이프라인을 돌리고, 추천 시스템과 FDS 모델을 서빙했다. Kubernetes 업그레이드 이야기.\n',
};

let browser: Browser;
let url: string;
let emptyUrl: string;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launch();
  url = buildPage('screens-more', VAULT);
  emptyUrl = buildPage('screens-more-empty', {});
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const modal = (page: Page) => page.locator('.modal-container .modal').last();
const ko = (look: Look, en: string, kr: string): string => (look.lang === 'ko' ? kr : en);

/** Picks the item holding `text` in the open pick list. */
async function pick(page: Page, text: string): Promise<void> {
  await page.locator('.modal .suggestion-item', { hasText: text }).first().click();
}

async function closeModals(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('.modal-container').forEach((m) => m.querySelector<HTMLElement>('.modal-close-button')?.click()));
  await page.evaluate(() => document.querySelectorAll('.modal-container').forEach((m) => m.remove()));
}

/**
 * What is measurably wrong inside `selector` (the last match): sideways
 * scrolling, a field without a name (a placeholder is no name), a text cut to
 * nothing, a button whose text does not fit.
 */
function problems(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const root = [...document.querySelectorAll<HTMLElement>(sel)].pop();
    if (!root) return [`nothing matches ${sel}`];
    const out: string[] = [];
    const visible = (el: Element): boolean => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed';
    for (const el of [root, ...root.querySelectorAll<HTMLElement>('.modal-content, .setting-item-control')]) {
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') out.push(`scrolls sideways: ${el.className} (${el.scrollWidth} > ${el.clientWidth})`);
    }
    for (const field of root.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')) {
      if (!visible(field) || field.type === 'hidden' || field.hidden) continue;
      const named = (field.labels?.length ?? 0) > 0 || field.getAttribute('aria-label') || document.getElementById(field.getAttribute('aria-labelledby') ?? '')?.textContent || field.title;
      if (!named) out.push(`no name: ${field.tagName.toLowerCase()}[${field.name || field.type}] "${field.getAttribute('placeholder') ?? ''}"`);
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || (node.textContent ?? '').trim() === '' || !visible(parent) || parent.closest('option, [hidden], details:not([open]) > :not(summary)')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const rect = range.getBoundingClientRect();
      // Cut to nothing: no width, or wholly outside a clipping ancestor.
      let clipped = rect.width < 1;
      for (let a: HTMLElement | null = parent; a && !clipped && a !== document.body; a = a.parentElement) {
        if (getComputedStyle(a).overflowX === 'visible') continue;
        const box = a.getBoundingClientRect();
        clipped = rect.left >= box.right || rect.right <= box.left;
      }
      if (clipped) out.push(`cut to nothing: "${node.textContent?.trim()}"`);
    }
    for (const button of root.querySelectorAll<HTMLElement>('button')) {
      // Too narrow shows as a clipped line, or as a second line a one-line button has no room for ("선/택…").
      if (visible(button) && (button.scrollWidth > button.clientWidth + 1 || button.scrollHeight > button.clientHeight + 1)) out.push(`button text clipped: "${button.textContent}" (${button.scrollWidth}×${button.scrollHeight} > ${button.clientWidth}×${button.clientHeight})`);
    }
    return out;
  }, selector);
}

/** Screenshot of the screen, then nothing measurably wrong in it. */
async function screen(page: Page, name: string, look: Look, selector = '.modal-container .modal'): Promise<void> {
  await shoot(page, name, look, selector === '.modal-container .modal' ? undefined : selector);
  expect(await problems(page, selector)).toEqual([]);
}

describe.each(LOOKS.map((look) => [lookName(look), look] as const))('screens in %s', (_name, look) => {
  let page: Page;

  beforeAll(async () => {
    page = await openLook(browser, url, look);
    await page.evaluate(() => window.harness.fakeDisk([]));
  }, 60_000);

  afterAll(async () => {
    await page?.close();
  });

  afterEach(async () => {
    await closeModals(page);
    await page.evaluate(() => document.querySelectorAll('.notice-container, .harness-editor, .harness-bases').forEach((el) => el.remove()));
  });

  test('new-event form', async () => {
    await page.evaluate(() => window.harness.run('new-event'));
    await page.locator('.modal input[name="name"]').fill('DEVIEW 2026');
    await page.locator('.modal input[name="series"]').fill('DEVIEW');
    await screen(page, 'modal-new-event', look);
  });

  test('rename a topic: the new name, then the preview of changes', async () => {
    await page.evaluate(() => window.harness.run('rename-topic'));
    await shoot(page, 'rename-pick', look);
    // The Korean interface shows topics' Korean names and still finds them by their English names.
    await page.keyboard.type('Recommender');
    await pick(page, ko(look, 'Recommender systems', '추천 시스템'));
    await eventually(async () => expect(await page.locator('.modal input.conference-notes-query').count()).toBe(1));
    await page.locator('.modal input.conference-notes-query').fill(ko(look, 'Recommendation', '추천'));
    await screen(page, 'prompt-rename', look);
    await page.locator('.modal input.conference-notes-query').press('Enter');
    await eventually(async () => expect(await page.locator('.modal .conference-notes-rename-preview > li').count()).toBeGreaterThan(1));
    await screen(page, 'modal-rename-preview', look);
  });

  test('merge a speaker into another: the preview', async () => {
    await page.evaluate(() => window.harness.run('merge-speaker'));
    await pick(page, '김광섭');
    await pick(page, '박지민');
    await eventually(async () => expect(await page.locator('.modal .conference-notes-rename-preview > li').count()).toBeGreaterThan(0));
    await screen(page, 'modal-merge-preview', look);
  });

  test('suggest topics for this note', async () => {
    await page.evaluate((p) => window.harness.open(p), UNTAGGED);
    await page.evaluate(() => window.harness.run('suggest-topics'));
    await eventually(async () => expect(await page.locator('.modal .conference-notes-check').count()).toBeGreaterThan(1));
    await screen(page, 'modal-suggest-topics', look);
  });

  test('prompt: a programme from an address', async () => {
    await page.evaluate(() => window.harness.run('import-programme'));
    await page.locator('.modal .suggestion-item').first().click();
    await page.locator('.modal input[name="url"]').fill('https://example.com/schedule.json');
    await screen(page, 'prompt-url', look);
  });

  test('export: a trip report, a topic page', async () => {
    await page.evaluate(() => window.harness.run('export-trip-report'));
    await pick(page, 'if(kakao) 2019');
    await eventually(async () => expect(await modal(page).locator('.conference-notes-export-body h2').count()).toBeGreaterThan(0));
    await screen(page, 'modal-export-trip', look);
    await closeModals(page);
    await page.evaluate(() => window.harness.run('export-topic'));
    await page.locator('.modal .suggestion-item').first().click();
    await eventually(async () => expect(await modal(page).locator('.conference-notes-export-body h2').count()).toBeGreaterThan(0));
    await screen(page, 'modal-export-topic', look);
  });

  test('settings: blog layout with a broken template; the blog folder on disk', async () => {
    await page.evaluate(() => window.harness.showSettings());
    const group = page.locator('.mod-settings .setting-item-heading', { hasText: ko(look, 'Blog layout', '블로그') }).first();
    await group.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const textarea = page.locator('.mod-settings .setting-item', { has: page.locator('.conference-notes-setting-problem') }).first().locator('textarea');
    await textarea.fill('title: {{title}\ndate: {{date}}\n');
    await textarea.dispatchEvent('input');
    await eventually(async () => expect(await page.locator('.conference-notes-setting-problem').first().innerText()).not.toBe(''));
    await screen(page, 'settings-blog-layout', look, '.modal.mod-settings');
    // The blog folder on disk: chosen with the desktop's folder picker (a phone has none), typed on a phone.
    const disk = page.locator('.mod-settings .setting-item', { has: page.locator('input[placeholder="/home/me/blog"]') });
    await disk.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    if (isMobile(look)) await disk.locator('input').fill('/home/me/blog');
    else await disk.locator('button').click();
    await eventually(async () => expect(await disk.locator('input').inputValue()).toBe('/home/me/blog'));
    // Still where it was: choosing a folder does not scroll the tab back to the top.
    expect(await disk.evaluate((el) => el.getBoundingClientRect().top > 0 && el.getBoundingClientRect().bottom < innerHeight)).toBe(true);
    await screen(page, 'settings-disk-folder', look, '.modal.mod-settings');
    await textarea.fill('');
  });

  test('disk export: what was written, then the question before replacing (desktop)', async () => {
    await page.evaluate((p) => window.harness.open(p), TALK);
    const save = modal(page).locator('button.mod-cta');
    const exportTalk = async (): Promise<void> => {
      await page.evaluate(() => window.harness.run('export-session'));
      await eventually(async () => expect(await modal(page).locator('.conference-notes-export-body h2').count()).toBeGreaterThan(0));
    };
    await exportTalk();
    if (isMobile(look)) {
      // A phone has no disk: the post stays in the vault's export folder.
      expect(await save.innerText()).not.toContain('/home/me/blog');
      return;
    }
    await save.click();
    await eventually(async () => expect(await modal(page).locator('.conference-notes-export-paths li').count()).toBeGreaterThan(0));
    await screen(page, 'modal-disk-written', look);
    await closeModals(page);
    await exportTalk();
    await save.click();
    await eventually(async () => expect(await modal(page).locator('.conference-notes-export-paths li').count()).toBeGreaterThan(0));
    await screen(page, 'modal-disk-ask', look);
  });

  test('slide photo dialog (desktop), live capture notices', async () => {
    await page.evaluate((p) => window.harness.openNote(p, 8), TALK);
    // A phone opens its camera at once (a file input the plugin clicks): there is no screen of the plugin's to see.
    if (!isMobile(look)) {
      await page.evaluate(() => window.harness.run('slide-photo'));
      await eventually(async () => expect(await modal(page).locator('button').count()).toBeGreaterThan(0));
      await screen(page, 'modal-slide-photo', look);
      await closeModals(page);
    }
    // A talk with no time: no stamp; then the timer of a talk with one; then an undo with nothing to undo.
    await page.evaluate((p) => window.harness.openNote(p, 6), UNTAGGED);
    await page.evaluate(() => window.harness.run('insert-timestamp'));
    await page.evaluate((p) => window.harness.openNote(p, 8), TALK);
    await page.evaluate(() => window.harness.run('start-talk-timer'));
    await page.evaluate(() => window.harness.run('undo-rename'));
    await eventually(async () => expect(await page.evaluate(() => window.harness.showNotices(3))).toHaveLength(3));
    await screen(page, 'notices', look, '.notice-container');
  });

  test('editor suggestions for # topics and @ speakers', async () => {
    await page.evaluate((p) => window.harness.open(p), TALK);
    expect((await page.evaluate(() => window.harness.typeInEditor('추천 모델은 #추천'))).length).toBeGreaterThan(0);
    await screen(page, 'editor-suggest-topic', look, '.harness-editor');
    await eventually(async () => expect((await page.evaluate(() => window.harness.typeInEditor('질문: @루카'))).length).toBeGreaterThan(0));
    await screen(page, 'editor-suggest-speaker', look, '.harness-editor');
  });

  test('the timetable Bases view', async () => {
    await page.evaluate(() => window.harness.timetable('Conferences/if(kakao)/2019'));
    await eventually(async () => expect(await page.locator('.conference-notes-timetable-talk').count()).toBeGreaterThan(3));
    await screen(page, 'bases-timetable', look, '.harness-bases');
  });

  test('empty states: search without results; This note with no note open', async () => {
    await page.evaluate(() => window.harness.run('search'));
    await page.keyboard.type('zqxjvw');
    await eventually(async () => expect(await modal(page).innerText()).toMatch(/\S/));
    await screen(page, 'search-none', look);
    await closeModals(page);
    await page.evaluate(() => window.harness.closeNotes());
    await page.evaluate(() => window.harness.run('open-topic-index'));
    await page.locator('.conference-notes-tab').nth(3).click();
    await screen(page, 'pane-note-none', look, '.mod-right-split');
    await page.evaluate(() => window.harness.closePanes());
  });
});

describe.each(LOOKS.map((look) => [lookName(look), look] as const))('an empty vault in %s', (_name, look) => {
  test('the pane says how to start', async () => {
    const page = await openLook(browser, emptyUrl, look);
    await page.evaluate(() => window.harness.run('open-topic-index'));
    await page.locator('.conference-notes-pane').waitFor();
    await screen(page, 'pane-empty', look, '.mod-right-split');
    expect(await page.locator('.mod-right-split').innerText()).toMatch(ko(look, 'No talks yet', '아직'));
    await page.close();
  });
});
