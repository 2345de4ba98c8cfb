/**
 * Fuzzed project files (fast-check): a small but complete project (the sample, trimmed) is
 * mutated the ways merges, other tools and damaged media do — duplicate ids, lowered counters,
 * dangling references, removed entities, random values and keys, invalid UTF-8, flipped bytes,
 * truncation — and loaded. A file is either refused with a message (no stack trace) or loaded
 * such that an independent oracle finds it consistent and it saves back to the same bytes.
 * Every 50th case also goes through a writer's open on disk, which must leave a refused file
 * byte-identical and no lock behind.
 */
import { isUtf8 } from 'node:buffer';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { parseDocument, serializeDocument } from '../../main/core/project/document.js';
import { GapboardError } from '../../main/core/project/errors.js';
import type { ProjectDocument } from '../../shared/schema.js';
import { ProjectSession } from '../../main/core/project/session.js';
import { consistencyProblems } from './oracle.js';
import { looksLikeCrash, pushFailure, type PartResult } from './part.js';
import { suiteDir } from './temp-root.js';

type Json = Record<string, unknown>;
/** The sample as it was at schema 1: its samples inline, so it trims to a small whole file. */
const SAMPLE = path.resolve(import.meta.dirname, '../fixtures/schema1/sample-v1.gapboard');

/** The sample with a handful of samples per version and no predictions: every kind, small. */
function baseDocument(): Json {
  const doc = JSON.parse(readFileSync(SAMPLE, 'utf8')) as Json & {
    datasets: { versions: { samples: unknown[] }[] }[];
    runs: { predictions?: unknown }[];
  };
  for (const ds of doc.datasets) for (const v of ds.versions) v.samples = v.samples.slice(0, 3);
  for (const run of doc.runs) delete run.predictions;
  return doc;
}

const LISTS = ['servingTargets', 'requirements', 'models', 'runs', 'iterations', 'decisions'] as const;
const COUNTERS = ['requirement', 'servingTarget', 'model', 'run', 'iteration', 'qa', 'batch'] as const;
const REF_SITES: [list: (typeof LISTS)[number], field: string[]][] = [
  ['runs', ['model']],
  ['runs', ['dataset', 'version']],
  ['runs', ['dataset', 'name']],
  ['iterations', ['candidateRun']],
  ['requirements', ['servingTarget']],
  ['requirements', ['source', 'qa']],
];
const BAD_UTF8 = [[0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xc0, 0xaf], [0xf8, 0x88, 0x80, 0x80], [0xe9]];

type Mutation =
  | { kind: 'dupId'; list: number; from: number; to: number }
  | { kind: 'lowerCounter'; counter: number; value: number }
  | { kind: 'danglingRef'; site: number; item: number; value: string | number }
  | { kind: 'removeEntity'; list: number; item: number }
  | { kind: 'mergeCopy'; list: number; item: number }
  | { kind: 'randomLeaf'; walk: number[]; value: unknown }
  | { kind: 'deleteKey'; walk: number[] };

type ByteMutation =
  | { kind: 'none' }
  | { kind: 'badUtf8'; at: number; seq: number }
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'truncate'; at: number };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('dupId' as const), list: fc.nat(5), from: fc.nat(9), to: fc.nat(9) }),
  fc.record({ kind: fc.constant('lowerCounter' as const), counter: fc.nat(6), value: fc.nat(8) }),
  fc.record({
    kind: fc.constant('danglingRef' as const),
    site: fc.nat(REF_SITES.length - 1),
    item: fc.nat(9),
    value: fc.oneof(fc.constantFrom('M-1', 'M-99', 'RUN-2', 'RUN-77', 'ST-3', 'Q-9', 'digits', 'other'), fc.nat(5)),
  }),
  fc.record({ kind: fc.constant('removeEntity' as const), list: fc.nat(5), item: fc.nat(9) }),
  fc.record({ kind: fc.constant('mergeCopy' as const), list: fc.nat(5), item: fc.nat(9) }),
  fc.record({
    kind: fc.constant('randomLeaf' as const),
    walk: fc.array(fc.nat(40), { minLength: 1, maxLength: 6 }),
    value: fc.jsonValue({ maxDepth: 2 }),
  }),
  fc.record({ kind: fc.constant('deleteKey' as const), walk: fc.array(fc.nat(40), { minLength: 1, maxLength: 6 }) }),
);

const byteArb: fc.Arbitrary<ByteMutation> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: 'none' as const }) },
  fc.record({ kind: fc.constant('badUtf8' as const), at: fc.nat(), seq: fc.nat(BAD_UTF8.length - 1) }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.nat(7) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);

/** Follows `walk` (child indexes) into the JSON and returns the container and key at its end. */
function locate(root: Json, walk: number[]): [Json | unknown[], string | number] | undefined {
  let node: unknown = root;
  let found: [Json | unknown[], string | number] | undefined;
  for (const step of walk) {
    if (typeof node !== 'object' || node === null) break;
    const keys: (string | number)[] = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
    const key = pick(keys, step);
    if (key === undefined) break;
    found = [node as Json, key];
    node = (node as Record<string | number, unknown>)[key];
  }
  return found;
}

/** Applies `m` where the document still has the shape it needs (earlier mutations may have broken it). */
function applyMutation(doc: Json, m: Mutation): void {
  try {
    mutate(doc, m);
  } catch {
    /* the place this mutation aims at is gone: the case goes on without it */
  }
}

function mutate(doc: Json, m: Mutation): void {
  const list = (i: number) => {
    const items = doc[LISTS[i % LISTS.length]!];
    return Array.isArray(items) ? (items as Json[]) : [];
  };
  switch (m.kind) {
    case 'dupId': {
      const items = list(m.list);
      const a = pick(items, m.from);
      const b = pick(items, m.to);
      if (a && b) b.id = a.id;
      return;
    }
    case 'lowerCounter':
      (doc.counters as Json)[COUNTERS[m.counter % COUNTERS.length]!] = m.value;
      return;
    case 'danglingRef': {
      const [name, field] = REF_SITES[m.site % REF_SITES.length]!;
      let target: Json | undefined = pick(doc[name] as Json[], m.item);
      for (const key of field.slice(0, -1)) target = target?.[key] as Json | undefined;
      if (target) target[field.at(-1)!] = m.value;
      return;
    }
    case 'removeEntity': {
      const items = list(m.list);
      if (items.length) items.splice(m.item % items.length, 1);
      return;
    }
    case 'mergeCopy': {
      const items = list(m.list);
      const item = pick(items, m.item);
      if (item) items.push(structuredClone(item));
      return;
    }
    case 'randomLeaf': {
      const at = locate(doc, m.walk);
      if (at) (at[0] as Record<string | number, unknown>)[at[1]] = m.value;
      return;
    }
    case 'deleteKey': {
      const at = locate(doc, m.walk);
      if (at && !Array.isArray(at[0])) delete at[0][at[1] as string];
      return;
    }
  }
}

function applyBytes(bytes: Buffer, m: ByteMutation): Buffer {
  if (m.kind === 'none' || bytes.length === 0) return bytes;
  const at = m.at % bytes.length;
  if (m.kind === 'truncate') return bytes.subarray(0, at);
  if (m.kind === 'flip') {
    const out = Buffer.from(bytes);
    out[at] = out[at]! ^ (1 << m.bit);
    return out;
  }
  return Buffer.concat([bytes.subarray(0, at), Buffer.from(BAD_UTF8[m.seq]!), bytes.subarray(at)]);
}

export async function fuzzPart(runs: number): Promise<PartResult> {
  const base = baseDocument();
  const failures: string[] = [];
  const refusedBy: Record<string, number> = {};
  let tried = 0;
  let accepted = 0;
  let onDisk = 0;
  let inconsistentAccepted = 0;
  let invalidUtf8Accepted = 0;
  const dir = suiteDir('fuzz');
  const checkCase = async (mutations: Mutation[], bytesM: ByteMutation): Promise<boolean> => {
    tried++;
    const doc = structuredClone(base);
    for (const m of mutations) applyMutation(doc, m);
    const bytes = applyBytes(Buffer.from(JSON.stringify(doc, null, 2) + '\n'), bytesM);
    let loaded: ProjectDocument | undefined;
    try {
      loaded = parseDocument(bytes, 'fuzz.gapboard').doc;
    } catch (err) {
      if (!(err instanceof GapboardError) || looksLikeCrash(err.message) || !err.message.includes('fuzz.gapboard')) {
        pushFailure(failures, `case ${tried}: refused without a clear message: ${String(err).slice(0, 200)}`);
        return false;
      }
      refusedBy[err.code] = (refusedBy[err.code] ?? 0) + 1;
    }
    if (loaded) {
      accepted++;
      if (!isUtf8(bytes)) {
        invalidUtf8Accepted++;
        pushFailure(failures, `case ${tried}: invalid UTF-8 was loaded (${JSON.stringify(bytesM)})`);
        return false;
      }
      const problems = consistencyProblems(loaded);
      if (problems.length) {
        inconsistentAccepted++;
        pushFailure(failures, `case ${tried}: loaded an inconsistent file: ${problems.join('; ')}`);
        return false;
      }
      const text = serializeDocument(loaded);
      if (serializeDocument(parseDocument(Buffer.from(text), 'again').doc) !== text) {
        pushFailure(failures, `case ${tried}: saving and reopening changed the document`);
        return false;
      }
    }
    if (tried % 50 === 0) {
      onDisk++;
      const file = path.join(dir, `case${tried}.gapboard`);
      writeFileSync(file, bytes);
      try {
        await (await ProjectSession.open(file, { now: () => new Date().toISOString() })).close();
        return loaded !== undefined;
      } catch {
        const same = readFileSync(file).equals(bytes) && !existsSync(`${file}.lock`);
        if (!same) pushFailure(failures, `case ${tried}: a refused file was changed on disk or left locked`);
        return same && loaded === undefined;
      }
    }
    return true;
  };
  try {
    const result = await fc.check(fc.asyncProperty(fc.array(mutationArb, { maxLength: 3 }), byteArb, checkCase), {
      numRuns: runs,
      endOnFailure: true,
    });
    if (result.failed) {
      pushFailure(
        failures,
        `fast-check seed ${result.seed}, path ${result.counterexamplePath}: ${JSON.stringify(result.counterexample)} ${result.errorInstance instanceof Error ? result.errorInstance.message : ''}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const refused = Object.values(refusedBy).reduce((a, b) => a + b, 0);
  return {
    name: 'fuzzed project files',
    tried: { files: tried, 'also opened on disk': onDisk },
    held: {
      accepted,
      refused,
      ...Object.fromEntries(Object.entries(refusedBy).map(([k, v]) => [`refused ${k}`, v])),
      'inconsistent files accepted': inconsistentAccepted,
      'invalid UTF-8 accepted': invalidUtf8Accepted,
    },
    failures,
  };
}
