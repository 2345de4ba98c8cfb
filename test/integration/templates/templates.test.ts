import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../main/core/app/core-factory.js';
import { createMemoryPrefs } from '../../../main/core/app/prefs.js';
import { runCli } from '../../../main/core/cli/run-cli.js';
import { BUILTIN_TEMPLATES } from '../../../main/core/templates/builtin.js';
import type { ProjectDocument } from '../../../shared/schema.js';
import { captureIo, FIXED_NOW, tempDir } from '../../helpers/temp.js';

const readDoc = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as ProjectDocument;

describe('built-in templates', () => {
  it('state the talk’s requirements in both languages: error rate as a correction chance, p95 on the target, QPS, size, examples per class', () => {
    const metrics = new Set(BUILTIN_TEMPLATES.flatMap((t) => t.requirements.map((r) => r.metric)));
    for (const m of ['error_rate', 'latency_p95_ms', 'server_qps', 'model_size_mb', 'data.min_class_count']) {
      expect(metrics).toContain(m);
    }
    for (const t of BUILTIN_TEMPLATES) {
      for (const text of [t.name, t.description, ...t.requirements.flatMap((r) => [r.title, r.rationale])]) {
        expect(typeof text === 'object' && text.en.length > 0 && text.ko.length > 0).toBe(true);
      }
      for (const r of t.requirements.filter((x) => x.metric.startsWith('latency'))) {
        expect(t.servingTargets.map((s) => s.key)).toContain(r.servingTarget);
      }
    }
  });
});

describe('templates through the API', () => {
  it('starts a project from a built-in template in Korean, saves a template of mine outside the project, and applies it with a new iteration', async () => {
    const dir = tempDir();
    const dataDir = path.join(dir, 'app-data');
    const { dispatch } = createCore({ host: 'browser', dataDir, prefs: createMemoryPrefs(), now: FIXED_NOW });
    const file = path.join(dir, 'ocr.gapboard');
    const created = await dispatch('templates.createProject', {
      path: file,
      name: 'OCR',
      template: 'mobile-ocr',
      language: 'ko',
    });
    expect(created).toMatchObject({ ok: true, value: { dirty: false } });
    const doc = readDoc(file);
    expect(doc.servingTargets).toMatchObject([{ id: 'ST-1', name: '보급형 스마트폰', mode: 'mobile' }]);
    expect(doc.requirements.map((r) => [r.id, r.metric, r.op, r.target, r.servingTarget ?? null])).toEqual([
      ['R-1', 'error_rate', '<=', 0.05, null],
      ['R-2', 'latency_p95_ms', '<=', 300, 'ST-1'],
      ['R-3', 'model_size_mb', '<=', 20, 'ST-1'],
      ['R-4', 'data.min_class_count', '>=', 100, null],
    ]);
    expect(doc.requirements[0]!.title).toBe('사용자가 결과를 고치는 일이 드묾');

    const saved = await dispatch('templates.save', { name: 'Our OCR', requirements: ['R-2', 'R-3'] });
    expect(saved).toMatchObject({ ok: true, value: { id: 'user-our-ocr', servingTargets: [{ key: 'ST-1' }] } });
    const stored = JSON.parse(readFileSync(path.join(dataDir, 'templates.json'), 'utf8')) as { templates: unknown[] };
    expect(stored.templates).toHaveLength(1);
    expect(JSON.stringify(readDoc(file))).not.toContain('Our OCR');
    expect(await dispatch('templates.save', { name: 'Our OCR' })).toMatchObject({
      ok: false,
      error: { message: 'A template named "Our OCR" already exists; choose another name.' },
    });

    const other = path.join(dir, 'other.gapboard');
    await dispatch('project.create', { path: other, name: 'Other' });
    const applied = await dispatch('templates.apply', { id: 'user-our-ocr', language: 'en', iteration: 'Round 1' });
    expect(applied).toMatchObject({
      ok: true,
      value: { result: { added: ['R-1', 'R-2'], skipped: [], servingTargets: ['ST-1'] } },
    });
    const again = await dispatch('templates.apply', { id: 'user-our-ocr', language: 'en' });
    expect(again).toMatchObject({ ok: true, value: { result: { added: [], servingTargets: [] } } });
    await dispatch('project.save', {});
    const otherDoc = readDoc(other);
    expect(otherDoc.iterations).toMatchObject([{ id: 'IT-1', name: 'Round 1', status: 'open' }]);
    expect(otherDoc.requirements.map((r) => r.servingTarget)).toEqual(['ST-1', 'ST-1']);

    expect(await dispatch('templates.remove', { id: 'mobile-ocr' })).toMatchObject({
      ok: false,
      error: { message: '"mobile-ocr" is built in and cannot be deleted.' },
    });
    const left = await dispatch('templates.remove', { id: 'user-our-ocr' });
    expect(left).toMatchObject({ ok: true });
    expect((left as { value: unknown[] }).value).toHaveLength(BUILTIN_TEMPLATES.length);
    expect(await dispatch('templates.apply', { id: 'nope', language: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringContaining('There is no template "nope"') as unknown },
    });
  });
});

describe('templates from the CLI', () => {
  const saved = process.env.GAPBOARD_DATA_DIR;
  afterEach(() => {
    if (saved === undefined) delete process.env.GAPBOARD_DATA_DIR;
    else process.env.GAPBOARD_DATA_DIR = saved;
  });

  it('new --template, template save / list / apply', async () => {
    const dir = tempDir();
    process.env.GAPBOARD_DATA_DIR = path.join(dir, 'data');
    const cli = async (...argv: string[]) => {
      const { io, cli: cio } = captureIo(dir);
      return { code: await runCli(argv, cio), ...io };
    };
    const bad = await cli('new', 'x.gapboard', '--template', 'nope');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('There is no template "nope"');
    expect((await cli('new', 'a.gapboard', '--template', 'formula-photos')).code).toBe(0);
    const a = readDoc(path.join(dir, 'a.gapboard'));
    expect(a.requirements.map((r) => r.metric)).toEqual([
      'error_rate',
      'latency_p95_ms',
      'model_size_mb',
      'data.min_class_count',
      'manual',
    ]);
    expect(a.requirements[4]!.manual).toEqual({ evidence: [], judgments: [] });
    expect(
      (await cli('template', 'save', 'a.gapboard', '--name', 'Formula v2', '--requirements', 'R-1,R-5')).code,
    ).toBe(0);
    const listed = await cli('template', 'list', '--lang', 'ko');
    expect(listed.out).toMatch(/^mobile-ocr\s+모바일 OCR 서비스\s+4\s+built-in$/m);
    expect(listed.out).toMatch(/^user-formula-v2\s+Formula v2\s+2\s+yours$/m);
    await cli('new', 'b.gapboard');
    const applied = await cli('template', 'apply', 'b.gapboard', 'user-formula-v2', '--iteration', 'Round 2', '--json');
    expect(applied.code).toBe(0);
    expect(JSON.parse(applied.out)).toEqual({ added: ['R-1', 'R-2'], skipped: [], servingTargets: [] });
    expect(readDoc(path.join(dir, 'b.gapboard')).iterations[0]!.name).toBe('Round 2');
  });
});
