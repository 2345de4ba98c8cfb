/**
 * A job's title follows the reader's language: the core says what the job works on, the
 * catalogue words it. Jobs started through the API carry that subject.
 */
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { JobRunner } from '../../../main/core/app/jobs.js';
import { jobTitle } from '../../../renderer/src/components/job-title.js';
import { changeLanguage, initI18n } from '../../../renderer/src/i18n/index.js';

beforeAll(async () => {
  await initI18n('en');
});

const t = i18next.t.bind(i18next);

describe('jobTitle', () => {
  const scan = { kind: 'dataset.scan', label: 'Scanning digits', subject: { name: 'digits' } };
  const evaluate = {
    kind: 'run.evaluate',
    label: 'Evaluating mlp on digits@v3',
    subject: { model: 'mlp', name: 'digits', version: '3' },
  };

  it('words scans, checks and evaluations in English and Korean', async () => {
    await changeLanguage('en');
    expect(jobTitle(t, scan)).toBe('Scanning digits');
    expect(jobTitle(t, evaluate)).toBe('Evaluating mlp on digits@v3');
    await changeLanguage('ko');
    expect(jobTitle(t, scan)).toBe('digits 스캔 중');
    expect(jobTitle(t, { kind: 'dataset.verify', label: 'x', subject: { name: 'digits', version: '2' } })).toBe(
      'digits@v2 무결성 검사 중',
    );
    expect(jobTitle(t, evaluate)).toBe('digits@v3에서 mlp 평가 중');
    await changeLanguage('en');
  });

  it('shows the core’s label for a job it has no words for', async () => {
    await changeLanguage('ko');
    expect(jobTitle(t, { kind: 'report.render', label: 'Rendering the report' })).toBe('Rendering the report');
    expect(jobTitle(t, { kind: 'dataset.scan', label: 'Scanning digits' })).toBe('Scanning digits');
    await changeLanguage('en');
  });

  it('is what a started job reports', () => {
    const jobs = new JobRunner(() => undefined);
    const info = jobs.start('dataset.scan', 'Scanning digits', async () => 1, undefined, { name: 'digits' });
    expect(info.subject).toEqual({ name: 'digits' });
  });
});
