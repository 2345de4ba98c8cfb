/** Formatting shared by the Models & runs components (sizes, counts, shapes, run titles). */
import type { Model, ProjectDocument, Run } from '../../../../shared/schema';
import { fmt } from '../../format';

export function bytes(n: number): string {
  if (n >= 1024 * 1024) return `${fmt(n / (1024 * 1024))} MB`;
  if (n >= 1024) return `${fmt(n / 1024)} KB`;
  return `${n} B`;
}

/** Parameter counts the way papers write them: 1.2M, 35.4k, 812. */
export function count(n: number): string {
  if (n >= 1e6) return `${fmt(n / 1e6)}M`;
  if (n >= 1e3) return `${fmt(n / 1e3)}k`;
  return String(n);
}

/** `x float32 [N, 1, 28, 28]` */
export function tensorText(t: { name: string; type: string; shape: (number | string)[] }): string {
  return `${t.name} ${t.type} [${t.shape.join(', ')}]`;
}

export function opsetText(opset: Model['opset']): string {
  return opset.map((o) => `${o.domain || 'ai.onnx'} ${o.version}`).join(', ');
}

export function modelName(doc: ProjectDocument, id: string): string {
  return doc.models.find((m) => m.id === id)?.name ?? id;
}

/** `digits@v3:test` (or an empty string for ad-hoc data). */
export function dataText(run: Pick<Run, 'dataset'>): string {
  const d = run.dataset;
  return d ? `${d.name}@v${d.version}${d.split ? `:${d.split}` : ''}` : '';
}

/** Seconds with one decimal under a minute, else minutes and seconds. */
export function duration(ms: number): string {
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** Percent with one decimal (confidences, shares of a row). */
export function percent(v: number): string {
  return `${(v * 100).toFixed(1)}%`;
}
