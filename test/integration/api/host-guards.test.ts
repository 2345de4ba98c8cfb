/** The browser host's doors, one request each; the adversarial suite throws a thousand more. */
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileUrlExpiry, signFilePath } from '../../../shared/file-signature.js';
import { startHttpHost, type HttpHost } from '../../../main/core/host/http-host.js';
import { tempDir } from '../../helpers/temp.js';

let host: HttpHost;
const calls: string[] = [];

function call(
  method: string,
  urlPath: string,
  headers: Record<string, string> = {},
  body?: string | ((req: http.ClientRequest) => void),
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, method, path: urlPath, headers, agent: false },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    if (typeof body === 'function') body(req);
    else req.end(body);
  });
}

const auth = () => ({ authorization: `Bearer ${host.token}` });

describe('browser host guards', () => {
  let root: string;
  beforeAll(async () => {
    const dir = tempDir();
    root = path.join(dir, 'project');
    mkdirSync(path.join(root, 'img'), { recursive: true });
    writeFileSync(path.join(root, 'img', 'a b.png'), 'PNG');
    host = await startHttpHost({
      dispatch: (name) => {
        calls.push(name);
        return Promise.resolve({ ok: true, value: name });
      },
      filesRoot: () => root,
      bodyDeadlineMs: 300,
    });
  });
  afterAll(() => host.close());

  it('answers 400, not 500, to malformed percent-encoding', async () => {
    expect((await call('GET', '/files/%E0%A4%A', auth())).status).toBe(400);
    expect((await call('POST', '/api/app.%zzinfo', auth(), '{}')).status).toBe(400);
  });

  it('answers files with GET and HEAD only', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH', 'TRACE']) {
      const r = await call(method, '/files/img/a%20b.png', auth());
      expect(r.status, method).toBe(405);
    }
    expect((await call('HEAD', '/files/img/a%20b.png', auth())).status).toBe(200);
  });

  it('refuses an API call from a foreign Origin even with the right token', async () => {
    const before = calls.length;
    expect((await call('POST', '/api/app.info', { ...auth(), origin: 'http://evil.example' }, '{}')).status).toBe(403);
    const own = await call('POST', '/api/app.info', { ...auth(), origin: `http://127.0.0.1:${host.port}` }, '{}');
    expect(own.status).toBe(200);
    expect(calls.length).toBe(before + 1);
  });

  it('takes the token from the Authorization header only, not from ?token=', async () => {
    expect((await call('POST', `/api/app.info?token=${host.token}`, {}, '{}')).status).toBe(401);
    expect((await call('GET', `/api/events?token=${host.token}`)).status).toBe(401);
  });

  it('opens a file with a signature of its own path until it expires', async () => {
    const exp = fileUrlExpiry(Date.now());
    const good = await call(
      'GET',
      `/files/img/a%20b.png?exp=${exp}&sig=${signFilePath(host.token, 'img/a b.png', exp)}`,
    );
    expect(good).toEqual({ status: 200, body: 'PNG' });
    const otherPath = signFilePath(host.token, 'img/other.png', exp);
    expect((await call('GET', `/files/img/a%20b.png?exp=${exp}&sig=${otherPath}`)).status).toBe(401);
    const past = Math.floor(Date.now() / 1000) - 10;
    const expired = signFilePath(host.token, 'img/a b.png', past);
    expect((await call('GET', `/files/img/a%20b.png?exp=${past}&sig=${expired}`)).status).toBe(401);
  });

  it('refuses an API body over 1 MiB, and a body that does not arrive in time, while answering others', async () => {
    const big = await call('POST', '/api/app.info', auth(), 'x'.repeat(1024 * 1024 + 1));
    expect(big.status).toBe(413);
    const slow = call('POST', '/api/app.info', auth(), (req) => req.write('{"a":'));
    const meanwhile = await call('POST', '/api/app.info', auth(), '{}');
    expect(meanwhile.status).toBe(200);
    expect((await slow).status).toBe(408);
  });
});
