import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProjectSession } from '../../../main/core/project/session.js';
import { addRequirement, removeRequirement, updateRequirement } from '../../../main/core/requirements/requirements.js';
import { formatScope, parseScope } from '../../../main/core/requirements/scope.js';
import { isKnownMetricKey, metricCatalog } from '../../../main/core/scoring/catalog.js';
import { metricKind, parseMetricKey } from '../../../shared/metric-keys.js';
import { doc, run, version } from './fixtures.js';
import { tempSession } from './session-fixture.js';

describe('metric keys', () => {
  it.each([
    ['accuracy', 'quality'],
    ['slice[rotated].recall[7]', 'quality'],
    ['f1[cat]', 'quality'],
    ['latency_p95_ms', 'speed'],
    ['server_qps', 'speed'],
    ['model_size_mb', 'size'],
    ['peak_memory_mb', 'size'],
    ['data.count[slice=rotated]', 'data'],
    ['labeling.accepted_rate', 'data'],
  ])('%s is %s', (key, kind) => expect(metricKind(key)).toBe(kind));

  it('parses class and slice parts', () => {
    expect(parseMetricKey('slice[rotated].recall[7]')).toMatchObject({
      base: 'recall',
      className: '7',
      slice: 'rotated',
      known: true,
    });
    expect(parseMetricKey('data.count[7]')).toMatchObject({ base: 'data.count', className: '7', known: true });
    expect(parseMetricKey('slice[x].latency_p95_ms').known).toBe(false);
    expect(parseMetricKey('acuracy').known).toBe(false);
  });
});

describe('metricCatalog', () => {
  it('expands the vocabulary keys with the classes and slices found in the datasets', () => {
    const d = doc();
    d.datasets = [
      {
        name: 'digits',
        description: '',
        versions: [
          version(
            1,
            { '0': 5, '1': 5 },
            { stats: { count: 10, classes: { '0': 5, '1': 5 }, splits: {}, slices: { rotated: 3 } } },
          ),
        ],
      },
    ];
    d.runs = [run(1, { custom_score: 1 })];
    const byKey = new Map(metricCatalog(d).map((e) => [e.key, e]));
    expect(byKey.get('accuracy')).toMatchObject({ kind: 'quality', op: '>=', unit: '', source: 'design' });
    expect(byKey.get('latency_p95_ms')).toMatchObject({ kind: 'speed', op: '<=', unit: 'ms' });
    expect(byKey.get('recall[1]')).toMatchObject({ kind: 'quality', op: '>=', source: 'dataset' });
    expect(byKey.get('slice[rotated].accuracy')).toMatchObject({ kind: 'quality', source: 'dataset' });
    expect(byKey.get('slice[rotated].error_rate')).toMatchObject({ op: '<=' });
    expect(byKey.get('data.count[0]')).toMatchObject({ kind: 'data', unit: 'samples' });
    expect(byKey.get('data.count[slice=rotated]')).toMatchObject({ kind: 'data' });
    expect(byKey.get('custom_score')).toMatchObject({ source: 'run' });
    expect(isKnownMetricKey(d, 'custom_score')).toBe(true);
    expect(isKnownMetricKey(d, 'recall[unseen-class]')).toBe(true);
    expect(isKnownMetricKey(d, 'acuracy')).toBe(false);
  });
});

describe('scope text', () => {
  it.each([
    ['digits@v3:test:rotated', { dataset: 'digits', version: 3, split: 'test', slice: 'rotated' }],
    ['digits@3', { dataset: 'digits', version: 3 }],
    ['digits@v3::rotated', { dataset: 'digits', version: 3, slice: 'rotated' }],
    ['digits:test', { dataset: 'digits', split: 'test' }],
  ])('%s', (text, scope) => {
    expect(parseScope(text)).toEqual(scope);
    expect(formatScope(parseScope(text))).toBe(text.replace('@3', '@v3'));
  });
  it('refuses malformed scopes', () => expect(() => parseScope('digits@vx')).toThrow(/DATASET@vN/));
});

describe('requirement CRUD', () => {
  let s: ProjectSession;
  let dispose: () => Promise<void>;
  beforeEach(async () => ({ session: s, dispose } = await tempSession()));
  afterEach(async () => dispose());

  it('adds with ids that are never reused and defaults from the metric key', () => {
    const a = addRequirement(s, { metric: 'latency_p95_ms', target: 5 });
    expect(a).toMatchObject({
      id: 'R-1',
      op: '<=',
      unit: 'ms',
      priority: 'should',
      title: 'latency_p95_ms',
      history: [],
    });
    removeRequirement(s, 'R-1');
    expect(addRequirement(s, { metric: 'accuracy', target: 0.9 }).id).toBe('R-2');
  });

  it('refuses unknown metric keys and missing serving targets', () => {
    expect(() => addRequirement(s, { metric: 'acuracy', target: 1 })).toThrow(/not a metric key/);
    expect(() => addRequirement(s, { metric: 'latency_p95_ms', target: 1, servingTarget: 'ST-4' })).toThrow(
      /no serving target ST-4/,
    );
  });

  it('records target, op, priority and metric changes with date and reason; needs a reason for them', () => {
    addRequirement(s, { metric: 'accuracy', target: 0.9, priority: 'should' });
    expect(() => updateRequirement(s, 'R-1', { target: 0.95 })).toThrow(/needs a reason/);
    updateRequirement(
      s,
      '1',
      { target: 0.95, priority: 'must', title: 'accuracy' },
      'Q-2: users correct too often',
      '2025-12-01',
    );
    updateRequirement(s, 'R-1', { title: 'top-1 accuracy', rationale: 'fewer corrections' });
    updateRequirement(s, 'R-1', { metric: 'macro_f1', op: '>=' }, 'class balance matters');
    expect(s.doc.requirements[0]!.history).toEqual([
      { at: '2025-12-01', field: 'target', from: 0.9, to: 0.95, reason: 'Q-2: users correct too often' },
      { at: '2025-12-01', field: 'priority', from: 'should', to: 'must', reason: 'Q-2: users correct too often' },
      {
        at: expect.stringMatching(/^\d{4}-\d\d-\d\d/) as string,
        field: 'metric',
        from: 'accuracy',
        to: 'macro_f1',
        reason: 'class balance matters',
      },
    ]);
    expect(s.doc.requirements[0]).toMatchObject({
      title: 'top-1 accuracy',
      rationale: 'fewer corrections',
      target: 0.95,
      metric: 'macro_f1',
    });
  });
});
