/** The agenda in real headless Chromium, with the browser's clock set during if(kakao) 2019 day 2 in Seoul. */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readFolder } from '../fake-obsidian/load-folder';
import { ARTIFACTS, buildPage, launch, nextFrame, ROOT } from './page';

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage({ viewport: { width: 1000, height: 660 }, timezoneId: 'Asia/Seoul' });
  // 13:20 in Seoul on day 2: the FDS talk (13:00) is on, the 14:00 talks are next.
  await page.clock.install({ time: new Date('2019-08-30T13:20:00+09:00') });
  await page.goto(buildPage('agenda', readFolder(join(ROOT, 'examples', 'vault'))));
  await page.evaluate(() => window.harness.boot());
  await page.evaluate(() => window.harness.run('open-agenda'));
  await page.locator('.conference-notes-agenda .conference-notes-talk').first().waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

test('the agenda opens on the day under way, with the talk on now and the next ones marked', async () => {
  expect(await page.locator('.conference-notes-agenda .is-now').innerText()).toContain('금융사기 잡는 카카오뱅크의 데이터 사이언스');
  const next = await page.locator('.conference-notes-agenda .is-next').allInnerTexts();
  expect(next.some((t) => t.includes('Kubernetes 위에서 추천 모델 서빙하기'))).toBe(true);
  for (const dark of [false, true]) {
    await page.evaluate((d) => window.harness.setTheme(d), dark);
    await nextFrame(page);
    await page.locator('.mod-right-split').screenshot({ path: join(ARTIFACTS, `agenda-${dark ? 'dark' : 'light'}.png`) });
  }
});
