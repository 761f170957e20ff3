/**
 * Live capture on a phone in real Chromium (390 px, body.is-mobile): "Add
 * slide photo" opens the camera input at once, the photo lands in the vault
 * and is embedded after its timestamp, and the stamps link to the recording.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readFolder } from '../fake-obsidian/load-folder';
import { ARTIFACTS, buildPage, eventually, launch, nextFrame, ROOT } from './page';

const TALK = 'Conferences/FEConf/2024/React 서버 컴포넌트 도입기.md';
/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 390, height: 844 }, timezoneId: 'Europe/London', isMobile: true, hasTouch: true });
  // 12 min 34 s into the 10:30 talk in Seoul; the phone's own zone is London, the event's clocks count.
  await page.clock.setFixedTime(new Date('2024-08-24T10:42:34+09:00'));
  await page.goto(buildPage('live-capture', readFolder(join(ROOT, 'test', 'fixtures', 'trip-vault'))));
  await page.evaluate(() => window.harness.boot());
  await page.evaluate(() => window.harness.setMobile(true));
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

test('a slide photo from the phone camera is saved in the vault and embedded with its timestamp', async () => {
  // The cursor on the last bullet of the notes: the photo becomes the next bullet.
  await page.evaluate((path) => window.harness.openNote(path, 18), TALK);
  expect(await page.evaluate(() => document.body.classList.contains('is-mobile'))).toBe(true);
  const chooser = page.waitForEvent('filechooser');
  await page.evaluate(() => window.harness.run('slide-photo'));
  const input = page.locator('input.conference-notes-photo-input');
  expect(await input.getAttribute('accept')).toBe('image/*');
  expect(await input.getAttribute('capture')).toBe('environment');
  // Chromium opens its picker for the input the command clicked.
  expect((await chooser).isMultiple()).toBe(false);
  await input.setInputFiles({ name: 'IMG_2041.JPG', mimeType: 'image/png', buffer: PNG });

  const name = 'React 서버 컴포넌트 도입기 12-34.png';
  await eventually(async () => expect(await page.evaluate(() => window.harness.editorText())).toContain(`- 중간의 [20:00] 은 그대로\n- [12:34] ![[${name}]]\n`));
  expect(await page.evaluate((p) => window.harness.fileSize(p), name)).toBe(PNG.length);
  expect(await page.locator('input.conference-notes-photo-input').count()).toBe(0);

  // Reading view: the stamps are links to the moment in the recording (video_offset 42 s added).
  await page.evaluate((path) => window.harness.readingView(path), TALK);
  const links = page.locator('.markdown-reading-view a.conference-notes-stamp');
  expect(await links.evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]))).toEqual([
    ['[00:30]', 'https://youtu.be/RSC2024abcd?t=72'],
    ['[12:34]', 'https://youtu.be/RSC2024abcd?t=796'],
    ['[12:34]', 'https://youtu.be/RSC2024abcd?t=796'],
  ]);
  await nextFrame(page);
  await page.screenshot({ path: join(ARTIFACTS, 'live-capture-mobile.png'), fullPage: true });
});
