/**
 * Markup that assistive technology relies on, checked on the sample's screens: definition
 * lists hold only term/definition groups, every form control and column has a name, every
 * screen has a level-one heading, and a region that scrolls sideways can be reached by keyboard.
 */
import { expect, test, type Page } from '@playwright/test';
import { startApp, type RunningApp } from './host';

// One sample, opened once, read by each check in turn (opening it copies ~3,000 files).
test.describe.configure({ mode: 'serial' });
let app: RunningApp;
let page: Page;
test.beforeAll(async () => {
  app = await startApp();
  page = app.page;
  await page.getByTestId('open-sample').click();
  await expect(page.locator('[data-testid="screen-board"][data-app-state="ready"]')).toBeVisible({ timeout: 30_000 });
});
test.afterAll(async () => app?.stop());

/** What is wrong with the page's markup, as readable lines (empty when all is well). */
function problems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const all = (selector: string, root: ParentNode = document) =>
      Array.from(root.querySelectorAll<HTMLElement>(selector));
    const kids = (el: Element) => Array.from(el.children);
    const name = (el: Element | null) => el?.getAttribute('data-testid') ?? el?.outerHTML.slice(0, 80) ?? '';
    const term = (el: Element) => el.tagName === 'DT' || el.tagName === 'DD';
    for (const dl of all('dl')) {
      for (const child of kids(dl)) {
        if (!term(child) && !(child.tagName === 'DIV' && kids(child).every(term)))
          out.push(`dl holds ${child.tagName.toLowerCase()}: ${name(dl)}`);
      }
    }
    // A placeholder is no name: it disappears as soon as something is typed.
    for (const el of all('select, input:not([type="hidden"]), textarea')) {
      const labelled =
        el.closest('label') ??
        el.getAttribute('aria-label') ??
        el.getAttribute('aria-labelledby') ??
        (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
      if (!labelled) out.push(`unnamed control: ${name(el)}`);
    }
    for (const th of all('th')) if (!th.textContent?.trim()) out.push(`empty header: ${name(th.closest('table'))}`);
    if (!document.querySelector('h1')) out.push('no h1');
    for (const el of all('main section, main div')) {
      const scrolls =
        ['auto', 'scroll'].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1;
      if (scrolls && el.tabIndex < 0 && !el.querySelector('a, button, input, select, textarea, [tabindex="0"]'))
        out.push(`scrolls without a keyboard stop: ${el.className}`);
    }
    return out;
  });
}

const SCREENS = ['board', 'overview', 'requirements', 'data', 'runs', 'history', 'qa', 'present'];

for (const viewport of [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
]) {
  test(`every screen of the sample has sound markup at ${viewport.width}×${viewport.height}`, async () => {
    await page.setViewportSize(viewport);
    for (const screen of SCREENS) {
      await page.getByTestId(`tab-${screen}`).click();
      await expect(page.locator(`[data-testid="screen-${screen}"][data-app-state="ready"]`)).toBeVisible();
      expect(await problems(page), screen).toEqual([]);
    }
  });

  test(`a dataset version's samples and a run page have sound markup at ${viewport.width}×${viewport.height}`, async () => {
    await page.setViewportSize(viewport);
    await page.getByTestId('tab-data').click();
    await page.getByTestId('vtab-samples').click();
    await expect(page.getByTestId('sample-browser')).toBeVisible();
    expect(await problems(page), 'samples').toEqual([]);
    await page.getByTestId('tab-runs').click();
    await page.locator('[data-testid="run-row"][data-status="done"] [data-testid="run-open"]').first().click();
    await expect(page.getByTestId('run-summary')).toBeVisible();
    // The sections measure their overflow once laid out at this size.
    await expect.poll(() => problems(page), { message: 'run page' }).toEqual([]);
  });
}
