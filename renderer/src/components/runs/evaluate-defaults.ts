import type { ProjectDocument } from '../../../../shared/schema';
import { mustScope } from '../../../../shared/run-scope';

/** The form's starting data: the must requirements' scope, else the newest version's test split. */
export function formDefaults(doc: ProjectDocument): { name?: string; version?: number; split?: string } {
  const scope = mustScope(doc);
  const ds = doc.datasets.find((d) => d.name === scope?.name && d.versions.length > 0);
  if (scope && ds) {
    const version = scope.version ?? Math.max(...ds.versions.map((v) => v.version));
    const v = ds.versions.find((x) => x.version === version);
    const split = scope.split !== undefined && v?.stats.splits[scope.split] ? scope.split : undefined;
    return { name: ds.name, version, ...(split ? { split } : {}) };
  }
  const first = doc.datasets.find((d) => d.versions.length > 0);
  const newest = first?.versions.at(-1);
  const splits = Object.keys(newest?.stats.splits ?? {});
  const split = splits.includes('test') ? 'test' : undefined;
  return { ...(first ? { name: first.name } : {}), ...(split ? { split } : {}) };
}
