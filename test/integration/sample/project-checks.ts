/**
 * The sample project's contents, run by sample-generator.test.ts on the assets it has
 * just regenerated (generating takes ~25 s; once is enough). Building `digits.gapboard` from
 * them through Gapboard's core gives the committed `sample/` — the
 * same files, manifests and quality metrics (speed figures are this machine's and differ) —
 * its scorecards close gaps over three iterations with one left open, and using it through
 * "Open sample project" never modifies the committed copy.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JobInfo } from '../../../shared/contract.js';
import { createCore } from '../../../main/core/app/core-factory.js';
import { createMemoryPrefs } from '../../../main/core/app/prefs.js';
import type { ProjectDocument, Run } from '../../../shared/schema.js';
import { ProjectSession } from '../../../main/core/project/session.js';
import { checkStore } from '../../../main/core/store/check.js';
import { storeDirFor } from '../../../main/core/store/layout.js';
import { referencedStoreHashes } from '../../../main/core/store/references.js';
import { isHardwareMetric } from '../../../shared/metric-keys.js';
import { ASSETS_FILE, type SampleAssets } from '../../../sample-generator/index.js';
import { buildSampleProject, PROJECT_FILE } from '../../../sample-generator/build-project.js';

const SAMPLE = path.join(import.meta.dirname, '../../../sample');
const LONG = 300_000;
const NOW = () => '2026-01-02T03:04:05.000Z';


const sha = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

async function readDoc(file: string): Promise<ProjectDocument> {
  const s = await ProjectSession.open(file, { now: NOW, readOnly: true });
  await s.close();
  return s.doc;
}

/** What a run must reproduce anywhere: everything but what the machine measured. */
function reproducible(run: Run) {
  const { durationMs: _d, environment: _e, latencyHistogram: _h, flags: _f, metrics, intervals, ...rest } = run;
  return {
    ...rest,
    metrics: Object.fromEntries(Object.entries(metrics).filter(([k]) => !isHardwareMetric(k))),
    speedKeys: Object.keys(metrics).filter(isHardwareMetric).sort(),
    intervals: Object.fromEntries(Object.entries(intervals ?? {}).filter(([k]) => !isHardwareMetric(k))),
  };
}

/**
 * Builds the project next to freshly generated assets (in `ctx().dir`, after the generator's
 * own checks ran) and compares it with the committed sample.
 */
export function sampleProjectSuite(ctx: () => { dir: string; assets: SampleAssets }): void {
  let dir: string;
  let assets: SampleAssets;
  let built: ProjectDocument;
  let committed: ProjectDocument;

  beforeAll(async () => {
    ({ dir, assets } = ctx());
    // A short speed pass: the figures are machine-specific and not compared.
    await buildSampleProject(dir, assets, { speed: { maxSeconds: 0.5, queries: 200, batches: [1, 32] } });
    built = await readDoc(path.join(dir, PROJECT_FILE));
    committed = await readDoc(path.join(SAMPLE, PROJECT_FILE));
  }, LONG);

describe('the committed sample', () => {
  it('is what the generator writes: same assets description, manifests and model files', async () => {
    expect(await readFile(path.join(dir, ASSETS_FILE), 'utf8')).toBe(await readFile(path.join(SAMPLE, ASSETS_FILE), 'utf8'));
    for (const v of assets.dataset.versions) {
      expect(sha(await readFile(path.join(SAMPLE, v.manifest))), v.manifest).toBe(
        sha(await readFile(path.join(dir, v.manifest))),
      );
    }
    for (const m of assets.models) expect(sha(await readFile(path.join(SAMPLE, m.file))), m.file).toBe(m.sha256);
  });

  it('is schema 2: its per-sample data sits in digits.store, which holds exactly the files it links, intact', async () => {
    const file = path.join(SAMPLE, PROJECT_FILE);
    expect((JSON.parse(await readFile(file, 'utf8')) as { schemaVersion: unknown }).schemaVersion).toBe(2);
    const linked = [...referencedStoreHashes(committed)].map((h) => `${h}.parquet`).sort();
    // Three manifests and three runs' predictions (v2 and v3 share no manifest: v3 relabels).
    expect(linked).toHaveLength(6);
    expect((await readdir(storeDirFor(file))).sort()).toEqual(linked);
    expect(await checkStore(committed, storeDirFor(file))).toEqual({ checked: 6, problems: [] });
  });

  it('has the same project document apart from what a machine measures', () => {
    const { runs: builtRuns, iterations: builtIts, ...builtRest } = built;
    const { runs: committedRuns, iterations: committedIts, ...committedRest } = committed;
    // Datasets (every manifest entry with its sha-256), batches, requirements and their
    // history, Q&A, models, serving targets: byte-for-byte the same values.
    expect(builtRest).toEqual(committedRest);
    expect(builtRuns.map(reproducible)).toEqual(committedRuns.map(reproducible));
    const rows = (its: ProjectDocument['iterations']) =>
      its.map(({ scorecard, ...it }) => ({
        ...it,
        scorecard: scorecard.map((r) =>
          isHardwareMetric(r.metric)
            ? { ...r, value: null, gap: null, relGap: null, status: null, interval: null, withinNoise: null }
            : r,
        ),
      }));
    expect(rows(builtIts)).toEqual(rows(committedIts));
  });

  it('holds quality metrics the engine measured equal to the generator’s own forward pass', () => {
    expect(committed.runs).toHaveLength(3);
    for (const it of assets.iterations) {
      const run = committed.runs.find((r) => r.id === committed.iterations[it.number - 1]?.candidateRun);
      expect(run?.status).toBe('done');
      for (const key of ['accuracy', 'min_class_recall', 'macro_f1', 'slice[rotated].accuracy', 'slice[blurred].accuracy']) {
        if (it.expected[key] === undefined) continue;
        expect(run?.metrics[key], `iteration ${it.number} ${key}`).toBeCloseTo(it.expected[key], 6);
      }
      expect(run?.metrics.model_size_mb).toBe(it.expected.model_size_mb);
      for (const k of ['latency_p95_ms', 'throughput_qps', 'server_qps', 'peak_memory_mb'])
        expect(run?.metrics[k], k).toBeGreaterThan(0);
    }
  });

  it('tells the story: must gaps close over three iterations and one stays open', () => {
    const unmet = committed.iterations.map((it) =>
      it.scorecard.filter((r) => r.status !== 'met').map((r) => `${r.requirement}${r.priority === 'must' ? '!' : ''}`),
    );
    expect(unmet).toEqual([['R-1!', 'R-2!', 'R-6!'], ['R-1!', 'R-2!', 'R-7', 'R-8'], ['R-2!']]);
    expect(committed.iterations.map((it) => it.status)).toEqual(['closed', 'closed', 'closed']);
    const r1 = committed.requirements.find((r) => r.id === 'R-1');
    expect(r1?.history.map((h) => [h.field, h.from, h.to])).toEqual([['target', 0.97, 0.93]]);
    expect(committed.iterations[0]?.scorecard.find((r) => r.requirement === 'R-1')?.target).toBe(0.97);
    expect(committed.decisions.find((d) => d.status === 'open')?.requirements).toEqual(['R-2']);
    expect(committed.datasets[0]?.versions.map((v) => v.batches.length)).toEqual([1, 1, 1]);
    // 0.939 against 0.93 on 700 samples: met, but the 95% interval (±0.018) holds the target.
    const accuracy = committed.iterations[2]?.scorecard.find((r) => r.requirement === 'R-1');
    expect(accuracy).toMatchObject({ status: 'met', withinNoise: true });
    expect(accuracy?.interval?.[0]).toBeLessThan(0.93);
    // The team's proposed model is the candidate; the board scores it whatever runs come later.
    expect(committed.candidate?.run).toBe('RUN-3');
  });
});

describe('opening the sample in the app', () => {
  it('works on a fresh copy: re-running a recorded evaluation reproduces its quality metrics, the committed file is untouched', async () => {
    const before = sha(await readFile(path.join(SAMPLE, PROJECT_FILE)));
    const store = storeDirFor(path.join(SAMPLE, PROJECT_FILE));
    const storeBefore = (await readdir(store)).sort();
    const dataDir = path.join(dir, '.app-data');
    const { core, dispatch } = createCore({ host: 'browser', dataDir, prefs: createMemoryPrefs(), now: NOW, sampleDir: SAMPLE });
    try {
      const view = await core.openSample();
      expect(view?.path.startsWith(dataDir)).toBe(true);
      const recorded = core.requireSession().doc.runs[2] as Run;
      const started = await dispatch('runs.start', {
        model: recorded.model,
        dataset: recorded.dataset,
        settings: { batch: 64 },
      });
      if (!started.ok) throw new Error(started.error.message);
      const job = (await core.jobs.wait((started.value as JobInfo).id)) as JobInfo & { result: { runId: string } };
      expect(job.status).toBe('done');
      const rerun = core.requireSession().doc.runs.find((r) => r.id === job.result.runId) as Run;
      expect(rerun.status).toBe('done');
      expect(rerun.predictions).toEqual(recorded.predictions);
      expect(reproducible(rerun).metrics).toEqual(reproducible(recorded).metrics);
      expect(await dispatch('project.save', {})).toMatchObject({ ok: true });
    } finally {
      await core.dispose();
    }
    expect(sha(await readFile(path.join(SAMPLE, PROJECT_FILE)))).toBe(before);
    expect((await readdir(store)).sort()).toEqual(storeBefore);
  });
});
}
