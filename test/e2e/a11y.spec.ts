/**
 * Accessibility of every screen of the sample project, in both themes and both languages:
 * axe-core finds no serious or critical violation (colour contrast included). One app per
 * theme and language; the screens are visited in place, so each check costs one page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, test, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { startApp, type RunningApp } from './host';
import { openSample, STOPS } from './screen-tour';

let app: RunningApp;
test.afterEach(async () => app?.stop());

// axe is evaluated into the page (not added as a script tag, which the page's CSP refuses);
// this works the same in the browser host and in Electron, where no second page can be opened.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const OPTIONS: RunOptions = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } };

/** The serious and critical findings on the page as it is now, one line each. */
async function findings(page: Page, where: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const { violations } = await page.evaluate(
    // Notices come and go with timing; they are checked where they are raised.
    (options) =>
      (window as unknown as { axe: { run: (c: object, o: RunOptions) => Promise<AxeResults> } }).axe.run(
        { exclude: [['.notices']] },
        options,
      ),
    OPTIONS,
  );
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${where}: ${v.id} — ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim()}`),
    );
}

for (const language of ['en', 'ko'] as const) {
  for (const theme of ['light', 'dark'] as const) {
    test(`every screen in ${language}, ${theme} theme, has no serious or critical axe violation`, async () => {
      test.setTimeout(150_000);
      app = await startApp();
      const { page } = app;
      await page.getByTestId('language-select').selectOption(language);
      await page.getByTestId('theme-select').selectOption(theme);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.locator('html')).toHaveAttribute('lang', language);
      const found = await findings(page, 'welcome');
      await openSample(page);
      for (const stop of STOPS) {
        await stop.show(page);
        found.push(...(await findings(page, stop.name)));
      }
      expect(found).toEqual([]);
    });
  }
}
