/** The new-session form in real Chromium: Korean typed with a real IME composition, a screenshot, the note created. */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, eventually, openSample } from './page';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ browser, page } = await openSample('capture'));
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

test('a session with two speakers and three topics from one form', async () => {
  await page.evaluate(() => window.harness.run('open-topic-index'));
  await page.evaluate(() => window.harness.run('new-session'));
  const chips = page.locator('.modal .conference-notes-chips input');
  await chips.nth(0).fill('ifkakao');
  await chips.nth(0).press('Enter');
  await page.locator('.modal input[name="title"]').fill('TensorRT로 추천 모델 양자화하기');
  await chips.nth(1).fill('루카스');
  await chips.nth(1).press('Enter');
  await chips.nth(1).fill('전상현');
  await chips.nth(1).press('Enter');

  // Topics typed the Korean way: every composition state suggests, the IME Enter adds nothing.
  await chips.nth(2).click();
  const cdp = await page.context().newCDPSession(page);
  for (const state of ['ㅊ', '추', '춫', '추처', '추천']) {
    await cdp.send('Input.imeSetComposition', { text: state, selectionStart: state.length, selectionEnd: state.length });
    await eventually(async () => expect([state, await page.locator('.conference-notes-chip-suggestions').textContent()]).toEqual([state, expect.stringContaining('Recommender systems')]));
  }
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
  await cdp.send('Input.insertText', { text: '추천' });
  expect(await page.locator('.modal .conference-notes-chip').count()).toBe(3);
  await chips.nth(2).press('Enter');
  await chips.nth(2).fill('tensorrt');
  await chips.nth(2).press('Enter');
  await chips.nth(2).fill('양자화');
  await chips.nth(2).press('Enter');
  await page.locator('.modal input[name="day"]').fill('2');
  await page.locator('.modal input[name="time"]').fill('14:00');
  expect(await page.locator('.modal .conference-notes-chip').allTextContents()).toEqual(['if(kakao) 2019×', '김광섭×', '전상현×', 'Recommender systems×', 'TensorRT×', 'Quantization×']);
  await page.locator('.modal').screenshot({ path: join(ARTIFACTS, 'new-session-form.png') });

  await page.locator('.modal button.mod-cta').click();
  await eventually(async () => expect(await page.evaluate(() => window.harness.activeFile())).toBe('Conferences/if(kakao)/2019/TensorRT로 추천 모델 양자화하기.md'));
  await page.locator('.conference-notes-pane input').fill('양자화');
  await page.locator('.conference-notes-group', { hasText: 'Quantization' }).click();
  await eventually(async () => expect((await page.evaluate(() => window.harness.rows())).some((r) => r.includes('TensorRT로 추천 모델 양자화하기'))).toBe(true));
});
