/**
 * The browser host at an address without its token: a page that says how to open Gapboard,
 * in the browser's language, and nothing else — no welcome screen, no recent files, and not
 * one call to the host's API.
 */
import { expect, test } from '@playwright/test';
import { startApp, type RunningApp } from './host';

let app: RunningApp;
test.afterEach(async () => app?.stop());
test.skip(Boolean(process.env.GAPBOARD_E2E_ELECTRON), 'the desktop app has no address to open');

for (const [locale, title, other] of [
  ['en-US', 'Open Gapboard from the address it printed', 'Gapboard가 출력한 주소로 여세요'],
  ['ko-KR', 'Gapboard가 출력한 주소로 여세요', 'Open Gapboard from the address it printed'],
] as const) {
  test(`without the token, ${locale} gets only how to open Gapboard`, async () => {
    app = await startApp();
    const base = app.url.replace(/#.*$/, '');
    const context = await app.page.context().browser()!.newContext({ locale });
    const page = await context.newPage();
    const apiCalls: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/')) apiCalls.push(r.url());
    });
    await page.goto(base);
    await page.locator('#root[data-app-state="ready"]').waitFor();
    await expect(page.getByTestId('open-hint')).toContainText(title);
    await expect(page.getByTestId('open-hint')).toContainText('gapboard serve');
    await expect(page.getByTestId('open-hint')).not.toContainText(other);
    await expect(page.getByTestId('welcome-screen')).toHaveCount(0);
    await expect(page.getByTestId('menubar')).toHaveCount(0);
    expect(apiCalls).toEqual([]);
    await context.close();
  });
}

test('a token this tab kept from an earlier launch leads to the same page, not to an error', async () => {
  app = await startApp();
  const { page } = app;
  await page.evaluate(() => sessionStorage.setItem('gapboard.token', 'from-an-earlier-launch'));
  await page.goto(app.url.replace(/#.*$/, ''));
  await page.locator('#root[data-app-state="ready"]').waitFor();
  await expect(page.getByTestId('open-hint')).toBeVisible();
  await expect(page.getByTestId('error-banner')).toHaveCount(0);
});
