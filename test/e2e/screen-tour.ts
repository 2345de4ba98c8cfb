/**
 * Every screen of the sample project, one stop at a time: the accessibility check and the
 * layout screenshots walk the same route, so a screen added here is covered by both.
 */
import { expect, type Page } from '@playwright/test';

export interface Stop {
  name: string;
  /** Brings the screen up from anywhere inside the open project and waits until it is drawn. */
  show: (page: Page) => Promise<void>;
}

const ready = (page: Page, testId: string) =>
  expect(page.locator(`[data-testid="${testId}"][data-app-state="ready"]`)).toBeVisible();

const tab = (id: string) => async (page: Page) => {
  await page.getByTestId(`tab-${id}`).click();
  await ready(page, `screen-${id}`);
};

/** Opens the Runs screen on its model list, whatever view it was left on. */
async function runsHome(page: Page) {
  await tab('runs')(page);
  await page.getByTestId('runs-models').click();
  await expect(page.getByTestId('screen-runs')).toHaveAttribute('data-view', 'models');
}

export const STOPS: Stop[] = [
  { name: 'board', show: tab('board') },
  { name: 'overview', show: tab('overview') },
  { name: 'requirements', show: tab('requirements') },
  {
    name: 'data',
    show: async (page) => {
      await tab('data')(page);
      await page.locator('[data-testid="dataset-list"] button[data-testid^="version-"]').first().click();
      await expect(page.locator('[data-testid="dataset-list"] [aria-current="true"]')).toHaveCount(1);
    },
  },
  { name: 'runs', show: runsHome },
  {
    name: 'run-page',
    show: async (page) => {
      await runsHome(page);
      await page.getByTestId('run-open').last().click();
      await expect(page.getByTestId('run-summary')).toBeVisible();
    },
  },
  {
    name: 'compare',
    show: async (page) => {
      await runsHome(page);
      const picks = page.getByTestId('run-pick');
      for (const i of [0, 1]) await picks.nth(i).setChecked(true);
      await page.getByTestId('compare-open').click();
      await expect(page.locator('[data-testid="compare-view"][data-state="ready"]')).toBeVisible();
      for (const i of [0, 1]) await picks.nth(i).setChecked(false);
    },
  },
  {
    name: 'tradeoff',
    show: async (page) => {
      await runsHome(page);
      await page.getByTestId('runs-tradeoff').click();
      await ready(page, 'tradeoff-view');
    },
  },
  { name: 'history', show: tab('history') },
  { name: 'qa', show: tab('qa') },
  { name: 'present', show: tab('present') },
];

/** Opens the sample project from the welcome screen; copying its files takes a while. */
export async function openSample(page: Page) {
  await page.getByTestId('open-sample').click();
  await expect(page.locator('[data-testid="screen-board"][data-app-state="ready"]')).toBeVisible({ timeout: 30_000 });
}
