/**
 * Phase 2 of the sample: turns the generated assets into `<outDir>/digits.gapboard` through
 * Gapboard's own core — the same functions the app and the CLI call — so the sample shows
 * what Gapboard itself records: dataset versions scanned and hashed, labeling batches, the Q&A
 * log, requirements whose targets move, models registered and runs measured by the engine,
 * and three closed iterations with frozen scorecards.
 *
 * Dates come from the story on a fixed clock, so a rebuild gives the same document except
 * for what a machine measures (speed, memory, durations, the environment).
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { addBatch, registerVersion } from '../main/core/datasets/index.js';
import { addDecision, updateDecision } from '../main/core/decisions/decisions.js';
import type { SpeedOptions } from '../main/core/eval/speed.js';
import { nextId } from '../main/core/project/ids.js';
import { ROLES, type LabelingBatch } from '../shared/schema.js';
import { ProjectSession } from '../main/core/project/session.js';
import { storeDirFor } from '../main/core/store/layout.js';
import { addRequirement, updateRequirement } from '../main/core/requirements/requirements.js';
import { recordRun, registerModel, runEvaluation } from '../main/core/runs/index.js';
import { setCandidate } from '../main/core/scoring/candidate.js';
import { closeIteration, startIteration } from '../main/core/scoring/iterations.js';
import type { SampleAssets, SampleQa, SampleRequirement } from './types.js';

export const PROJECT_FILE = 'digits.gapboard';

export interface BuildOptions {
  /** Speed-pass budget of each run (the determinism test keeps it short). */
  speed?: Omit<SpeedOptions, 'latencyBoundMs'>;
  onProgress?: (message: string) => void;
}

/** The story's dates (YYYY-MM-DD) as timestamps; 09:00 UTC, a working morning in Seoul. */
const at = (date: string): string => `${date}T09:00:00.000Z`;

/** Serving-target ids of the story (`laptop-cpu`) → the project's (`ST-1`), in story order. */
function servingTargetIds(assets: SampleAssets): Map<string, string> {
  return new Map(assets.project.servingTargets.map((t, i) => [t.id, `ST-${i + 1}`]));
}

/**
 * Builds `<outDir>/digits.gapboard` from assets `generateSampleAssets(outDir)` wrote there,
 * replacing a previous build. Returns the project file's path.
 */
export async function buildSampleProject(
  outDir: string,
  assets: SampleAssets,
  opts: BuildOptions = {},
): Promise<string> {
  const file = path.join(outDir, PROJECT_FILE);
  const progress = opts.onProgress ?? (() => undefined);
  for (const f of [file, `${file}.bak`, `${file}.lock`]) await rm(f, { force: true });
  // A previous build's store files: the new build writes what it links, and only that.
  await rm(storeDirFor(file), { recursive: true, force: true });
  let clock = at(assets.dataset.versions[0]?.batch.orderedOn ?? '2025-01-01');
  const session = await ProjectSession.create(file, assets.project.name, { now: () => clock });
  try {
    const st = servingTargetIds(assets);
    const dataset = assets.dataset.name;
    const qa = new Map(assets.qa.map((q) => [q.id, q]));
    const events = storyEvents(assets);
    const exists = (id: string): boolean => session.doc.requirements.some((r) => r.id === id);

    setUpProject(session, assets, st);
    const addQa = (id: string): void => {
      const q = qa.get(id) as SampleQa;
      clock = at(q.date);
      addDecision(session, {
        question: q.question,
        answer: q.answer,
        askedBy: q.askedBy,
        answeredBy: q.answeredBy,
        status: q.status,
        changed: q.changed,
        requirements: q.linkedRequirement && exists(q.linkedRequirement) ? [q.linkedRequirement] : [],
        at: at(q.date),
      });
      // Requirements this Q&A is the source of name it from now on.
      for (const r of assets.requirements)
        if (r.source.qa === id && exists(r.id))
          updateRequirement(session, r.id, { source: { who: r.source.by, qa: id } });
    };
    const linkQa = (): void => {
      // A Q&A that led to a dataset version is linked to it once that version exists.
      for (const d of session.doc.decisions) {
        const q = qa.get(d.id);
        const v = q?.linkedDatasetVersion;
        const delivered = v !== undefined && session.doc.datasets[0]?.versions.some((x) => x.version === v);
        if (q && delivered && d.datasets.length === 0)
          updateDecision(session, d.id, { datasets: [{ name: dataset, version: v }] });
        if (q?.linkedRequirement && exists(q.linkedRequirement) && !d.requirements.includes(q.linkedRequirement))
          updateDecision(session, d.id, { requirements: [...d.requirements, q.linkedRequirement] });
      }
    };

    for (const it of assets.iterations) {
      const version = assets.dataset.versions.find((v) => v.version === it.datasetVersion)!;
      const previous = assets.iterations.find((x) => x.number === it.number - 1);
      clock = at(previous?.date ?? version.batch.orderedOn);
      startIteration(session, { name: it.name });
      // What happened before the version was delivered: requirements added or re-targeted,
      // and the Q&A behind them; what came after it waits for the run.
      const mine = events.filter((e) => e.iteration === it.number);
      const apply = (e: StoryEvent): void => {
        if (e.kind === 'qa') addQa(e.id);
        else addOrChange(session, e.req, e.change, st, (d) => (clock = at(d)));
      };
      mine.filter((e) => e.date <= version.date).forEach(apply);
      clock = at(version.date);
      progress(`registering ${dataset}@v${version.version}`);
      await registerVersion(session, {
        name: dataset,
        source: version.manifest,
        classes: assets.classes,
        notes: `${version.title}. ${version.notes}`,
      });
      const batch = addBatch(session, dataset, version.version, batchOf(version.batch, qa));
      // The story's texts name batches by id, so the project must give them those ids.
      if (batch.id !== version.batch.id) throw new Error(`batch ${version.batch.id} got ${batch.id}`);
      linkQa();

      const sample = assets.models.find((m) => m.id === it.model)!;
      const model = await registerModel(session, {
        path: sample.file,
        name: sample.name,
        trainedOn: { dataset: sample.trainedOn.dataset, version: sample.trainedOn.version },
      });
      progress(`evaluating ${model.name} on ${dataset}@v${it.datasetVersion}:test`);
      const run = await runEvaluation(
        session,
        {
          model: model.id,
          dataset: { name: dataset, version: it.datasetVersion, split: 'test' },
          // The laptop target's runtime: one intra-op thread.
          settings: { bench: true, threads: assets.project.servingTargets[0]?.runtime.threads ?? 1 },
        },
        { ...(opts.speed ? { speed: opts.speed } : {}) },
      );
      if (run.status !== 'done') throw new Error(`evaluating ${model.name} failed: ${run.error}`);
      const recorded = recordRun(session, run);
      // The team proposes each iteration's new model: it becomes the candidate the board scores.
      setCandidate(session, recorded.id);
      mine.filter((e) => e.date > version.date).forEach(apply);
      linkQa();
      clock = at(it.date);
      closeIteration(session, {
        run: recorded.id,
        notes: it.notes,
        closedAt: at(it.date),
        datasets: [{ name: dataset, version: it.datasetVersion }],
      });
    }
    await session.save();
  } finally {
    await session.close();
  }
  // The save kept the empty first file as a backup; the sample ships without it.
  await rm(`${file}.bak`, { force: true });
  return file;
}

/** Project info, team and serving targets. */
function setUpProject(session: ProjectSession, assets: SampleAssets, st: Map<string, string>): void {
  const p = assets.project;
  session.mutate('Set up the sample project', (draft) => {
    draft.project.description = `${p.service}\n\n${p.description}`;
    draft.project.team = p.team.map((m) => {
      const role = ROLES.find((r) => r === m.role);
      if (!role) throw new Error(`team member ${m.name} has an unknown role ${m.role}`);
      return { name: m.name, roles: [role] };
    });
    for (const t of p.servingTargets) {
      const id = nextId(draft, 'servingTarget');
      if (id !== st.get(t.id)) throw new Error(`serving target ${t.id} got ${id}`);
      draft.servingTargets.push({
        id,
        name: t.id,
        mode: t.mode,
        hardware: { cpu: t.hardware, cores: t.cores, ramGb: t.ramGb, gpu: '' },
        runtime: { threads: t.runtime.threads, executionProvider: t.runtime.executionProvider },
      });
    }
    const ds = assets.dataset;
    draft.datasets.push({ name: ds.name, description: ds.description, versions: [] });
  });
}

/** A requirement's first appearance, or a later change of its target with the reason. */
function addOrChange(
  session: ProjectSession,
  req: SampleRequirement,
  change: SampleRequirement['history'][number],
  st: Map<string, string>,
  setClock: (date: string) => void,
): void {
  setClock(change.date);
  const exists = session.doc.requirements.some((r) => r.id === req.id);
  const qaKnown = req.source.qa !== undefined && session.doc.decisions.some((d) => d.id === req.source.qa);
  const source = { who: req.source.by, ...(qaKnown ? { qa: req.source.qa } : {}) };
  if (!exists) {
    const added = addRequirement(session, {
      metric: req.metric,
      target: change.target,
      op: change.op,
      title: req.title,
      unit: req.unit,
      priority: req.priority,
      scope: { ...req.scope },
      ...(req.servingTarget ? { servingTarget: st.get(req.servingTarget) } : {}),
      owner: req.owner,
      rationale: req.rationale,
      source,
    });
    if (added.id !== req.id) throw new Error(`requirement ${req.id} got ${added.id}`);
    return;
  }
  updateRequirement(session, req.id, { target: change.target, op: change.op, source }, change.reason, at(change.date));
}

/** A version's labeling batch with the vendor Q&A raised during it. */
function batchOf(
  b: SampleAssets['dataset']['versions'][number]['batch'],
  qa: Map<string, SampleQa>,
): Omit<LabelingBatch, 'id'> {
  return {
    vendor: b.vendor,
    guide: { file: b.guide.file, version: b.guide.version },
    unitPrice: b.unitPrice,
    currency: b.currency,
    ordered: b.quantityOrdered,
    delivered: b.quantityDelivered,
    accepted: b.quantityAccepted,
    orderedAt: b.orderedOn,
    deliveredAt: b.deliveredOn,
    qa: b.qa.flatMap((id) => {
      const q = qa.get(id);
      if (!q) return [];
      return [
        {
          question: q.question,
          answer: q.answer,
          askedBy: q.askedBy,
          status: q.status,
          ...(q.linkedRequirement ? { requirement: q.linkedRequirement } : {}),
        },
      ];
    }),
  };
}

type StoryEvent =
  | { kind: 'qa'; id: string; date: string; iteration: number }
  | {
      kind: 'req';
      req: SampleRequirement;
      change: SampleRequirement['history'][number];
      date: string;
      iteration: number;
    };

/**
 * The story's requirement changes and Q&A in date order, each placed in an iteration: a
 * requirement change names its own, a Q&A belongs to the first iteration closing on or after
 * it. On the same day a Q&A comes before the requirement change it caused.
 */
function storyEvents(assets: SampleAssets): StoryEvent[] {
  const iterationOf = (date: string): number =>
    assets.iterations.find((it) => date <= it.date)?.number ?? assets.iterations.length;
  const events: StoryEvent[] = [];
  for (const req of assets.requirements)
    for (const change of req.history)
      events.push({ kind: 'req', req, change, date: change.date, iteration: change.iteration });
  for (const q of assets.qa) events.push({ kind: 'qa', id: q.id, date: q.date, iteration: iterationOf(q.date) });
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.kind === 'qa' ? -1 : 1));
}
