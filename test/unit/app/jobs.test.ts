import { describe, expect, it } from 'vitest';
import type { JobInfo } from '../../../shared/contract.js';
import { JobRunner } from '../../../main/core/app/jobs.js';
import { GapboardError } from '../../../main/core/project/errors.js';

function runner() {
  const events: JobInfo[] = [];
  let t = 0;
  const clock = () => t;
  const jobs = new JobRunner((e) => events.push(e), clock);
  return { jobs, events, tick: (ms: number) => (t += ms) };
}

describe('JobRunner', () => {
  it('reports progress with rate and ETA, and the result when done', async () => {
    const { jobs, events, tick } = runner();
    const started = jobs.start('scan', 'Scan digits', async ({ progress }) => {
      tick(1000);
      progress(50, 200);
      tick(1000);
      progress(200, 200);
      return { files: 200 };
    });
    expect(started.status).toBe('running');
    const done = await jobs.wait(started.id);
    expect(done).toMatchObject({ status: 'done', done: 200, total: 200, result: { files: 200 } });
    const mid = events.find((e) => e.done === 50)!;
    expect(mid.rate).toBe(50); // 50 items in 1 s
    expect(mid.etaSeconds).toBe(3); // 150 left at 50/s
  });

  it('throttles progress events to one per 100 ms (plus the last)', async () => {
    const { jobs, events, tick } = runner();
    const job = jobs.start('hash', 'Hash', async ({ progress }) => {
      for (let i = 1; i <= 1000; i++) {
        tick(1);
        progress(i, 1000);
      }
    });
    await jobs.wait(job.id);
    const progressEvents = events.filter((e) => e.status === 'running');
    expect(progressEvents.length).toBeLessThanOrEqual(12);
    expect(progressEvents.at(-1)!.done).toBe(1000);
  });

  it('cancel aborts the signal and ends the job as cancelled', async () => {
    const { jobs } = runner();
    const job = jobs.start(
      'eval',
      'Evaluate',
      ({ signal }) =>
        new Promise((_, reject) =>
          signal.addEventListener('abort', () => reject(new GapboardError('CANCELLED', 'stopped'))),
        ),
    );
    jobs.cancel(job.id);
    expect(await jobs.wait(job.id)).toMatchObject({ status: 'cancelled', error: null });
  });

  it('a failing job ends failed with its reason; unknown ids are NOT_FOUND', async () => {
    const { jobs } = runner();
    const job = jobs.start('eval', 'Evaluate', async () => {
      throw new Error('input shape [1,3,32,32] does not fit');
    });
    expect(await jobs.wait(job.id)).toMatchObject({ status: 'failed', error: 'input shape [1,3,32,32] does not fit' });
    expect(() => jobs.get('job-999')).toThrow(/no job job-999/);
  });
});
