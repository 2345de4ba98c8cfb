/**
 * The bundled Korean face: in Korean every control (buttons, fields, selects, text areas) is
 * drawn in it like the text around it, its files come from the app itself, and no font is
 * fetched from anywhere else.
 */
import { expect, test } from '@playwright/test';
import { startApp, type RunningApp } from './host';

let app: RunningApp;
test.afterEach(async () => app?.stop());

test('Korean text and every control use the bundled Noto Sans KR, served by the app', async () => {
  app = await startApp();
  const { page } = app;
  const fonts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'font') fonts.push(r.url());
  });
  await page.getByTestId('language-select').selectOption('ko');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByTestId('open-sample')).toHaveText('샘플 프로젝트 열기');

  const faces = await page.evaluate(async () => {
    await document.fonts.ready;
    const family = (el: Element) => getComputedStyle(el).fontFamily;
    const controls = Array.from(document.querySelectorAll('button, input, select, textarea'));
    return {
      root: family(document.documentElement),
      controls: [...new Set(controls.map(family))],
      kinds: [...new Set(controls.map((el) => el.tagName.toLowerCase()))].sort(),
      hangulLoaded: document.fonts.check('14px "Noto Sans KR"', '샘플 프로젝트 열기'),
    };
  });
  expect(faces.root.startsWith('"Noto Sans KR"')).toBe(true);
  expect(faces.kinds).toEqual(expect.arrayContaining(['button', 'input', 'select']));
  expect(faces.controls).toEqual([faces.root]);
  expect(faces.hangulLoaded).toBe(true);

  // The Hangul subsets were fetched, all from the app's own origin.
  expect(fonts.length).toBeGreaterThan(0);
  const origin = new URL(page.url()).origin;
  expect(fonts.filter((url) => !url.startsWith(origin))).toEqual([]);
});
