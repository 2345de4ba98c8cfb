/**
 * The browser host's user guide at /guide/: the Markdown guide as a page in the language
 * asked for, its pictures below it, and no other file of the docs folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP, startHttpHost, type HttpHost } from '../../../main/core/host/http-host.js';
import { tempDir } from '../../helpers/temp.js';

let host: HttpHost;

function get(urlPath: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: host.port, path: urlPath, agent: false }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      })
      .on('error', reject);
  });
}

describe('the guide in the browser host', () => {
  let docs: string;
  beforeAll(async () => {
    docs = path.join(tempDir(), 'docs');
    mkdirSync(path.join(docs, 'shots'), { recursive: true });
    writeFileSync(path.join(docs, 'guide.md'), '# Guide\n\nSee **the board**.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    writeFileSync(path.join(docs, 'shots', 'board.png'), 'png');
    writeFileSync(path.join(docs, 'notes.md'), 'private notes');
    host = await startHttpHost({ dispatch: async () => ({ ok: true, value: null }), docsDir: docs });
  });
  afterAll(async () => host.close());

  it('renders the English guide as a page that runs no script of its own', async () => {
    const res = await get('/guide/?lang=en');
    expect(res.status).toBe(200);
    expect(res.headers['content-security-policy']).toBe(CSP);
    expect(res.body).toContain('<html lang="en">');
    expect(res.body).toContain('<title>Guide</title>');
    expect(res.body).toContain('<strong>the board</strong>');
    expect(res.body).toContain('<td>2</td>');
    expect(res.body).not.toContain('<script');
  });

  it('sends /guide to /guide/, so pictures linked beside the guide resolve', async () => {
    const res = await get('/guide?lang=ko');
    expect([res.status, res.headers.location]).toEqual([302, '/guide/?lang=ko']);
    expect((await get('/guide/shots/board.png')).status).toBe(200);
  });

  it('names the missing Korean guide, and serves no other file of the folder', async () => {
    const ko = await get('/guide/?lang=ko');
    expect(ko.status).toBe(404);
    expect(ko.body).toMatch(/The user guide is missing \(.*guide\.ko\.md\)/);
    const notes = await get('/guide/notes.md');
    expect(notes.status).toBe(404);
    expect(notes.body).not.toContain('private');
    expect((await get('/guide/..%2F..%2Fetc%2Fpasswd.png')).status).toBe(403);
  });
});
