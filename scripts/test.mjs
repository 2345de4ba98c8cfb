/**
 * `npm test`: typecheck, lint, build, unit + integration (vitest), the adversarial suite,
 * end-to-end (Playwright).
 * Every runner's counts are summed into one closing line: `N passed, M failed`.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { runStep } from './run-step.mjs';

const RESULTS = '.test-results';
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

let passed = 0;
let failed = 0;
const lines = [];
const record = (name, p, f, note = '') => {
  passed += p;
  failed += f;
  lines.push(`${name.padEnd(12)} ${p} passed, ${f} failed${note ? `  (${note})` : ''}`);
};
const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

const checks = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['build', 'npm', ['run', '--silent', 'build']],
];
for (const [name, cmd, args] of checks) {
  const code = await runStep(cmd, args);
  record(name, code === 0 ? 1 : 0, code === 0 ? 0 : 1);
}

const vitestCode = await runStep('npx', ['vitest', 'run']);
const vitest = readJson(`${RESULTS}/vitest.json`);
if (vitest) {
  // A file that fails to load has no tests but still fails the run.
  const broken = vitest.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
  record('vitest', vitest.numPassedTests, vitest.numFailedTests + broken);
} else {
  record('vitest', 0, 1, `no results, exit ${vitestCode}`);
}

// The adversarial suite prints what it tried and what held; each of its parts counts once here.
const advCode = await runStep('node', ['--import', 'tsx', 'test/adversarial/run.ts'], {
  env: { ...process.env, ADVERSARIAL_JSON: `${RESULTS}/adversarial.json` },
});
const adversarial = readJson(`${RESULTS}/adversarial.json`);
if (adversarial) record('adversarial', adversarial.passed, adversarial.failed);
else record('adversarial', 0, 1, `no results, exit ${advCode}`);

const e2eCode = await runStep('node', ['scripts/e2e.mjs']);
const e2e = readJson(`${RESULTS}/e2e.json`);
if (e2eCode === 3) {
  record('e2e', 0, 0, 'SKIPPED: no browser');
} else if (e2e) {
  const s = e2e.stats;
  const errors = (e2e.errors ?? []).length;
  record('e2e', s.expected + s.flaky, s.unexpected + errors, s.skipped ? `${s.skipped} skipped` : '');
} else {
  record('e2e', 0, 1, `no results, exit ${e2eCode}`);
}

console.log('\n' + lines.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
