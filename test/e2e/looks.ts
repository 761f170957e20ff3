/**
 * The looks every screen is judged in (issue 13): a 320 px desktop sidebar
 * and a 390 px phone (`body.is-mobile`), light and dark, English and Korean.
 * A look travels to the page in its URL, so the harness sets language, platform
 * and theme before the plugin loads, as Obsidian has them before a plugin starts.
 */
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { ARTIFACTS, nextFrame } from './page';

export interface Look {
  /** 320: desktop window with a 320 px right sidebar; 390: a phone, the sidebar as wide as the screen. */
  width: 320 | 390;
  theme: 'light' | 'dark';
  lang: 'en' | 'ko';
}

export const WIDTHS: readonly Look['width'][] = [320, 390];
export const THEMES: readonly Look['theme'][] = ['light', 'dark'];
export const LANGS: readonly Look['lang'][] = ['en', 'ko'];

/** All eight looks, width first. */
export const LOOKS: readonly Look[] = WIDTHS.flatMap((width) => THEMES.flatMap((theme) => LANGS.map((lang) => ({ width, theme, lang }))));

export const isMobile = (look: Look): boolean => look.width === 390;

/** `<width>-<theme>-<lang>`, as in the screenshot names and test titles. */
export const lookName = (look: Look): string => `${look.width}-${look.theme}-${look.lang}`;

/** The page's URL for a look (`url` from `buildPage`). */
export function lookUrl(url: string, look: Look): string {
  const params = new URLSearchParams({ theme: look.theme, lang: look.lang, sidebar: String(look.width), mobile: isMobile(look) ? '1' : '0' });
  return `${url}?${params.toString()}`;
}

/** Opens the harness page (`url` from `buildPage`) in a look and boots the plugin. */
export async function openLook(browser: Browser, url: string, look: Look): Promise<Page> {
  const viewport = isMobile(look) ? { width: 390, height: 844 } : { width: 1000, height: 700 };
  const page = await browser.newPage({ viewport, deviceScaleFactor: 1, isMobile: isMobile(look), hasTouch: isMobile(look) });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(lookUrl(url, look));
  if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
  await page.evaluate(() => window.harness.boot());
  return page;
}

/** Path of a screen's screenshot: `artifacts/e2e/<screen>-<width>-<theme>-<lang>.png`. */
export const shotPath = (screen: string, look: Look): string => join(ARTIFACTS, `${screen}-${lookName(look)}.png`);

/**
 * Saves a screenshot of a screen in a look after the next frame: of `target`
 * when given (e.g. `.mod-right-split`, `.modal`), else of the whole window.
 */
export async function shoot(page: Page, screen: string, look: Look, target?: string | Locator): Promise<string> {
  await nextFrame(page);
  const path = shotPath(screen, look);
  const locator = typeof target === 'string' ? page.locator(target).last() : target;
  if (locator) await locator.screenshot({ path });
  else await page.screenshot({ path });
  return path;
}
