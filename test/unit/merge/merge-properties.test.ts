/**
 * Properties of merging, over random edits of two copies: the result is a valid project, it
 * never loses an entity either side had (apart from deletions the base proves), and merging it
 * again changes nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identity } from '../../../main/core/merge/entities.js';
import { mergeDocuments } from '../../../main/core/merge/merge.js';
import { serializeDocument } from '../../../main/core/project/document.js';
import type { ProjectDocument } from '../../../shared/schema.js';
import { baseProject, copy, requirement, run } from '../../helpers/merge-fixture.js';

type Op =
  | { type: 'target'; index: number; value: number }
  | { type: 'add-requirement'; metric: string }
  | { type: 'delete-requirement'; index: number }
  | { type: 'add-run'; accuracy: number }
  | { type: 'answer'; index: number; text: string }
  | { type: 'add-decision' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ type: fc.constant('target' as const), index: fc.nat(6), value: fc.integer({ min: 1, max: 99 }) }),
  fc.record({ type: fc.constant('add-requirement' as const), metric: fc.constantFrom('accuracy', 'cer', 'params_m') }),
  fc.record({ type: fc.constant('delete-requirement' as const), index: fc.nat(6) }),
  fc.record({ type: fc.constant('add-run' as const), accuracy: fc.integer({ min: 50, max: 99 }) }),
  fc.record({ type: fc.constant('answer' as const), index: fc.nat(3), text: fc.constantFrom('yes', 'no', 'later') }),
  fc.record({ type: fc.constant('add-decision' as const) }),
);

/** Applies edits the way the app would: ids from the counters, creation times unique per side. */
function edit(doc: ProjectDocument, ops: readonly Op[], side: string): ProjectDocument {
  const d = copy(doc);
  ops.forEach((o, i) => {
    const at = `2026-0${side === 'mine' ? 7 : 8}-01T00:00:${String(i).padStart(2, '0')}.000Z`;
    const pick = <T>(list: T[], n: number) => (list.length ? list[n % list.length] : undefined);
    if (o.type === 'target') {
      const r = pick(d.requirements, o.index);
      if (r) r.target = o.value / 100;
    } else if (o.type === 'add-requirement') {
      d.requirements.push(requirement(`R-${++d.counters.requirement}`, o.metric, 0.5, at));
    } else if (o.type === 'delete-requirement') {
      const r = pick(d.requirements, o.index);
      if (r) d.requirements = d.requirements.filter((x) => x !== r);
      d.decisions.forEach((q) => (q.requirements = q.requirements.filter((id) => id !== r?.id)));
    } else if (o.type === 'add-run') {
      d.runs.push(run(`RUN-${++d.counters.run}`, at, 1, o.accuracy / 100));
    } else if (o.type === 'answer') {
      const q = pick(d.decisions, o.index);
      if (q) q.answer = o.text;
    } else {
      const id = `Q-${++d.counters.qa}`;
      d.decisions.push({ ...copy(doc.decisions[0]!), id, at, answer: '', requirements: [] });
    }
  });
  return d;
}

const identities = (doc: ProjectDocument) => [
  ...doc.requirements.map((r) => `requirement ${identity('requirement', r as never)}`),
  ...doc.runs.map((r) => `run ${identity('run', r as never)}`),
  ...doc.decisions.map((q) => `decision ${identity('decision', q as never)}`),
];

const edits = fc.array(op, { maxLength: 8 });

describe('merge properties', () => {
  it('without a base: keeps every entity of both sides, and merging again or with itself changes nothing', () => {
    fc.assert(
      fc.property(edits, edits, (mineOps, theirOps) => {
        const base = baseProject();
        const mine = edit(base, mineOps, 'mine');
        const theirs = edit(base, theirOps, 'theirs');
        const r = mergeDocuments(mine, theirs);
        const kept = new Set(identities(r.doc));
        for (const id of [...identities(mine), ...identities(theirs)]) expect(kept).toContain(id);
        const ids = r.doc.requirements.map((x) => x.id);
        expect(new Set(ids).size).toBe(ids.length);
        const text = serializeDocument(r.doc);
        expect(serializeDocument(mergeDocuments(r.doc, theirs).doc)).toBe(text);
        expect(serializeDocument(mergeDocuments(r.doc, r.doc).doc)).toBe(text);
      }),
      { numRuns: 60 },
    );
  });

  it('with a base: keeps everything either side added or kept, and is idempotent', () => {
    fc.assert(
      fc.property(edits, edits, (mineOps, theirOps) => {
        const base = baseProject();
        const mine = edit(base, mineOps, 'mine');
        const theirs = edit(base, theirOps, 'theirs');
        const r = mergeDocuments(mine, theirs, { base });
        const kept = new Set(identities(r.doc));
        const inBase = new Set(identities(base));
        const bothKept = identities(mine).filter((id) => identities(theirs).includes(id));
        const added = [...identities(mine), ...identities(theirs)].filter((id) => !inBase.has(id));
        for (const id of [...added, ...bothKept]) expect(kept).toContain(id);
        expect(serializeDocument(mergeDocuments(r.doc, theirs, { base }).doc)).toBe(serializeDocument(r.doc));
      }),
      { numRuns: 60 },
    );
  });
});
