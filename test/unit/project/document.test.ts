import { describe, expect, it } from 'vitest';
import { createDocument, parseDocument, serializeDocument } from '../../../main/core/project/document.js';
import { GapboardError } from '../../../main/core/project/errors.js';
import { migrate } from '../../../main/core/project/migrate.js';

const valid = () => createDocument('Digits', '2026-01-01T00:00:00.000Z');
const bytes = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v));

function failure(input: Buffer): GapboardError {
  try {
    parseDocument(input, 'p.gapboard');
  } catch (err) {
    if (err instanceof GapboardError) return err;
    throw err;
  }
  throw new Error('expected parseDocument to fail');
}

describe('parseDocument refuses bad input with a message that names the problem', () => {
  const cases: { why: string; input: Buffer; code: string; message: RegExp }[] = [
    { why: 'empty file', input: Buffer.alloc(0), code: 'EMPTY_FILE', message: /p\.gapboard is empty/ },
    {
      why: 'truncated JSON',
      input: bytes(JSON.stringify(valid()).slice(0, 80)),
      code: 'NOT_JSON',
      message: /not valid JSON.*truncated/,
    },
    {
      why: 'binary',
      input: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]),
      code: 'NOT_JSON',
      message: /binary file/,
    },
    { why: 'JSON array', input: bytes([1, 2]), code: 'NOT_GAPBOARD', message: /not a Gapboard project/ },
    {
      why: 'other format',
      input: bytes({ format: 'other' }),
      code: 'NOT_GAPBOARD',
      message: /"format" must be "gapboard"/,
    },
    {
      why: 'newer schema',
      input: bytes({ ...valid(), schemaVersion: 7 }),
      code: 'NEWER_SCHEMA',
      message: /schemaVersion 7, newer than .* \(2\)/,
    },
    {
      why: 'schemaVersion not a number',
      input: bytes({ ...valid(), schemaVersion: 'x' }),
      code: 'INVALID',
      message: /schemaVersion must be a whole number/,
    },
    {
      why: 'wrong type deep inside',
      input: bytes({
        ...valid(),
        requirements: [
          {
            id: 'R-1',
            title: '',
            metric: 'accuracy',
            op: '>=',
            target: 'high',
            unit: '',
            priority: 'must',
            scope: {},
            owner: '',
            rationale: '',
            source: { who: '' },
            createdAt: 'x',
            history: [],
          },
        ],
      }),
      code: 'INVALID',
      message: /requirements\[0\]\.target: .*number/,
    },
    {
      why: 'negative counter',
      input: bytes({ ...valid(), counters: { ...valid().counters, run: -1 } }),
      code: 'INVALID',
      message: /counters\.run/,
    },
  ];
  it.each(cases)('$why → $code', ({ input, code, message }) => {
    const err = failure(input);
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
  });
});

describe('serializeDocument', () => {
  it('is stable: parse → serialize → parse → serialize gives the same bytes', () => {
    const once = serializeDocument(valid());
    const twice = serializeDocument(parseDocument(Buffer.from(once), 'x').doc);
    expect(twice).toBe(once);
    expect(once.endsWith('}\n')).toBe(true);
  });

  it('writes keys in schema order whatever order they came in', () => {
    const doc = valid();
    // Build the object with its keys reversed: JSON objects keep insertion order.
    const reversed = Object.fromEntries(Object.entries(doc).reverse()) as typeof doc;
    expect(Object.keys(reversed)[0]).toBe('decisions');
    const text = serializeDocument(reversed);
    expect(Object.keys(JSON.parse(text) as object)).toEqual(Object.keys(doc));
    expect(text).toBe(serializeDocument(doc));
  });

  it('drops keys the schema does not know rather than writing them', () => {
    const text = serializeDocument({ ...valid(), junk: 1 } as ReturnType<typeof valid>);
    expect(text).not.toContain('junk');
  });
});

describe('migrations', () => {
  it('upgrades a schemaVersion 0 file: qa becomes decisions and counters are derived', () => {
    const v0 = { ...valid(), schemaVersion: 0, qa: [], counters: undefined } as Record<string, unknown>;
    delete v0.decisions;
    const { doc, migratedFrom } = parseDocument(bytes(v0), 'old.gapboard');
    expect(migratedFrom).toBe(0);
    expect(doc.schemaVersion).toBe(2);
    expect(doc.decisions).toEqual([]);
    expect(doc.counters.requirement).toBe(0);
  });

  it('names the version it has no step for', () => {
    expect(() => migrate({}, 0, {})).toThrow(/No migration from schemaVersion 0/);
  });
});

describe('prediction columns', () => {
  it('accept whole numbers and refuse anything else, naming the column', async () => {
    // The in-memory columns, also what schema-1 files held inline.
    const { predictionsSchema: predictions } = await import('../../../shared/schema.js');
    expect(predictions.safeParse({ truth: [0, 1], pred: [1, 1], conf: [900, 1000] }).success).toBe(true);
    const bad = predictions.safeParse({ truth: [0, 1], pred: [1, 0.5], conf: [900, 1000] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ['pred'], message: 'expected an array of whole numbers' });
    expect(predictions.safeParse({ truth: 'x', pred: [], conf: [] }).success).toBe(false);
  });
});
