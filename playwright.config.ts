import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  // Generous waits: CI has two cores and each test runs a host, a browser and onnxruntime.
  expect: { timeout: 20_000 },
  // Each test starts its own host and browser; two at once fit two cores.
  workers: 2,
  fullyParallel: true,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '.test-results/e2e.json' }]],
  use: { trace: 'off', screenshot: 'only-on-failure' },
  outputDir: '.test-results/e2e-artifacts',
});
