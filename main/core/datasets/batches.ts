/**
 * Labeling batches on a dataset version, and what they cost.
 *
 * Rules: a batch costs `unitPrice × delivered` (the vendor bills what it delivered, accepted
 * or not); `acceptedRate = accepted / delivered`; cost per accepted sample = cost / accepted.
 * Sums are kept per currency — adding yen to euros would be a made-up number.
 */
import { GapboardError } from '../project/errors.js';
import { nextId } from '../project/ids.js';
import { labelingBatchSchema, type Dataset, type LabelingBatch } from '../../../shared/schema.js';
import type { ProjectSession } from '../project/session.js';
import type { BatchTotals, VersionCost } from '../../../shared/dataset-views.js';
export type { BatchTotals, VersionCost } from '../../../shared/dataset-views.js';

export type BatchInput = Omit<LabelingBatch, 'id'>;
export type BatchPatch = Partial<BatchInput>;

const inputSchema = labelingBatchSchema.omit({ id: true });

function check(batch: LabelingBatch): LabelingBatch {
  const parsed = labelingBatchSchema.safeParse(batch);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new GapboardError('BAD_ARGUMENT', `Labeling batch: ${first.path.join('.') || 'value'}: ${first.message}`);
  }
  if (parsed.data.accepted > parsed.data.delivered) {
    throw new GapboardError(
      'BAD_ARGUMENT',
      `Labeling batch: accepted (${parsed.data.accepted}) cannot exceed delivered (${parsed.data.delivered}).`,
    );
  }
  return parsed.data;
}

/** A batch with every optional part filled, for forms that start empty. */
export function emptyBatchInput(): BatchInput {
  return inputSchema.parse({
    vendor: '',
    guide: { file: '', version: '' },
    unitPrice: 0,
    currency: '',
    ordered: 0,
    delivered: 0,
    accepted: 0,
    orderedAt: '',
    deliveredAt: '',
    qa: [],
  });
}

/** Attaches a new batch (id `LB-n`) to version `version` of `name`. */
export function addBatch(session: ProjectSession, name: string, version: number, input: BatchInput): LabelingBatch {
  return session.mutate(`Add labeling batch to ${name}@v${version}`, (draft) => {
    const v = draft.datasets.find((d) => d.name === name)?.versions.find((x) => x.version === version);
    if (!v) throw new GapboardError('NOT_FOUND', `No dataset version ${name}@v${version}.`);
    const batch = check({ id: 'LB-0', ...input });
    batch.id = nextId(draft, 'batch');
    v.batches.push(batch);
    return batch;
  });
}

function locate(session: ProjectSession, id: string): { d: number; v: number; b: number } {
  for (const [d, ds] of session.doc.datasets.entries()) {
    for (const [v, ver] of ds.versions.entries()) {
      const b = ver.batches.findIndex((x) => x.id === id);
      if (b >= 0) return { d, v, b };
    }
  }
  throw new GapboardError('NOT_FOUND', `No labeling batch ${id}.`);
}

/** Changes fields of batch `id` (validated as a whole afterwards). */
export function updateBatch(session: ProjectSession, id: string, patch: BatchPatch): LabelingBatch {
  const at = locate(session, id);
  return session.mutate(`Edit labeling batch ${id}`, (draft) => {
    const list = draft.datasets[at.d]!.versions[at.v]!.batches;
    const next = check({ ...list[at.b]!, ...patch, id });
    list[at.b] = next;
    return next;
  });
}

/** Deletes batch `id` (its id is not reused). */
export function removeBatch(session: ProjectSession, id: string): void {
  const at = locate(session, id);
  session.mutate(`Remove labeling batch ${id}`, (draft) => {
    draft.datasets[at.d]!.versions[at.v]!.batches.splice(at.b, 1);
  });
}

/** Totals of a list of batches (a version's, or several versions' together). */
export function batchTotals(batches: readonly LabelingBatch[]): BatchTotals {
  const cost: Record<string, number> = {};
  let ordered = 0;
  let delivered = 0;
  let accepted = 0;
  for (const b of batches) {
    cost[b.currency] = (cost[b.currency] ?? 0) + b.unitPrice * b.delivered;
    ordered += b.ordered;
    delivered += b.delivered;
    accepted += b.accepted;
  }
  const costPerAccepted: Record<string, number | null> = {};
  for (const [cur, c] of Object.entries(cost)) costPerAccepted[cur] = accepted > 0 ? c / accepted : null;
  return {
    cost,
    ordered,
    delivered,
    accepted,
    acceptedRate: delivered > 0 ? accepted / delivered : null,
    costPerAccepted,
  };
}

/** Cost per version and running total, in version order (the "cost vs quality" chart). */
export function costOverVersions(ds: Dataset): VersionCost[] {
  const running: Record<string, number> = {};
  return [...ds.versions]
    .sort((a, b) => a.version - b.version)
    .map((v) => {
      const totals = batchTotals(v.batches);
      for (const [cur, c] of Object.entries(totals.cost)) running[cur] = (running[cur] ?? 0) + c;
      return { version: v.version, totals, cumulative: { ...running } };
    });
}
