/**
 * The screens `npm run screenshots` photographs, in the order a user meets them on the sample
 * project. Each entry opens its screen through the tabs (so entries never depend on one another:
 * leaving a tab drops what was opened in it), waits on the page's own readiness signals, and
 * closes what covers the tabs once photographed.
 */

/** @typedef {import('@playwright/test').Page} Page */

/** A screen's main element once the app says its data is in. */
const ready = (page, screen) => page.locator(`[data-testid="screen-${screen}"][data-app-state="ready"]`).waitFor();

async function openTab(page, screen) {
  await page.getByTestId(`tab-${screen}`).click();
  await ready(page, screen);
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
    name: 'runs',
    needsProject: true,
    open: async (page) => {
      await openTab(page, 'runs');
      await page.getByTestId('model-row').first().waitFor();
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
      const rows = page.getByTestId('run-row');
      const count = await rows.count();
      // The last two runs: the step the latest iteration took.
      await rows
        .nth(count - 2)
        .getByTestId('run-pick')
        .check();
      await rows
        .nth(count - 1)
        .getByTestId('run-pick')
        .check();
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
