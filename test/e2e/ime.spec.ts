import path from 'node:path';
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { startApp, type RunningApp } from './host';

let app: RunningApp;
test.afterEach(async () => app?.stop());

/**
 * Types one Hangul syllable the way a Korean input method does: the syllable grows jamo by jamo
 * as an open composition, then is committed.
 */
async function compose(cdp: CDPSession, steps: string[]): Promise<void> {
  for (const text of steps) {
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  }
}

/** Enter as the keyboard sends it (key code 13, with its carriage return), mid-composition. */
async function enterDuringComposition(cdp: CDPSession): Promise<void> {
  for (const type of ['rawKeyDown', 'char', 'keyUp'] as const) {
    await cdp.send('Input.dispatchKeyEvent', {
      type,
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 13,
      nativeVirtualKeyCode: 13,
      ...(type === 'char' ? { text: '\r', unmodifiedText: '\r' } : {}),
    });
  }
}

async function openRequirementForm(page: Page, file: string): Promise<void> {
  await page.getByTestId('new-project-name').fill('IME');
  await page.getByTestId('new-project-path').fill(file);
  await page.getByTestId('create-project').click();
  await page.getByTestId('tab-requirements').click();
  await page.getByTestId('add-requirement').click();
  await page.getByTestId('req-metric').fill('accuracy');
  await page.getByTestId('req-target').fill('0.9');
}

test('Enter during a Korean composition inserts the text once and submits nothing; Enter after it submits once', async () => {
  app = await startApp();
  const { page } = app;
  await openRequirementForm(page, path.join(app.workDir, 'ime.gapboard'));
  const title = page.getByTestId('req-title');
  await title.click();
  const cdp = await page.context().newCDPSession(page);

  // The keydown of an Enter pressed mid-composition reaches the page marked as composing.
  await page.evaluate(() => {
    const seen: boolean[] = [];
    (window as unknown as { enterComposing: boolean[] }).enterComposing = seen;
    window.addEventListener('keydown', (e) => e.key === 'Enter' && seen.push(e.isComposing), true);
  });

  await compose(cdp, ['ㅎ', '하', '한']);
  await enterDuringComposition(cdp);
  await cdp.send('Input.insertText', { text: '한' });
  await compose(cdp, ['ㄱ', '구', '국']);
  await enterDuringComposition(cdp);
  await cdp.send('Input.insertText', { text: '국' });

  const seen = await page.evaluate(() => (window as unknown as { enterComposing: boolean[] }).enterComposing);
  expect(seen).toEqual([true, true]);
  await expect(title).toHaveValue('한국');
  await expect(page.getByTestId('requirement-form')).toBeVisible();
  await expect(page.locator('[data-testid^="requirement-row-"]')).toHaveCount(0);
  await expect(page.getByTestId('dirty-indicator')).toHaveCount(0);

  // With the composition over, Enter is the user's: the form is submitted, once.
  await title.press('Enter');
  await expect(page.getByTestId('requirement-form')).toHaveCount(0);
  await expect(page.locator('[data-testid^="requirement-row-"]')).toHaveCount(1);
  await expect(page.getByTestId('requirement-row-R-1')).toContainText('한국');
});
