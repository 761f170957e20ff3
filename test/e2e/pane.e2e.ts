/** The built plugin in real headless Chromium over examples/vault: the pane, Korean input, a click, screenshots. */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ARTIFACTS, eventually, nextFrame, openSample } from './page';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  ({ browser, page } = await openSample('sample'));
  await page.evaluate(() => window.harness.run('open-topic-index'));
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

const rows = (): Promise<string[]> => page.evaluate(() => window.harness.rows());
const filter = (): ReturnType<Page['locator']> => page.locator('.conference-notes-pane input');

test('the pane shows topics that cross events, narrower topics under broader ones', async () => {
  expect(await rows()).toContain('Artificial intelligence2019–202015');
  await page.locator('.conference-notes-group', { hasText: 'Artificial intelligence' }).click();
  await page.locator('.conference-notes-group', { hasText: 'Machine learning' }).click();
  await eventually(async () => expect((await rows()).some((r) => r.endsWith('Recommender systems2019–20204'))).toBe(true));
  await page.locator('.conference-notes-group', { hasText: 'Artificial intelligence' }).click();
});

test('ㅊㅊ typed into the filter finds recommender systems', async () => {
  await filter().click();
  await page.keyboard.type('ㅊㅊ');
  await eventually(async () => expect((await rows())[0]).toBe('Recommender systems2019–20204'));
  await filter().fill('');
});

test('a real composition: every state searches, the IME Enter never acts, then a click opens a talk', async () => {
  await filter().click();
  const cdp = await page.context().newCDPSession(page);
  for (const state of ['ㅊ', '추', '춫', '추처', '추천']) {
    await cdp.send('Input.imeSetComposition', { text: state, selectionStart: state.length, selectionEnd: state.length });
    await eventually(async () => expect([state, (await rows()).some((r) => r.includes('Recommender systems'))]).toEqual([state, true]));
  }
  const composing = await page.evaluate(() => (document.activeElement as HTMLInputElement).value);
  expect(composing).toBe('추천');
  // The Enter that commits a syllable arrives as key code 229.
  await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
  await cdp.send('Input.insertText', { text: '추천' });
  // Once the committed word has been searched, the Enter of the composition has been handled too: it opened nothing.
  await eventually(async () => expect((await rows()).some((r) => r.includes('Recommender systems'))).toBe(true));
  await nextFrame(page);
  expect(await page.evaluate(() => window.harness.activeFile())).toBeNull();

  await page.keyboard.press('Enter');
  await page.locator('.conference-notes-session', { hasText: 'Kubernetes 위에서 추천 모델 서빙하기' }).click();
  await eventually(async () => expect(await page.evaluate(() => window.harness.activeFile())).toBe('Conferences/if(kakao)/2019/Kubernetes 위에서 추천 모델 서빙하기.md'));

  // "This note" now lists the talks related to the one just opened, with their reasons.
  await filter().fill('');
  await page.locator('.conference-notes-tab', { hasText: 'This note' }).click();
  await eventually(async () => expect((await rows())[0]).toMatch(/^.+Topic: (Recommender systems|Kubernetes|MLOps)/));
  const related = await rows();
  expect(related.some((r) => r.includes('Same event'))).toBe(true);
  await page.locator('.mod-right-split').screenshot({ path: join(ARTIFACTS, 'pane-this-note.png') });
  await page.locator('.conference-notes-tab', { hasText: 'Topics' }).click();
});

test('screenshots of the pane in light and dark themes', async () => {
  await filter().fill('');
  await page.evaluate(() => window.harness.run('open-topic-index'));
  for (const dark of [false, true]) {
    await page.evaluate((d) => window.harness.setTheme(d), dark);
    await nextFrame(page);
    await page.locator('.mod-right-split').screenshot({ path: join(ARTIFACTS, `pane-${dark ? 'dark' : 'light'}.png`) });
  }
});
