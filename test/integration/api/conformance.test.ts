/**
 * The same calls through the three transports — the router's dispatch, the IPC binding (with
 * an in-memory ipcMain) and the HTTP host on port 0 — give the same results.
 */
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ipcChannel, METHOD_NAMES, type ApiResult } from '../../../shared/contract.js';
import { createCore } from '../../../main/core/app/core-factory.js';
import { createMemoryPrefs } from '../../../main/core/app/prefs.js';
import { startHttpHost, type HttpHost } from '../../../main/core/host/http-host.js';
import { bindIpc, type IpcEventLike, type IpcMainLike } from '../../../main/ipc-binding.js';
import { isTrustedSender } from '../../../main/security.js';
import { FIXED_NOW, tempDir } from '../../helpers/temp.js';

type Listener = (event: IpcEventLike, args: unknown) => Promise<unknown>;
function fakeIpcMain() {
  const handlers = new Map<string, Listener>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => void handlers.set(channel, listener),
    removeHandler: (channel) => void handlers.delete(channel),
  };
  const trusted: IpcEventLike = { senderFrame: { url: 'app://gapboard/index.html', parent: null } };
  return {
    ipc,
    handlers,
    invoke: (channel: string, args: unknown, event = trusted) => handlers.get(channel)!(event, args),
  };
}

function post(host: HttpHost, route: string, body: unknown, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; json: ApiResult<unknown> }>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        path: route,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) as ApiResult<unknown> }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

let hosts: HttpHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.map((h) => h.close()));
  hosts = [];
});

async function threeFronts(dir: string) {
  const make = () => createCore({ host: 'browser', dataDir: dir, prefs: createMemoryPrefs(), now: FIXED_NOW });
  const viaRouter = make();
  const viaIpc = make();
  const viaHttp = make();
  const fake = fakeIpcMain();
  bindIpc(fake.ipc, viaIpc.dispatch, (e) => isTrustedSender(e.senderFrame));
  const host = await startHttpHost({ dispatch: viaHttp.dispatch });
  hosts.push(host);
  return {
    router: (name: string, args: unknown) => viaRouter.dispatch(name, args),
    ipc: (name: string, args: unknown) => fake.invoke(ipcChannel(name as never), args) as Promise<ApiResult<unknown>>,
    http: async (name: string, args: unknown) =>
      (await post(host, `/api/${name}`, args, { authorization: `Bearer ${host.token}` })).json,
    fake,
    host,
  };
}

describe('API conformance across transports', () => {
  it('every method is bound on IPC under its derived channel', async () => {
    const f = await threeFronts(tempDir());
    expect([...f.fake.handlers.keys()].sort()).toEqual(METHOD_NAMES.map((n) => `api:${n}`).sort());
  });

  it('the same script of calls gives the same results through router, IPC and HTTP', async () => {
    const dir = tempDir();
    const f = await threeFronts(dir);
    const results: Record<string, unknown[]> = { router: [], ipc: [], http: [] };
    for (const front of ['router', 'ipc', 'http'] as const) {
      const call = f[front];
      const file = path.join(dir, `${front}.gapboard`);
      const steps: [string, unknown][] = [
        ['project.current', {}],
        ['project.create', { path: file, name: 'Digits' }],
        ['requirements.add', { title: 'acc', metric: 'accuracy', op: '>=', target: 0.97, priority: 'must' }],
        ['requirements.update', { id: 'R-1', fields: { target: 0.98 }, reason: 'planning asked' }],
        ['requirements.add', { metric: 'accuracy', target: 'high' }],
        ['requirements.remove', { id: 'R-9' }],
        ['project.save', {}],
      ];
      for (const [name, args] of steps) {
        const r = await call(name, args);
        // Paths differ per front by construction; compare everything else.
        results[front]!.push(JSON.parse(JSON.stringify(r).replaceAll(file, '<file>')));
      }
    }
    expect(results.ipc).toEqual(results.router);
    expect(results.http).toEqual(results.router);
    const [, , added, updated, badTarget, missing] = results.router as ApiResult<never>[];
    expect(added).toMatchObject({ ok: true, value: { id: 'R-1' } });
    expect(updated).toMatchObject({ ok: true });
    expect(badTarget).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT', message: /target/ } });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'There is no requirement R-9 in this project.' },
    });
  });

  it('an unknown method is an error over HTTP and the router, and has no IPC channel at all', async () => {
    const f = await threeFronts(tempDir());
    const unknown = { ok: false, error: { code: 'BAD_ARGUMENT', message: 'Unknown API method "no.such".' } };
    expect(await f.router('no.such', {})).toEqual(unknown);
    expect(await f.http('no.such', {})).toEqual(unknown);
    expect(f.fake.handlers.has('api:no.such')).toBe(false);
  });

  it('IPC handlers reject malformed arguments and untrusted senders', async () => {
    const f = await threeFronts(tempDir());
    const bad = await f.fake.invoke(ipcChannel('project.open'), { path: 42 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT', message: /path/ } });
    const extra = await f.fake.invoke(ipcChannel('project.open'), { path: '/x', evil: true });
    expect(extra).toMatchObject({ ok: false, error: { code: 'BAD_ARGUMENT' } });
    const iframe = { senderFrame: { url: 'app://gapboard/index.html', parent: {} } };
    expect(await f.fake.invoke(ipcChannel('app.info'), {}, iframe)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const remote = { senderFrame: { url: 'https://example.invalid/', parent: null } };
    expect(await f.fake.invoke(ipcChannel('app.info'), {}, remote)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});

describe('HTTP host security', () => {
  it('refuses requests without the token, or with a wrong one (401)', async () => {
    const f = await threeFronts(tempDir());
    expect((await post(f.host, '/api/app.info', {})).status).toBe(401);
    expect((await post(f.host, '/api/app.info', {}, { authorization: 'Bearer nope' })).status).toBe(401);
    const ok = await post(f.host, '/api/app.info', {}, { authorization: `Bearer ${f.host.token}` });
    expect(ok.status).toBe(200);
    expect(ok.json).toMatchObject({ ok: true, value: { host: 'browser' } });
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const f = await threeFronts(tempDir());
    const r = await post(
      f.host,
      '/api/app.info',
      {},
      { authorization: `Bearer ${f.host.token}`, host: 'evil.example:80' },
    );
    expect(r.status).toBe(403);
  });

  it('listens on 127.0.0.1 only, not on the machine’s other addresses', async () => {
    const f = await threeFronts(tempDir());
    expect(f.host.server.address()).toMatchObject({ address: '127.0.0.1' });
    const external = Object.values(os.networkInterfaces())
      .flat()
      .find((a) => a && a.family === 'IPv4' && !a.internal);
    if (external) {
      const refused = await new Promise<boolean>((resolve) => {
        const req = http.request({ host: external.address, port: f.host.port, path: '/api/app.info', method: 'POST' });
        req.on('error', () => resolve(true));
        req.on('response', () => resolve(false));
        req.end();
      });
      expect(refused).toBe(true);
    }
  });
});
