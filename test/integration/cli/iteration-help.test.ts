/**
 * `gapboard iteration close --help` marks `--name` as optional, and it is: closing without a
 * name works (the open iteration keeps its own, or a fresh one gets a default).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/core/cli/run-cli.js';
import { ProjectSession } from '../../../main/core/project/session.js';
import { FIXED_NOW, tempDir } from '../../helpers/temp.js';
import { captureIo } from '../datasets/fixtures.js';

describe('gapboard iteration close', () => {
  it('shows --name as optional in its help, and closes without one', async () => {
    const dir = tempDir();
    await (await ProjectSession.create(path.join(dir, 'p.gapboard'), 'Help', { now: FIXED_NOW })).close();
    const help = captureIo(dir);
    expect(await runCli(['iteration', 'close', '--help'], help)).toBe(0);
    expect(help.stdout()).toContain('[--name NAME]');
    expect(help.stdout()).not.toMatch(/> --name NAME/);

    const start = captureIo(dir);
    expect(await runCli(['iteration', 'start', 'p.gapboard', '--name', 'First'], start)).toBe(0);
    const close = captureIo(dir);
    expect(await runCli(['iteration', 'close', 'p.gapboard'], close)).toBe(0);
    expect(close.stdout()).toMatch(/Closed \S+ "First"/);
  });
});
