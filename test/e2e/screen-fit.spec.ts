/**
 * The screens a user works in at a small laptop size (1024×700) and at 1440×900, in English and
 * Korean: tables and forms stay inside their panels, nothing inside them is cut off, and the
 * labels that used to wrap or clip fit. Also: a screen opens at its top, and a version's diff
 * opens on a list that has something in it.
 */
import { expect, test, type Page } from '@playwright/test';
import { startApp, type RunningApp } from './host';
import { openSample } from './screen-tour';

let app: RunningApp;
test.afterEach(async () => app?.stop());

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1440, height: 900 },
];

/**
 * What does not fit around and inside the element `testId`: an ancestor (up to the screen) whose
 * content is wider than its box, and a cell or button whose own text is cut off.
 */
async function misfits(page: Page, testId: string): Promise<string[]> {
  const el = page.getByTestId(testId).first();
  await expect(el).toBeVisible();
  return el.evaluate((root, id) => {
    const name = (e: Element) =>
      `${id}: <${e.tagName.toLowerCase()}${e.getAttribute('data-testid') ? ` ${e.getAttribute('data-testid')}` : ''}${e.className ? ` .${String(e.className).split(' ').join('.')}` : ''}> "${(e.textContent ?? '').trim().slice(0, 30)}"`;
    const found: string[] = [];
    for (
      let e: HTMLElement | null = root as HTMLElement;
      e && !e.dataset.testid?.startsWith('screen-');
      e = e.parentElement
    ) {
      if (e.scrollWidth > e.clientWidth + 1) found.push(`${name(e)} is ${e.scrollWidth}px wide in ${e.clientWidth}px`);
    }
    for (const e of Array.from(root.querySelectorAll<HTMLElement>('th, td, button'))) {
      if (e.scrollWidth > e.clientWidth + 1) found.push(`${name(e)} cut off: ${e.scrollWidth}px in ${e.clientWidth}px`);
    }
    return found;
  }, testId);
}

/** How many lines the text of the element `testId` (or of its parent label) takes. */
async function lineCount(page: Page, testId: string): Promise<number> {
  return page.getByTestId(testId).evaluate((input) => {
    const label = input.closest('label')!;
    const range = document.createRange();
    range.selectNodeContents(label);
    const tops = new Set(
      Array.from(range.getClientRects())
        .filter((r) => r.width > 0 && r.height > 0 && !input.contains(document.elementFromPoint(r.x + 1, r.y + 1)))
        .map((r) => Math.round(r.top)),
    );
    return tops.size;
  });
}

/** Whether the placeholder of the field `testId` is drawn whole inside it. */
async function placeholderFits(page: Page, testId: string): Promise<{ text: number; room: number }> {
  return page.getByTestId(testId).evaluate((input: HTMLInputElement) => {
    const cs = getComputedStyle(input);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = cs.font;
    const room = input.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
    return { text: Math.ceil(ctx.measureText(input.placeholder).width), room };
  });
}

async function openVersionTab(page: Page, version: string, tab: string) {
  await page.getByTestId('tab-data').click();
  await page.getByTestId(`version-digits-${version}`).click();
  await expect(page.getByTestId('version-view')).toHaveAttribute('data-version', `digits@${version}`);
  await page.getByTestId(`vtab-${tab}`).click();
}

async function openRuns(page: Page) {
  await page.getByTestId('tab-runs').click();
  await expect(page.locator('[data-testid="screen-runs"][data-app-state="ready"]')).toBeVisible();
}

for (const language of ['en', 'ko'] as const) {
  test(`in ${language}, the models, batches, run and evaluate panels fit at 1024×700 and 1440×900`, async () => {
    test.setTimeout(150_000);
    app = await startApp();
    const { page } = app;
    await page.getByTestId('language-select').selectOption(language);
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await openSample(page);
    const found: string[] = [];
    for (const size of SIZES) {
      await page.setViewportSize(size);
      const at = (list: string[]) => list.map((p) => `${size.width}×${size.height} ${p}`);

      await openRuns(page);
      await page.getByTestId('runs-models').click();
      found.push(...at(await misfits(page, 'model-list')));

      await page.getByTestId('run-open').first().click();
      await expect(page.getByTestId('run-summary')).toBeVisible();
      found.push(...at(await misfits(page, 'metrics-table')));

      await page.getByTestId('runs-evaluate').click();
      await expect(page.getByTestId('evaluate-form')).toBeVisible();
      const scale = await placeholderFits(page, 'pre-scale');
      if (scale.text > scale.room) found.push(...at([`scale placeholder ${scale.text}px in ${scale.room}px`]));
      const lines = await lineCount(page, 'evaluate-bench');
      if (lines > 2) found.push(...at([`speed check label on ${lines} lines`]));
      found.push(...at(await misfits(page, 'evaluate-form')));

      await openVersionTab(page, 'v3', 'labeling');
      found.push(...at(await misfits(page, 'batches-table')));

      await openVersionTab(page, 'v2', 'labeling');
      await page.getByTestId('batch-edit-LB-2').click();
      found.push(...at(await misfits(page, 'batch-form')));
      // The question and the answer show their whole text: the field grows instead of scrolling.
      for (const field of ['qa-question-0', 'qa-answer-0']) {
        const { scroll, client } = await page
          .getByTestId(field)
          .evaluate((e) => ({ scroll: e.scrollHeight, client: e.clientHeight }));
        if (scroll > client + 1) found.push(...at([`${field} shows ${client}px of ${scroll}px`]));
      }
      await page.getByTestId('batch-cancel').click();
    }
    expect(found).toEqual([]);
  });
}

test('a screen opens at its top, and a relabel-only version opens its diff on the relabeled list', async () => {
  app = await startApp();
  const { page } = app;
  await openSample(page);
  await page.setViewportSize({ width: 1024, height: 700 });

  await openVersionTab(page, 'v3', 'diff');
  await expect(page.getByTestId('diff-count-added')).toHaveAttribute('data-count', '0');
  await expect(page.getByTestId('diff-count-relabeled')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('diff-item').first()).toBeVisible();
  // A list the user picks stays picked, empty or not.
  await page.getByTestId('diff-count-added').click();
  await expect(page.getByTestId('diff-empty')).toBeVisible();
  await expect(page.getByTestId('diff-count-added')).toHaveAttribute('aria-selected', 'true');

  await page.getByTestId('vtab-labeling').click();
  await expect(page.getByTestId('batches-table')).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await openRuns(page);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
});
