import { describe, expect, it } from 'vitest';
import { mergeDocuments } from '../../../main/core/merge/merge.js';
import { serializeDocument } from '../../../main/core/project/document.js';
import { baseProject, closedIteration, copy, requirement, run } from '../../helpers/merge-fixture.js';

const req = (doc: ReturnType<typeof baseProject>, id: string) => doc.requirements.find((r) => r.id === id);

describe('merging two edited copies with their common base', () => {
  it('takes a change made on one side only, from either side, without a conflict', () => {
    const base = baseProject();
    const mine = copy(base);
    const theirs = copy(base);
    req(mine, 'R-1')!.target = 0.95;
    req(theirs, 'R-2')!.title = 'p95 latency on the laptop';
    const r = mergeDocuments(mine, theirs, { base });
    expect(r.conflicts).toEqual([]);
    expect(req(r.doc, 'R-1')!.target).toBe(0.95);
    expect(req(r.doc, 'R-2')!.title).toBe('p95 latency on the laptop');
    expect(r.updated).toEqual([{ kind: 'requirement', id: 'R-2' }]);
  });

  it('reports the same field changed differently on both sides, field by field, and resolves per item', () => {
    const base = baseProject();
    const mine = copy(base);
    const theirs = copy(base);
    req(mine, 'R-3')!.target = 0.85;
    req(theirs, 'R-3')!.target = 0.9;
    req(theirs, 'R-3')!.owner = 'Lee';
    const r = mergeDocuments(mine, theirs, { base });
    expect(r.conflicts).toHaveLength(1);
    expect(r.conflicts[0]).toMatchObject({
      key: 'requirement:R-3',
      type: 'both-changed',
      fields: [{ field: 'target', base: '0.8', mine: '0.85', theirs: '0.9' }],
    });
    expect(r.unresolved).toEqual(['requirement:R-3']);
    // Unresolved keeps mine; the owner change made on their side only is taken either way.
    expect(req(r.doc, 'R-3')).toMatchObject({ target: 0.85, owner: 'Lee' });
    const theirsWins = mergeDocuments(mine, theirs, { base, resolutions: { 'requirement:R-3': 'theirs' } });
    expect(theirsWins.unresolved).toEqual([]);
    expect(req(theirsWins.doc, 'R-3')).toMatchObject({ target: 0.9, owner: 'Lee' });
  });

  it('honours deletions made on one side, and flags a deletion of something the other side changed', () => {
    const base = baseProject();
    const mine = copy(base);
    const theirs = copy(base);
    mine.requirements = mine.requirements.filter((r) => r.id !== 'R-1');
    theirs.decisions = [];
    mine.requirements = mine.requirements.filter((r) => r.id !== 'R-3');
    req(theirs, 'R-3')!.target = 0.7;
    const r = mergeDocuments(mine, theirs, { base });
    expect(r.doc.requirements.map((x) => x.id)).toEqual(['R-2']);
    expect(r.doc.decisions).toEqual([]);
    expect(r.deleted).toEqual(
      expect.arrayContaining([
        { kind: 'requirement', id: 'R-1', by: 'mine' },
        { kind: 'decision', id: 'Q-1', by: 'theirs' },
      ]),
    );
    expect(r.conflicts).toMatchObject([{ key: 'requirement:R-3', type: 'deleted-by-mine' }]);
    const keep = mergeDocuments(mine, theirs, { base, resolutions: { 'requirement:R-3': 'theirs' } });
    expect(req(keep.doc, 'R-3')!.target).toBe(0.7);
  });

  it('renumbers the same id created independently for different things, with every reference', () => {
    const base = baseProject();
    const mine = copy(base);
    const theirs = copy(base);
    mine.requirements.push(requirement('R-4', 'error_rate', 0.05, '2026-02-01T00:00:00.000Z'));
    mine.counters.requirement = 4;
    mine.runs.push(run('RUN-2', '2026-02-01T01:00:00.000Z', 1, 0.91));
    mine.counters.run = 2;
    const theirReq = requirement('R-4', 'model_size_mb', 20, '2026-02-02T00:00:00.000Z');
    theirs.requirements.push(theirReq);
    theirs.runs.push(run('RUN-2', '2026-02-02T01:00:00.000Z', 1, 0.93));
    theirs.iterations.push(closedIteration('IT-2', '2026-02-02T02:00:00.000Z', 'RUN-2', [theirReq]));
    theirs.decisions.push({
      ...copy(theirs.decisions[0]!),
      id: 'Q-2',
      at: '2026-02-02T03:00:00.000Z',
      requirements: ['R-4'],
    });
    theirs.counters = { ...theirs.counters, requirement: 4, run: 2, iteration: 2, qa: 2 };
    const r = mergeDocuments(mine, theirs, { base });
    expect(r.conflicts).toEqual([]);
    expect(r.renumbered).toEqual([
      { kind: 'requirement', from: 'R-4', to: 'R-5' },
      { kind: 'run', from: 'RUN-2', to: 'RUN-3' },
    ]);
    expect(r.doc.requirements.map((x) => `${x.id} ${x.metric}`)).toEqual([
      'R-1 accuracy',
      'R-2 latency_p95_ms',
      'R-3 macro_f1',
      'R-4 error_rate',
      'R-5 model_size_mb',
    ]);
    const it2 = r.doc.iterations.find((i) => i.id === 'IT-2')!;
    expect(it2.candidateRun).toBe('RUN-3');
    expect(it2.scorecard[0]).toMatchObject({ requirement: 'R-5', evidence: 'RUN-3 · digits@v1', value: 0.9 });
    expect(r.doc.decisions.find((q) => q.id === 'Q-2')!.requirements).toEqual(['R-5']);
    expect(r.doc.runs.find((x) => x.id === 'RUN-3')!.metrics.accuracy).toBe(0.93);
    expect(r.doc.counters).toMatchObject({ requirement: 5, run: 3, iteration: 2, qa: 2 });
  });

  it('the candidate run a teammate chose follows its run when that run is renumbered', () => {
    const base = baseProject();
    const mine = copy(base);
    const theirs = copy(base);
    mine.runs.push(run('RUN-2', '2026-02-01T01:00:00.000Z', 1, 0.91));
    mine.counters.run = 2;
    theirs.runs.push(run('RUN-2', '2026-02-02T01:00:00.000Z', 1, 0.93));
    theirs.counters.run = 2;
    theirs.candidate = { run: 'RUN-2', chosenAt: '2026-02-02T02:00:00.000Z' };
    const r = mergeDocuments(mine, theirs, { base });
    expect(r.renumbered).toEqual([{ kind: 'run', from: 'RUN-2', to: 'RUN-3' }]);
    expect(r.doc.candidate).toEqual({ run: 'RUN-3', chosenAt: '2026-02-02T02:00:00.000Z' });
    expect(r.doc.runs.find((x) => x.id === 'RUN-3')!.metrics.accuracy).toBe(0.93);
  });

  it('renumbers a dataset version both sides created, and the runs measured on it follow', () => {
    const base = baseProject();
    const mine = copy(base);
    const theirs = copy(base);
    const v2 = { ...copy(base.datasets[0]!.versions[0]!), version: 2, parent: 1 };
    mine.datasets[0]!.versions.push({ ...v2, createdAt: '2026-03-01T00:00:00.000Z', source: 'data/v2-mine' });
    theirs.datasets[0]!.versions.push({ ...v2, createdAt: '2026-03-02T00:00:00.000Z', source: 'data/v2-theirs' });
    theirs.runs.push(run('RUN-2', '2026-03-02T01:00:00.000Z', 2));
    theirs.counters.run = 2;
    const r = mergeDocuments(mine, theirs, { base });
    expect(r.doc.datasets[0]!.versions.map((v) => `${v.version} ${v.source} ${v.parent ?? '-'}`)).toEqual([
      '1 data/v1 -',
      '2 data/v2-mine 1',
      '3 data/v2-theirs 1',
    ]);
    expect(r.doc.runs.find((x) => x.id === 'RUN-2')!.dataset).toEqual({ name: 'digits', version: 3 });
  });

  it('never changes a scorecard frozen before both copies, and takes a close made on one side whole', () => {
    const base = baseProject();
    base.iterations.push({ ...closedIteration('IT-2', '2026-04-01T00:00:00.000Z', 'RUN-1', []), status: 'open' });
    delete base.iterations[1]!.closedAt;
    base.counters.iteration = 2;
    const mine = copy(base);
    const theirs = copy(base);
    theirs.iterations[0]!.scorecard[0]!.value = 0.99;
    mine.iterations[1] = closedIteration('IT-2', '2026-04-01T00:00:00.000Z', 'RUN-1', mine.requirements);
    theirs.iterations[1]!.notes = 'their note';
    const r = mergeDocuments(mine, theirs, { base });
    expect(r.doc.iterations[0]!.scorecard[0]!.value).toBe(0.9);
    expect(r.doc.iterations[1]).toMatchObject({ status: 'closed', notes: 'their note' });
    expect(r.doc.iterations[1]!.scorecard).toHaveLength(3);
  });
});

describe('what a merge must not break', () => {
  it('keeps an entity one side deleted when the other side added something that uses it', () => {
    const base = baseProject();
    base.models.push({ ...copy(base.models[0]!), id: 'M-2', name: 'cnn', sha256: 'b'.repeat(64) });
    base.counters.model = 2;
    const mine = copy(base);
    const theirs = copy(base);
    mine.models = mine.models.filter((m) => m.id !== 'M-2');
    mine.requirements = mine.requirements.filter((r) => r.id !== 'R-2');
    theirs.runs.push({ ...run('RUN-2', '2026-05-01T00:00:00.000Z'), model: 'M-2' });
    theirs.counters.run = 2;
    const before = serializeDocument(mine);
    const r = mergeDocuments(mine, theirs, { base });
    expect(r.doc.models.map((m) => m.id)).toEqual(['M-1', 'M-2']);
    expect(r.warnings).toContain(
      'model M-2 was deleted on one side but the merged project still uses it, so it was kept.',
    );
    expect(r.deleted).toEqual([{ kind: 'requirement', id: 'R-2', by: 'mine' }]);
    // Q-1 linked the deleted R-2: the link goes, as when deleting in the app; the inputs are untouched.
    expect(r.doc.decisions[0]!.requirements).toEqual([]);
    expect(serializeDocument(mine)).toBe(before);
    expect(theirs.decisions[0]!.requirements).toEqual(['R-2']);
  });

  it("merges the project's own fields one by one", () => {
    const base = baseProject();
    const mine = copy(base);
    const theirs = copy(base);
    mine.project.name = 'Digits for homework';
    theirs.project.description = 'Reads digits in photos of homework.';
    const r = mergeDocuments(mine, theirs, { base });
    expect(r.conflicts).toEqual([]);
    expect(r.doc.project).toMatchObject({
      name: 'Digits for homework',
      description: 'Reads digits in photos of homework.',
    });
  });
});

describe('merging without a base', () => {
  it('takes what only one side has and counts every shared difference as a conflict', () => {
    const base = baseProject();
    const mine = copy(base);
    const theirs = copy(base);
    theirs.models.push({ ...copy(base.models[0]!), id: 'M-2', name: 'cnn', sha256: 'b'.repeat(64) });
    theirs.counters.model = 2;
    req(mine, 'R-1')!.target = 0.95;
    const r = mergeDocuments(mine, theirs);
    expect(r.taken).toEqual([{ kind: 'model', id: 'M-2' }]);
    expect(r.conflicts.map((c) => c.key)).toEqual(['requirement:R-1']);
    expect(r.doc.counters.model).toBe(2);
  });

  it('is idempotent: a project merged with itself is byte-identical, and merging the result again changes nothing', () => {
    const base = baseProject();
    expect(serializeDocument(mergeDocuments(base, copy(base)).doc)).toBe(serializeDocument(base));
    const mine = copy(base);
    const theirs = copy(base);
    mine.requirements.push(requirement('R-4', 'error_rate', 0.05, '2026-02-01T00:00:00.000Z'));
    theirs.requirements.push(requirement('R-4', 'cer', 0.1, '2026-02-02T00:00:00.000Z'));
    mine.counters.requirement = theirs.counters.requirement = 4;
    const once = mergeDocuments(mine, theirs, { base });
    const twice = mergeDocuments(once.doc, theirs, { base });
    expect(twice.renumbered).toEqual([{ kind: 'requirement', from: 'R-4', to: 'R-5' }]);
    expect(twice.conflicts).toEqual([]);
    expect(serializeDocument(twice.doc)).toBe(serializeDocument(once.doc));
  });
});
