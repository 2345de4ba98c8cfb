/**
 * What a schema cannot say about a project document: ids are unique per kind, each counter is
 * at or above every id it has handed out (or the next new id would repeat one), and every
 * reference names something that exists. A git merge of two branches that both added a
 * requirement produces exactly the duplicates and low counters these checks catch.
 *
 * Both tables are meant to grow: a new kind of id or a new field that points at another
 * entity is one row.
 */
import type { IdKind } from './ids.js';
import type { ProjectDocument } from '../../../shared/schema.js';

type Path = readonly (string | number)[];

export interface IntegrityIssue {
  path: Path;
  message: string;
}

interface Entry {
  path: Path;
  value: string;
}

/** Every id of one kind with the place it sits, and the counter that hands those ids out. */
interface IdKindRule {
  kind: IdKind;
  noun: string;
  ids: (doc: ProjectDocument) => Entry[];
}

/** Every place that names another entity, and the set of things it may name. */
interface ReferenceRule {
  /** What the reference must name, for the message ("a model", "a dataset version"). */
  target: string;
  refs: (doc: ProjectDocument) => Entry[];
  existing: (doc: ProjectDocument) => Iterable<string>;
}

const each = <T>(list: readonly T[], at: string, pick: (item: T, i: number) => Entry[]): Entry[] =>
  list.flatMap((item, i) => pick(item, i).map((e) => ({ path: [at, ...e.path], value: e.value })));

const idsOf = (list: readonly { id: string }[], at: string): Entry[] =>
  list.map((item, i) => ({ path: [at, i, 'id'], value: item.id }));

const versionKey = (name: string, version: number) => `${name}@v${version}`;

export const ID_KINDS: readonly IdKindRule[] = [
  { kind: 'servingTarget', noun: 'serving target', ids: (d) => idsOf(d.servingTargets, 'servingTargets') },
  { kind: 'requirement', noun: 'requirement', ids: (d) => idsOf(d.requirements, 'requirements') },
  { kind: 'model', noun: 'model', ids: (d) => idsOf(d.models, 'models') },
  { kind: 'run', noun: 'run', ids: (d) => idsOf(d.runs, 'runs') },
  { kind: 'iteration', noun: 'iteration', ids: (d) => idsOf(d.iterations, 'iterations') },
  { kind: 'qa', noun: 'Q&A entry', ids: (d) => idsOf(d.decisions, 'decisions') },
  {
    kind: 'batch',
    noun: 'labeling batch',
    ids: (d) =>
      each(d.datasets, 'datasets', (ds, i) =>
        ds.versions.flatMap((v, j) =>
          v.batches.map((b, k) => ({ path: [i, 'versions', j, 'batches', k, 'id'], value: b.id })),
        ),
      ),
  },
];

export const REFERENCES: readonly ReferenceRule[] = [
  {
    target: 'a model',
    refs: (d) => d.runs.map((r, i) => ({ path: ['runs', i, 'model'], value: r.model })),
    existing: (d) => d.models.map((m) => m.id),
  },
  {
    target: 'a dataset version',
    refs: (d) =>
      d.runs.flatMap((r, i) =>
        r.dataset ? [{ path: ['runs', i, 'dataset'], value: versionKey(r.dataset.name, r.dataset.version) }] : [],
      ),
    existing: (d) => d.datasets.flatMap((ds) => ds.versions.map((v) => versionKey(ds.name, v.version))),
  },
  {
    target: 'a run',
    refs: (d) => [
      ...d.iterations.flatMap((it, i) =>
        it.candidateRun ? [{ path: ['iterations', i, 'candidateRun'], value: it.candidateRun }] : [],
      ),
      ...(d.candidate ? [{ path: ['candidate', 'run'], value: d.candidate.run }] : []),
    ],
    existing: (d) => d.runs.map((r) => r.id),
  },
  {
    target: 'a serving target',
    refs: (d) =>
      d.requirements.flatMap((r, i) =>
        r.servingTarget ? [{ path: ['requirements', i, 'servingTarget'], value: r.servingTarget }] : [],
      ),
    existing: (d) => d.servingTargets.map((s) => s.id),
  },
  {
    target: 'a Q&A entry',
    refs: (d) =>
      d.requirements.flatMap((r, i) =>
        r.source.qa ? [{ path: ['requirements', i, 'source', 'qa'], value: r.source.qa }] : [],
      ),
    existing: (d) => d.decisions.map((q) => q.id),
  },
];

/** Names that must be unique beside the counted ids (a dataset name, a version number). */
function uniqueNames(doc: ProjectDocument): { noun: string; entries: Entry[] }[] {
  return [
    { noun: 'dataset name', entries: doc.datasets.map((ds, i) => ({ path: ['datasets', i, 'name'], value: ds.name })) },
    ...doc.datasets.map((ds, i) => ({
      noun: `version of ${ds.name}`,
      entries: ds.versions.map((v, j) => ({
        path: ['datasets', i, 'versions', j, 'version'],
        value: String(v.version),
      })),
    })),
  ];
}

function duplicates(entries: Entry[], noun: string, render: (p: Path) => string): IntegrityIssue[] {
  const first = new Map<string, Path>();
  const out: IntegrityIssue[] = [];
  for (const e of entries) {
    const seen = first.get(e.value);
    if (seen) out.push({ path: e.path, message: `duplicate ${noun} "${e.value}" (also at ${render(seen)})` });
    else first.set(e.value, e.path);
  }
  return out;
}

/** All integrity issues of a schema-valid document, in document order of the rules. */
export function checkIntegrity(doc: ProjectDocument, render: (p: Path) => string): IntegrityIssue[] {
  const issues: IntegrityIssue[] = [];
  for (const rule of ID_KINDS) {
    const entries = rule.ids(doc);
    issues.push(...duplicates(entries, `${rule.noun} id`, render));
    const counter = doc.counters[rule.kind];
    let highest: Entry | undefined;
    for (const e of entries) {
      const n = Number(/-(\d+)$/.exec(e.value)?.[1] ?? 0);
      if (n > counter && (!highest || n > Number(/-(\d+)$/.exec(highest.value)?.[1]))) highest = e;
    }
    if (highest) {
      const n = /-(\d+)$/.exec(highest.value)?.[1];
      issues.push({
        path: ['counters', rule.kind],
        message: `is ${counter}, below ${highest.value} at ${render(highest.path)}, so the next new ${rule.noun} would reuse an id; set it to at least ${n}`,
      });
    }
  }
  for (const { noun, entries } of uniqueNames(doc)) issues.push(...duplicates(entries, noun, render));
  for (const rule of REFERENCES) {
    const known = new Set(rule.existing(doc));
    for (const ref of rule.refs(doc)) {
      if (!known.has(ref.value)) {
        issues.push({ path: ref.path, message: `names ${ref.value}, which is not ${rule.target} in this project` });
      }
    }
  }
  return issues;
}
