/**
 * Exports as downloads in the browser host: the file an export wrote comes back as an
 * attachment at a URL signed for that one path, and nothing else does.
 */
import { writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileUrlExpiry, signDownloadPath, signFilePath } from '../../../shared/file-signature.js';
import { attachmentHeader } from '../../../main/core/host/downloads.js';
import { startHttpHost, type HttpHost } from '../../../main/core/host/http-host.js';
import { tempDir } from '../../helpers/temp.js';

let host: HttpHost;
let dir: string;

function get(urlPath: string, headers: Record<string, string> = {}, method = 'GET') {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, method, path: urlPath, headers, agent: false },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(method === 'POST' ? '{}' : undefined);
  });
}

const signed = (file: string, sign = signDownloadPath) => {
  const exp = fileUrlExpiry(Date.now());
  return `/downloads?${new URLSearchParams({ path: file, exp: String(exp), sig: sign(host.token, file, exp) }).toString()}`;
};

describe('browser host downloads', () => {
  let report: string;
  let korean: string;
  let other: string;
  beforeAll(async () => {
    dir = tempDir();
    report = path.join(dir, 'digits-report.html');
    korean = path.join(dir, '숫자-보고서.pdf');
    other = path.join(dir, 'secret.txt');
    writeFileSync(report, '<!doctype html><p>report</p>');
    writeFileSync(korean, '%PDF-1.7');
    writeFileSync(other, 'not an export');
    const exported = [report, korean];
    host = await startHttpHost({
      dispatch: async (name) =>
        name === 'report.export' || name === 'report.document'
          ? { ok: true, value: { path: exported.shift()!, bytes: 1 } }
          : { ok: true, value: { path: other } },
    });
    const auth = { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' };
    await get('/api/report.export', auth, 'POST');
    await get('/api/report.document', auth, 'POST');
    // A method that is not an export names a path too: it must not become downloadable.
    await get('/api/project.current', auth, 'POST');
  });
  afterAll(async () => host.close());

  it('serves an exported file as an attachment under its own name', async () => {
    const res = await get(signed(report));
    expect(res.status).toBe(200);
    expect(res.body).toBe('<!doctype html><p>report</p>');
    expect(res.headers['content-disposition']).toBe(
      'attachment; filename="digits-report.html"; filename*=UTF-8\'\'digits-report.html',
    );
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('names a Korean file for every browser: an ASCII fallback and the UTF-8 name', async () => {
    const res = await get(signed(korean));
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(attachmentHeader(korean)).toBe(
      `attachment; filename="__-___.pdf"; filename*=UTF-8''${encodeURIComponent('숫자-보고서.pdf')}`,
    );
  });

  it.each([
    ['no signature', () => `/downloads?path=${encodeURIComponent(path.join(dir, 'digits-report.html'))}`, 401],
    ['a gallery-image signature', () => signed(path.join(dir, 'digits-report.html'), signFilePath), 401],
    ['a file no export wrote', () => signed(path.join(dir, 'secret.txt')), 404],
  ])('refuses %s', async (_what, url, status) => {
    const res = await get(url());
    expect(res.status).toBe(status);
    expect(res.body).not.toContain('not an export');
  });

  it('refuses an expired signature', async () => {
    const file = path.join(dir, 'digits-report.html');
    const exp = Math.floor(Date.now() / 1000) - 1;
    const res = await get(
      `/downloads?${new URLSearchParams({ path: file, exp: String(exp), sig: signDownloadPath(host.token, file, exp) }).toString()}`,
    );
    expect(res.status).toBe(401);
  });
});
