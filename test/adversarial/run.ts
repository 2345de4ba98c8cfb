/**
 * The adversarial suite: tries to lose a write, corrupt a file, hang or crash the CLI, and get
 * a hostile request past the browser host — and prints, as counts, what it tried and what
 * held. Exit 1 when anything broke. `npm test` runs it at CI size; `npm run fuzz` with
 * FUZZ_RUNS=20000 fuzzes ten times more project files.
 *
 *   node --import tsx test/adversarial/run.ts [part…]   parts: writers kills fuzz http inputs
 */
import { writeFileSync } from 'node:fs';
import { badInputsPart } from './bad-inputs.js';
import { removeChildScript } from './child-process.js';
import { fuzzPart } from './fuzz-files.js';
import { hostilePart } from './hostile-http.js';
import { killsPart } from './kills.js';
import type { PartResult } from './part.js';
import { writersPart } from './writers.js';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

const PARTS: Record<string, () => Promise<PartResult>> = {
  writers: () => writersPart(env('WRITER_ROUNDS', 100)),
  kills: () => killsPart(env('KILLS', 200)),
  fuzz: () => fuzzPart(env('FUZZ_RUNS', 2000)),
  http: () => hostilePart(),
  inputs: () => badInputsPart(),
};

const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(PARTS);
const results: (PartResult & { seconds: number })[] = [];
for (const name of chosen) {
  const part = PARTS[name];
  if (!part) {
    console.error(`unknown part "${name}" (parts: ${Object.keys(PARTS).join(', ')})`);
    process.exit(2);
  }
  const t0 = performance.now();
  const result = await part();
  results.push({ ...result, seconds: (performance.now() - t0) / 1000 });
  const r = results.at(-1)!;
  const fmt = (o: Record<string, number>) =>
    Object.entries(o)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ');
  console.log(`${r.failures.length ? 'FAIL' : 'ok  '} ${r.name} (${r.seconds.toFixed(1)} s)`);
  console.log(`       tried: ${fmt(r.tried)}`);
  console.log(`       held:  ${fmt(r.held)}`);
  for (const f of r.failures) console.log(`       ✗ ${f}`);
}
removeChildScript();
const failed = results.filter((r) => r.failures.length > 0).length;
console.log(`adversarial: ${results.length - failed} parts held, ${failed} broke`);
if (process.env.ADVERSARIAL_JSON) {
  writeFileSync(process.env.ADVERSARIAL_JSON, JSON.stringify({ passed: results.length - failed, failed, results }));
}
process.exit(failed > 0 ? 1 : 0);
