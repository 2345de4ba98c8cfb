/**
 * What a newcomer sees on `npm start` in a fresh checkout: no line that reads like a failure
 * before the URL, a page with its icon, and no dead child processes left behind by the work
 * the host does in worker threads.
 *
 * The checkout is a copy of the tracked files (what a clone holds) in a private temp folder,
 * with the installed node_modules linked in, so the build writes its own `out/` and never
 * touches the one the rest of the suite uses.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function copyTrackedFiles(to: string): void {
  const files = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const rel of files) {
    const from = path.join(ROOT, rel);
    if (!fs.existsSync(from)) continue; // deleted in the working tree, not yet committed
    fs.mkdirSync(path.dirname(path.join(to, rel)), { recursive: true });
    fs.copyFileSync(from, path.join(to, rel));
  }
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(to, 'node_modules'), 'dir');
}

/** Every process below `pid`, with its state letter from /proc (Z = defunct). */
function descendants(pid: number): { pid: number; state: string; name: string }[] {
  const all = fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => {
      try {
        const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
        // The name sits in parentheses and may itself contain spaces.
        const close = stat.lastIndexOf(')');
        const [state, ppid] = stat.slice(close + 2).split(' ');
        return { pid: Number(d), ppid: Number(ppid), state: state!, name: stat.slice(stat.indexOf('(') + 1, close) };
      } catch {
        return null; // ended while being read
      }
    })
    .filter((p) => p !== null);
  const out: { pid: number; state: string; name: string }[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const p of all.filter((q) => q.ppid === parent)) {
      out.push(p);
      queue.push(p.pid);
    }
  }
  return out;
}

describe('npm start in a fresh checkout', () => {
  let dir: string;
  let child: ChildProcess;
  let before = '';
  let url = '';

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gapboard-clone-'));
    copyTrackedFiles(dir);
    const env: NodeJS.ProcessEnv = { ...process.env, CI: 'true', GAPBOARD_DATA_DIR: path.join(dir, '.data') };
    delete env.NODE_OPTIONS;
    child = spawn('npm', ['start'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no URL within 100 s:\n${before}`)), 100_000);
      const take = (chunk: Buffer) => {
        before += chunk.toString();
        const m = /(http:\/\/127\.0\.0\.1:\d+)\/#token=[\w-]+/.exec(before);
        if (m) {
          clearTimeout(timer);
          resolve(m[0]);
        }
      };
      child.stdout!.on('data', take);
      child.stderr!.on('data', take);
      child.once('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${before}`)));
    });
  }, 110_000);

  afterAll(async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid!, 'SIGTERM');
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints no line containing "warn" or "error" before the URL', () => {
    const lines = before.slice(0, before.indexOf(url)).split('\n');
    expect(lines.filter((l) => /warn|error/i.test(l))).toEqual([]);
    expect(before).toContain('starting the browser host instead');
  });

  it('serves the page with an icon that exists', async () => {
    const origin = new URL(url).origin;
    const html = await (await fetch(`${origin}/`)).text();
    const icon = /<link rel="icon"[^>]*href="\.?\/?([^"]+)"/.exec(html)?.[1];
    expect(icon).toBeTruthy();
    const res = await fetch(`${origin}/${icon}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('leaves no defunct child process after work done in worker threads', async () => {
    const origin = new URL(url).origin;
    const token = url.split('#token=')[1]!;
    const call = async (name: string, args: unknown) => {
      const res = await fetch(`${origin}/api/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(args),
      });
      const body = (await res.json()) as { ok: boolean; value: { id: string; status: string } };
      expect(body.ok).toBe(true);
      return body.value;
    };
    // The sample opens by default; re-hashing a version runs the scan workers.
    const job = await call('datasets.verify', { name: 'digits', version: 1 });
    let status = job.status;
    for (let i = 0; i < 600 && status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await call('jobs.get', { id: job.id })).status;
    }
    expect(status).toBe('done');
    // Worker threads end a moment after their job; give them that moment.
    await new Promise((r) => setTimeout(r, 1500));
    expect(descendants(child.pid!).filter((p) => p.state === 'Z')).toEqual([]);
  });
});
