import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, serializeDocument } from '../../../main/core/project/document.js';
import type { ProjectDocument } from '../../../shared/schema.js';

const SAMPLE = path.resolve(import.meta.dirname, '../../../sample/digits.gapboard');
const sampleBytes = readFileSync(SAMPLE);

/** The sample project, small: a few samples per version, no predictions. */
function base(): ProjectDocument {
  const doc = parseDocument(sampleBytes, 'digits.gapboard').doc;
  for (const run of doc.runs) delete run.predictions;
  return doc;
}

const load = (doc: ProjectDocument) => () => parseDocument(Buffer.from(JSON.stringify(doc)), 'merged.gapboard');

describe('loading refuses a document it could not keep consistent', () => {
  it('the sample project loads', () => {
    expect(() => parseDocument(sampleBytes, 'digits.gapboard')).not.toThrow();
    expect(load(base())).not.toThrow();
  });

  const cases: [string, (d: ProjectDocument) => void, string][] = [
    [
      'two requirements with one id (both branches of a merge added R-9)',
      (d) => (d.requirements[1]!.id = d.requirements[0]!.id),
      'requirements[1].id duplicate requirement id "R-1" (also at requirements[0].id)',
    ],
    ['two runs with one id', (d) => (d.runs[2]!.id = 'RUN-1'), 'runs[2].id duplicate run id "RUN-1"'],
    [
      'two labeling batches with one id',
      (d) => (d.datasets[0]!.versions[1]!.batches[0]!.id = d.datasets[0]!.versions[0]!.batches[0]!.id),
      'datasets[0].versions[1].batches[0].id duplicate labeling batch id',
    ],
    [
      'two datasets with one name',
      (d) => {
        const copy = structuredClone(d.datasets[0]!);
        for (const v of copy.versions) v.batches = [];
        d.datasets.push(copy);
      },
      'datasets[1].name duplicate dataset name',
    ],
    [
      'a counter below an existing id',
      (d) => (d.counters.requirement = 3),
      'counters.requirement is 3, below R-8 at requirements[7].id',
    ],
    [
      'a run naming a model that is not there',
      (d) => (d.runs[0]!.model = 'M-9'),
      'runs[0].model names M-9, which is not a model',
    ],
    [
      'a run naming a dataset version that is not there',
      (d) => (d.runs[1]!.dataset!.version = 9),
      'runs[1].dataset names digits@v9, which is not a dataset version',
    ],
    [
      'an iteration whose candidate run is gone',
      (d) => (d.iterations[0]!.candidateRun = 'RUN-40'),
      'iterations[0].candidateRun names RUN-40, which is not a run',
    ],
    [
      'a chosen candidate run that is gone',
      (d) => (d.candidate = { run: 'RUN-41', chosenAt: '2026-01-01T00:00:00.000Z' }),
      'candidate.run names RUN-41, which is not a run',
    ],
    [
      'a requirement naming a serving target that is not there',
      (d) => (d.requirements[2]!.servingTarget = 'ST-7'),
      'requirements[2].servingTarget names ST-7, which is not a serving target',
    ],
    [
      'a requirement citing a Q&A entry that is not there',
      (d) => (d.requirements[0]!.source.qa = 'Q-99'),
      'requirements[0].source.qa names Q-99, which is not a Q&A entry',
    ],
  ];
  it.each(cases)('%s', (_, change, message) => {
    const doc = base();
    change(doc);
    expect(load(doc)).toThrow(message);
  });

  it('invalid UTF-8 is refused with its line, not rewritten as U+FFFD on the next save', () => {
    const text = serializeDocument(base());
    const at = text.indexOf('"description"');
    const line = text.slice(0, at).split('\n').length;
    const bytes = Buffer.concat([
      Buffer.from(text.slice(0, at + 16)),
      Buffer.from([0xe9]),
      Buffer.from(text.slice(at + 16)),
    ]);
    expect(() => parseDocument(bytes, 'latin1.gapboard')).toThrow(`latin1.gapboard is not valid UTF-8 (line ${line})`);
  });
});

describe('migrating a file from before counters', () => {
  it('sets each counter to the highest id in use, not the count, so a gap left by a delete is not reused', () => {
    const doc = base() as unknown as Record<string, unknown> & { requirements: { id: string }[] };
    doc.requirements = doc.requirements.filter((r) => r.id === 'R-1' || r.id === 'R-8');
    const v0: Record<string, unknown> = { ...doc, schemaVersion: 0, qa: doc.decisions };
    delete v0.counters;
    delete v0.decisions;
    const { doc: migrated } = parseDocument(Buffer.from(JSON.stringify(v0)), 'old.gapboard');
    expect(migrated.counters).toMatchObject({ requirement: 8, model: 3, run: 3, iteration: 3, qa: 6, batch: 3 });
  });
});
