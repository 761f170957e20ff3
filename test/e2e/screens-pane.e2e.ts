/**
 * The pane, the search box and the pickers in every look (test/e2e/looks.ts):
 * screenshots in artifacts/e2e/ to look at, and the parts of issue 13 that can
 * be measured: the selection stays in view, nothing in "This note" is cut to
 * nothing, desktop rows are list-sized, the tab strip is one line, Tab visits
 * tabs, filter and tree in order, roles are there, counts are readable.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readFolder } from '../fake-obsidian/load-folder';
import { LOOKS, lookName, openLook, shoot, type Look } from './looks';
import { buildPage, eventually, launch, ROOT } from './page';

const TALK = 'Conferences/if(kakao)/2019/Kubernetes 위에서 추천 모델 서빙하기.md';
const SAMPLE = readFolder(join(ROOT, 'examples', 'vault'));

/** The sample vault and 50 meetups with one talk on recommendation each: 50 hits for 추천, 50 more events to pick from. */
function withFiftyMore(): Record<string, string> {
  const vault = { ...SAMPLE };
  for (let i = 1; i <= 50; i++) {
    const n = String(i).padStart(2, '0');
    vault[`Conferences/Meetup/Meetup ${n}.md`] = `---\ntype: event\nstart: 2024-01-${String((i % 28) + 1).padStart(2, '0')}\n---\n# Meetup ${n}\n`;
    vault[`Conferences/Meetup/추천 사례 ${n}.md`] = `---\ntype: session\nevent: "[[Meetup ${n}]]"\ndate: 2024-01-${String((i % 28) + 1).padStart(2, '0')}\nspeakers: ["[[김광섭]]"]\ntopics: [추천 시스템]\n---\n# 추천 사례 ${n}\n`;
  }
  return vault;
}

let browser: Browser;
let sampleUrl: string;

beforeAll(async () => {
  browser = await launch();
  sampleUrl = buildPage('screens-pane', SAMPLE);
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const tab = (page: Page, name: 'topics' | 'speakers' | 'events' | 'note'): Promise<void> => page.locator('.conference-notes-tab').nth(['topics', 'speakers', 'events', 'note'].indexOf(name)).click();

async function paneScreens(page: Page, look: Look): Promise<void> {
  await page.evaluate(() => window.harness.run('open-topic-index'));
  await shoot(page, 'pane-topics-collapsed', look, '.mod-right-split');
  await page.locator('.conference-notes-group').first().click();
  await page.locator('.conference-notes-group').nth(1).click();
  await shoot(page, 'pane-topics', look, '.mod-right-split');
  await tab(page, 'speakers');
  await page.locator('.conference-notes-group').first().click();
  await shoot(page, 'pane-speakers', look, '.mod-right-split');
  await tab(page, 'events');
  await page.locator('.conference-notes-group').first().click();
  await shoot(page, 'pane-events', look, '.mod-right-split');
  await page.evaluate((p) => window.harness.open(p), TALK);
  await tab(page, 'note');
  await eventually(async () => expect(await page.locator('.conference-notes-session').count()).toBeGreaterThan(3));
  // As after a click in the list: the pane has the focus, the selection shows.
  await page.locator('.conference-notes-session').first().focus();
  await shoot(page, 'pane-note', look, '.mod-right-split');
}

async function modalScreens(page: Page, look: Look): Promise<void> {
  await page.evaluate(() => window.harness.run('search'));
  await page.keyboard.type(look.lang === 'ko' ? '추천' : 'recommend');
  await eventually(async () => expect(await page.locator('.modal .conference-notes-hit').count()).toBeGreaterThan(1));
  await page.keyboard.press('ArrowDown');
  await shoot(page, 'search', look);
  await page.keyboard.press('Escape');
  await page.evaluate((p) => window.harness.open(p), TALK);
  await page.evaluate(() => window.harness.run('jump-to-related'));
  await page.locator('.modal .conference-notes-hit').first().waitFor();
  await shoot(page, 'related', look);
  await page.keyboard.press('Escape');
  await page.evaluate(() => window.harness.run('export-topic'));
  await page.locator('.modal .suggestion-item').first().waitFor();
  await shoot(page, 'pick-topic', look);
  await page.keyboard.press('Escape');
}

describe.each(LOOKS.map((look) => [lookName(look), look] as const))('screens in %s', (_name, look) => {
  let page: Page;
  beforeAll(async () => {
    page = await openLook(browser, sampleUrl, look);
  }, 60_000);
  afterAll(async () => {
    await page?.close();
  });

  test('pane tabs, the tree open and closed, This note; search, related talks, a pick list; the agenda', async () => {
    await paneScreens(page, look);
    await modalScreens(page, look);
    expect(await page.locator('.modal').count()).toBe(0);
    // The agenda shares the pane's look.
    await page.evaluate(() => window.harness.closePanes());
    await page.evaluate(() => window.harness.run('open-agenda'));
    await page.locator('.conference-notes-agenda .conference-notes-talk').first().waitFor();
    await shoot(page, 'agenda', look, '.mod-right-split');
    await page.evaluate(() => window.harness.closePanes());
  });

  test('This note: nothing cut to nothing, a header names the note, rows have whole titles as tooltips', async () => {
    await page.evaluate((p) => window.harness.open(p), TALK);
    await page.evaluate(() => window.harness.run('open-topic-index'));
    await tab(page, 'note');
    await eventually(async () => expect(await page.locator('.conference-notes-session').count()).toBeGreaterThan(3));
    const texts = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.conference-notes-pane .conference-notes-tab, .conference-notes-note-header, .conference-notes-session .conference-notes-label, .conference-notes-session .conference-notes-muted')]
        .filter((el) => el.getBoundingClientRect().bottom < document.querySelector('.conference-notes-scroll')!.getBoundingClientRect().bottom)
        .map((el) => ({ text: el.textContent ?? '', width: el.getBoundingClientRect().width })),
    );
    expect(texts.length).toBeGreaterThan(8);
    // Each text keeps at least a few characters' width (the reasons were cut to 0 px before).
    expect(texts.filter((t) => t.text !== '' && t.width < 40)).toEqual([]);
    expect(await page.locator('.conference-notes-note-header').innerText()).toContain('Kubernetes 위에서 추천 모델 서빙하기');
    expect(await page.locator('.conference-notes-session').first().getAttribute('title')).toBeTruthy();
  });

  test('rows are list-sized on desktop and touch-sized on a phone; the tab strip is one line, no tab cut', async () => {
    await tab(page, 'topics');
    const heights = await page.locator('.conference-notes-row').evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
    if (look.width === 320) expect(Math.max(...heights)).toBeLessThanOrEqual(32);
    else expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    const tabs = await page.locator('.conference-notes-tab').evaluateAll((els) => els.map((e) => ({ top: e.getBoundingClientRect().top, cut: e.scrollWidth > e.clientWidth, lines: Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight)) })));
    expect(new Set(tabs.map((t) => t.top)).size).toBe(1);
    expect(tabs.map((t) => t.cut)).toEqual([false, false, false, false]);
    // Years and counts are never cut ("2019–…" before): the label gives way instead.
    const cut = await page.locator('.conference-notes-years, .conference-notes-count').evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth || e.getBoundingClientRect().width === 0).map((e) => e.textContent));
    expect(cut).toEqual([]);
  });

  test('counts are readable: at least 4.5:1 against the pane', async () => {
    const ratio = await page.evaluate(() => {
      const rgb = (c: string): number[] => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: number[]): number => {
        const [r, g, b] = c.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const fg = lum(rgb(getComputedStyle(document.querySelector('.conference-notes-count')!).color));
      const bg = lum(rgb(getComputedStyle(document.querySelector('.mod-right-split')!).backgroundColor));
      return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
    });
    expect(ratio).toBeGreaterThanOrEqual(4.5);
  });
});

describe('keyboard and roles (320 px, light, English)', () => {
  const look: Look = { width: 320, theme: 'light', lang: 'en' };
  let page: Page;
  beforeAll(async () => {
    page = await openLook(browser, buildPage('screens-pane-fifty', withFiftyMore()), look);
  }, 60_000);
  afterAll(async () => {
    await page?.close();
  });

  /** Whether the selected row lies wholly inside the visible part of its scrolling list. */
  const selectedInView = (selector: string, list: string): Promise<{ index: number; inView: boolean }> =>
    page.evaluate(
      ([s, l]) => {
        const rows = [...document.querySelectorAll(`${l} ${s}`)];
        const row = document.querySelector(`${l} ${s}.is-selected`)!;
        const a = row.getBoundingClientRect();
        const b = document.querySelector(l)!.getBoundingClientRect();
        return { index: rows.indexOf(row), inView: a.top >= b.top - 1 && a.bottom <= b.bottom + 1 };
      },
      [selector, list],
    );

  test('14 presses of ↓ over 50 hits: the selected row stays in view, in the search box and in a pick list', async () => {
    await page.evaluate(() => window.harness.run('search'));
    await page.keyboard.type('추천 사례');
    await eventually(async () => expect(await page.locator('.modal .conference-notes-hit').count()).toBe(50));
    for (let i = 0; i < 14; i++) await page.keyboard.press('ArrowDown');
    expect(await selectedInView('.conference-notes-hit', '.conference-notes-hits')).toEqual({ index: 14, inView: true });
    // One-line hits are list-sized on desktop (60 px before: a touch size plus padding).
    const heights = await page.locator('.modal .conference-notes-hit').evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeLessThanOrEqual(32);
    await shoot(page, 'search-fifty', look);
    await page.keyboard.press('Escape');

    await page.evaluate(() => window.harness.run('export-event'));
    await eventually(async () => expect(await page.locator('.modal .suggestion-item').count()).toBeGreaterThanOrEqual(50));
    for (let i = 0; i < 14; i++) await page.keyboard.press('ArrowDown');
    expect(await selectedInView('.suggestion-item', '.prompt-results')).toEqual({ index: 14, inView: true });
    await shoot(page, 'pick-fifty', look);
    await page.keyboard.press('Escape');
  });

  test('Tab goes tab strip, filter, tree; arrows move within each; the focus is visible; roles are there', async () => {
    await page.evaluate(() => window.harness.run('open-topic-index'));
    await page.locator('.conference-notes-tab.is-active').focus();
    const focused = (): Promise<string> =>
      page.evaluate(() => {
        const el = document.activeElement!;
        return `${el.getAttribute('role') ?? el.tagName.toLowerCase()}:${el.getAttribute('aria-label') ?? el.querySelector('.conference-notes-label')?.textContent ?? el.textContent}`;
      });
    expect(await focused()).toBe('tab:Topics');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('tab:Speakers');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('input:Filter the list');
    await page.keyboard.press('Tab');
    expect(await focused()).toBe('treeitem:Artificial intelligence');
    // The focus ring shows after Tab, drawn with Obsidian's focus border colour.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).boxShadow)).not.toBe('none');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('treeitem:DevOps');
    expect(await page.evaluate(() => document.activeElement!.getAttribute('aria-expanded'))).toBe('true');
    await shoot(page, 'pane-keyboard', look, '.mod-right-split');

    const roles = await page.evaluate(() => ({
      tablist: document.querySelectorAll('[role="tablist"] > [role="tab"]').length,
      selectedTabs: document.querySelectorAll('[role="tab"][aria-selected="true"]').length,
      tree: document.querySelector('[role="tree"]')?.getAttribute('aria-labelledby') !== null,
      items: [...document.querySelectorAll('[role="treeitem"]')].every((r) => r.hasAttribute('aria-level') && r.hasAttribute('aria-selected')),
      groups: [...document.querySelectorAll('.conference-notes-group')].every((r) => r.hasAttribute('aria-expanded')),
    }));
    expect(roles).toEqual({ tablist: 4, selectedTabs: 1, tree: true, items: true, groups: true });
  });

  test('a modal closes by its close button and by Escape, as in Obsidian', async () => {
    await page.evaluate(() => window.harness.run('search'));
    await page.locator('.modal-close-button').click();
    expect(await page.locator('.modal').count()).toBe(0);
    await page.evaluate(() => window.harness.run('search'));
    await page.keyboard.press('Escape');
    expect(await page.locator('.modal').count()).toBe(0);
  });

  test('the first row does not look selected while the pane has no focus', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const background = await page.locator('.conference-notes-row.is-selected').evaluate((r) => getComputedStyle(r).backgroundColor);
    expect(background).toBe('rgba(0, 0, 0, 0)');
  });
});
