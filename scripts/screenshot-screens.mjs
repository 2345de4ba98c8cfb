/**
 * The screens `npm run screenshots` photographs, in the order a user meets them on the sample
 * project. Each entry opens its screen afresh through the tabs (so entries never depend on one
 * another), waits on the page's own readiness signals, and closes what covers the tabs once
 * photographed.
 */

/** @typedef {import('@playwright/test').Page} Page */
// The functions handed to locator.evaluate run in the page, where these exist.
/* global document, window */

/** A screen's main element once the app says its data is in. */
const ready = (page, screen) => page.locator(`[data-testid="screen-${screen}"][data-app-state="ready"]`).waitFor();

/**
 * Opens a screen afresh: a tab already showing is left and opened again, so what an earlier
 * entry picked or opened there (a run, ticked rows, a form) is gone.
 */
async function openTab(page, screen) {
  const tab = page.getByTestId(`tab-${screen}`);
  if ((await tab.getAttribute('aria-selected')) === 'true') {
    const other = screen === 'overview' ? 'board' : 'overview';
    await page.getByTestId(`tab-${other}`).click();
    await ready(page, other);
  }
  await tab.click();
  await ready(page, screen);
  // The window keeps the previous tab's scroll offset; every shot starts at the top.
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Scrolls the page so `locator` starts just under the sticky top bar. */
async function scrollUnderTopBar(page, locator) {
  await locator.evaluate((el) => {
    const bar = document.querySelector('header')?.getBoundingClientRect().bottom ?? 0;
    window.scrollBy(0, el.getBoundingClientRect().top - bar - 16);
  });
}

/** Data → the newest version of the sample's dataset, on one of its sub-tabs. */
async function openVersionTab(page, tab) {
  await openTab(page, 'data');
  await page.getByTestId('version-view').waitFor();
  await page.getByTestId(`vtab-${tab}`).click();
}

/** Models & runs → the page of the run the board scores (the candidate). */
async function openCandidateRun(page) {
  await openTab(page, 'runs');
  await page.locator('[data-testid="run-row"]:has([data-testid="run-row-candidate"]) [data-testid="run-open"]').click();
  await page.getByTestId('run-summary').waitFor();
}

/**
 * @type {{ name: string, needsProject: boolean, open: (page: Page) => Promise<void>, close?: (page: Page) => Promise<void> }[]}
 */
export const SCREENS = [
  {
    name: 'welcome',
    needsProject: false,
    open: (page) => page.locator('[data-testid="welcome-screen"][data-app-state="ready"]').waitFor(),
  },
  {
    name: 'board',
    needsProject: true,
    open: async (page) => {
      await openTab(page, 'board');
      await page.getByTestId('board-header').waitFor();
    },
  },
  { name: 'overview', needsProject: true, open: (page) => openTab(page, 'overview') },
  {
    name: 'requirements',
    needsProject: true,
    open: async (page) => {
      await openTab(page, 'requirements');
      await page.getByTestId('requirements-table').waitFor();
    },
  },
  {
    // The latency requirement: it names a serving target, so the form shows every part.
    name: 'requirement-form',
    needsProject: true,
    open: async (page) => {
      await openTab(page, 'requirements');
      await page.getByTestId('req-edit-R-3').click();
      await page.getByTestId('requirement-form').waitFor();
    },
  },
  {
    name: 'history',
    needsProject: true,
    open: async (page) => {
      await openTab(page, 'history');
      await page.locator('[data-chart]').first().waitFor();
    },
  },
  {
    // Further down the history: what moved each gap between two iterations.
    name: 'history-attribution',
    needsProject: true,
    open: async (page) => {
      await openTab(page, 'history');
      // The latest step: the iteration that fixed the labels and widened the model.
      const panel = page.getByTestId('attribution-IT-2-IT-3');
      await panel.waitFor();
      await scrollUnderTopBar(page, panel);
    },
  },
  {
    name: 'data',
    needsProject: true,
    open: async (page) => {
      await openVersionTab(page, 'stats');
      await page.getByTestId('stats-panel').waitFor();
    },
  },
  {
    name: 'data-samples',
    needsProject: true,
    open: async (page) => {
      await openVersionTab(page, 'samples');
      await page.getByTestId('sample-tile').first().waitFor();
    },
  },
  {
    name: 'data-diff',
    needsProject: true,
    open: async (page) => {
      await openVersionTab(page, 'diff');
      await page.getByTestId('diff-summary').waitFor();
      // v3 relabeled v2's confused digits: that list is the one worth showing.
      await page.getByTestId('diff-count-relabeled').click();
      await page.getByTestId('diff-item').first().waitFor();
    },
  },
  {
    name: 'data-labeling',
    needsProject: true,
    open: async (page) => {
      await openVersionTab(page, 'labeling');
      await page.getByTestId('batches-table').waitFor();
    },
  },
  {
    // The batch that collected the tilted and blurred photos, opened for editing: vendor,
    // guide, price, quantities and the Q&A that asked for it.
    name: 'data-batch',
    needsProject: true,
    open: async (page) => {
      await openTab(page, 'data');
      await page.getByTestId('version-digits-v2').click();
      await page.locator('[data-testid="version-view"][data-version="digits@v2"]').waitFor();
      await page.getByTestId('vtab-labeling').click();
      await page.getByTestId('batch-edit-LB-2').click();
      await page.getByTestId('batch-form').waitFor();
      await scrollUnderTopBar(page, page.getByTestId('batch-form'));
    },
  },
  {
    name: 'runs',
    needsProject: true,
    open: async (page) => {
      await openTab(page, 'runs');
      await page.getByTestId('model-row').first().waitFor();
    },
  },
  {
    // Adding a model: its file is inspected (inputs, outputs, operators) before it is registered.
    name: 'add-model',
    needsProject: true,
    open: async (page) => {
      await openTab(page, 'runs');
      await page.getByTestId('runs-add-model').click();
      await page.getByTestId('add-model-path').fill('models/mlp-wide.onnx');
      await page.getByTestId('add-model-inspect').click();
      await page.getByTestId('add-model-name').waitFor();
    },
  },
  {
    name: 'run',
    needsProject: true,
    open: async (page) => {
      await openCandidateRun(page);
      // The capacity plan is fetched after the page draws (the sample's runs were all measured under load).
      await page.getByTestId('capacity-panel').waitFor();
    },
  },
  {
    name: 'compare',
    needsProject: true,
    open: async (page) => {
      await openTab(page, 'runs');
      // The step the latest iteration took: the wider model on the relabeled data.
      for (const run of ['RUN-2', 'RUN-3']) {
        await page.locator(`[data-testid="run-row"][data-run="${run}"] [data-testid="run-pick"]`).check();
      }
      await page.getByTestId('compare-open').click();
      await page.locator('[data-testid="compare-view"][data-state="ready"]').waitFor();
    },
  },
  {
    name: 'evaluate',
    needsProject: true,
    open: async (page) => {
      await openTab(page, 'runs');
      await page.getByTestId('runs-evaluate').click();
      await page.getByTestId('evaluate-form').waitFor();
    },
  },
  {
    name: 'tradeoff',
    needsProject: true,
    open: async (page) => {
      await openTab(page, 'runs');
      await page.getByTestId('runs-tradeoff').click();
      await page.locator('[data-testid="tradeoff-view"][data-app-state="ready"]').waitFor();
    },
  },
  { name: 'qa', needsProject: true, open: (page) => openTab(page, 'qa') },
  { name: 'present', needsProject: true, open: (page) => openTab(page, 'present') },
  {
    name: 'report',
    needsProject: true,
    open: async (page) => {
      await openTab(page, 'present');
      await page.getByTestId('preview-report').click();
      const frame = page.frameLocator('[data-testid="report-preview"]');
      await frame.locator('body *').first().waitFor();
    },
  },
  {
    name: 'slides',
    needsProject: true,
    open: async (page) => {
      await openTab(page, 'present');
      await page.getByTestId('present-start').click();
      await page.getByTestId('present-slide').waitFor();
    },
    close: async (page) => {
      await page.getByTestId('present-exit').click();
      await page.getByTestId('presentation').waitFor({ state: 'detached' });
    },
  },
];
