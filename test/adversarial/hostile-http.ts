/**
 * Hostile HTTP against the real browser-host transport: malformed and traversing paths, every
 * method on every route, foreign origins and sites, the token in the query or wrong, forged,
 * expired and misdirected file signatures, oversized, chunked, slow and broken bodies, and
 * random paths. The API behind it records every call that gets through, so "accepted" is
 * measured, not inferred; a secret file beside the project folder must never be served.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { signFilePath } from '../../shared/file-signature.js';
import { startHttpHost, type HttpHost } from '../../main/core/host/http-host.js';
import { probes, type Probe } from './hostile-probes.js';
import { looksLikeCrash, pushFailure, type PartResult } from './part.js';
import { suiteDir } from './temp-root.js';

interface Reply {
  status: number;
  body: string;
}

const SECRET = 'TOP-SECRET-CONTENT';

function request(host: HttpHost, probe: Probe): Promise<Reply> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: probe.method,
        path: probe.path,
        headers: { host: `127.0.0.1:${host.port}`, ...probe.headers },
        agent: false,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        res.on('error', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    // A hang-up after a refusal is a refusal too: the request got nothing.
    req.on('error', () => resolve({ status: -1, body: '' }));
    if (probe.body === 'big') {
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 2 * 1024 * 1024) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    } else if (probe.body === 'slow') {
      req.write('{"a":');
      const timer = setInterval(() => {
        if (req.destroyed) clearInterval(timer);
        else req.write(' ');
      }, 50);
      req.on('close', () => clearInterval(timer));
    } else {
      req.end(probe.body);
    }
  });
}

export async function hostilePart(): Promise<PartResult> {
  const dir = suiteDir('http');
  const root = path.join(dir, 'project');
  const staticDir = path.join(dir, 'static');
  mkdirSync(path.join(root, 'img'), { recursive: true });
  mkdirSync(staticDir);
  writeFileSync(path.join(root, 'img', 'a.png'), 'PNGDATA');
  writeFileSync(path.join(dir, 'secret.txt'), SECRET);
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>app</title>');
  symlinkSync(dir, path.join(root, 'link-out'));
  const calls: string[] = [];
  const host = await startHttpHost({
    dispatch: (name) => {
      calls.push(name);
      return Promise.resolve({ ok: true, value: null });
    },
    staticDir,
    filesRoot: () => root,
    bodyDeadlineMs: 400,
  });
  const failures: string[] = [];
  const byLabel: Record<string, number> = {};
  let accepted = 0;
  let crashes = 0;
  let secrets = 0;
  let answeredDuringHostile = 0;
  try {
    const all = probes(host);
    let next = 0;
    const worker = async () => {
      while (next < all.length) {
        const probe = all[next++]!;
        byLabel[probe.label] = (byLabel[probe.label] ?? 0) + 1;
        const before = calls.length;
        const reply = await request(host, probe);
        if (reply.body.includes(SECRET)) {
          secrets++;
          pushFailure(failures, `${probe.label}: ${probe.method} ${probe.path} served the secret file`);
        }
        if (reply.status === 500 || looksLikeCrash(reply.body)) {
          crashes++;
          pushFailure(
            failures,
            `${probe.label}: ${probe.method} ${probe.path} → ${reply.status} ${reply.body.slice(0, 120)}`,
          );
        } else if (!probe.expect.includes(reply.status) || (calls.length > before && probe.label !== 'random path')) {
          accepted++;
          pushFailure(
            failures,
            `${probe.label}: ${probe.method} ${probe.path} → ${reply.status} (expected ${probe.expect.join('/')})`,
          );
        }
      }
    };
    // Slow and oversized bodies are in flight while well-formed calls must still be answered.
    const pending = [1, 2, 3].map(() =>
      request(host, {
        label: 'slow',
        method: 'POST',
        path: '/api/app.info',
        headers: { authorization: `Bearer ${host.token}` },
        body: 'slow',
        expect: [408],
      }),
    );
    for (let i = 0; i < 5; i++) {
      const ok = await request(host, {
        label: 'ok',
        method: 'POST',
        path: '/api/app.info',
        headers: { authorization: `Bearer ${host.token}`, origin: `http://127.0.0.1:${host.port}` },
        body: '{}',
        expect: [200],
      });
      if (ok.status === 200) answeredDuringHostile++;
      else pushFailure(failures, `a well-formed call was not answered while slow bodies were pending (${ok.status})`);
    }
    const signed = await request(host, {
      label: 'ok',
      method: 'GET',
      path: `/files/img/a.png?exp=${Math.floor(Date.now() / 1000) + 300}&sig=${signFilePath(host.token, 'img/a.png', Math.floor(Date.now() / 1000) + 300)}`,
      expect: [200],
    });
    if (signed.status !== 200 || signed.body !== 'PNGDATA')
      pushFailure(failures, `a correctly signed file URL was refused (${signed.status})`);
    await Promise.all([...Array.from({ length: 16 }, worker), ...pending]);
    const total = Object.values(byLabel).reduce((a, b) => a + b, 0);
    return {
      name: 'hostile HTTP',
      tried: { requests: total, ...byLabel },
      held: {
        'accepted hostile requests': accepted,
        '500s or stack traces': crashes,
        'secret served': secrets,
        'calls answered while slow bodies pending': answeredDuringHostile,
      },
      failures,
    };
  } finally {
    await host.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
