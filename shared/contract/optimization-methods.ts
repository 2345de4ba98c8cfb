/**
 * Model optimization and serving: the trade-off between quality and speed across runs,
 * capacity planning for a QPS target, model variants (quantized copies) and model diffs.
 */
import { z } from 'zod';
import { VARIANT_KINDS } from '../schema.js';
import type {
  CapacityPlan,
  ModelDiff,
  QuantizeOutcome,
  Tradeoff,
  VariantComparisonResult,
} from '../optimization-views.js';
import { method, type ProjectView } from './define.js';

export type { CapacityPlan, ModelDiff, QuantizeOutcome, Tradeoff, VariantComparisonResult };

const ref = z.string().min(1);

export const optimizationMethods = {
  'runs.tradeoff': method<Tradeoff>()(
    z.object({ x: ref.optional(), y: ref.optional() }).strict(),
    'Every finished run on two metric keys (default p95 latency × accuracy): points, Pareto front, the box where the must requirements hold.',
  ),
  'runs.capacity': method<CapacityPlan[]>()(
    z.object({ id: ref, qps: z.number().positive().finite().optional() }).strict(),
    'Machines needed for each throughput requirement (or for `qps`): ⌈target QPS / measured server QPS⌉, with every model’s latest run alongside.',
  ),
  'runs.variantCompare': method<VariantComparisonResult>()(
    z.object({ id: ref }).strict(),
    'What a variant’s run gained (size, speed) and lost (accuracy overall and per class, exact McNemar on common samples) against its parent’s run.',
  ),
  'models.quantize': method<{ outcome: QuantizeOutcome; project: ProjectView }>()(
    z.object({ model: ref, name: z.string().min(1).optional() }).strict(),
    'Write an int8-weight copy of a model (MatMul/Gemm weights via DequantizeLinear) beside it and register it as a quantized variant.',
  ),
  'models.setVariant': method<ProjectView>()(
    z
      .object({
        id: ref,
        parent: ref.nullable(),
        kind: z.enum(VARIANT_KINDS).default('other'),
        note: z.string().default(''),
      })
      .strict(),
    'Record which model this one is a variant of (quantized, pruned, other opset), or clear it with parent null.',
  ),
  'models.diff': method<ModelDiff>()(
    z.object({ a: ref, b: ref }).strict(),
    'Two models fact by fact: inputs/outputs, parameters, operator counts, size, opset, metadata.',
  ),
} as const;
