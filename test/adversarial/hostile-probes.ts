/**
 * The hostile requests thrown at the browser host, each with the statuses that count as a
 * correct refusal. Built from the host's port and token, so a probe can be hostile in exactly
 * one way (right token, foreign origin; right signature, other path).
 */
import fc from 'fast-check';
import { signFilePath } from '../../shared/file-signature.js';
import type { HttpHost } from '../../main/core/host/http-host.js';

export interface Probe {
  label: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  /** A body; the words `slow` (bytes trickled past the deadline) and `big` (2 MiB, chunked) are special. */
  body?: string;
  /** Status codes that count as a correct refusal. */
  expect: number[];
}

export function probes(host: HttpHost): Probe[] {
  const bearer = { authorization: `Bearer ${host.token}` };
  const ownOrigin = `http://127.0.0.1:${host.port}`;
  const sign = (rel: string, exp: number) => `exp=${exp}&sig=${signFilePath(host.token, rel, exp)}`;
  const soon = Math.floor(Date.now() / 1000) + 300;
  const out: Probe[] = [];
  const badEscapes = [
    '%',
    '%zz',
    '%e0%80',
    '%c0%af',
    '%ff',
    '%2',
    '%%41',
    '%u0041',
    '%E0%A4%A',
    '%ed%a0%80',
    '%f8%88%80%80%80',
  ];
  for (const prefix of ['/api/', '/files/', '/', '/assets/', '/api/events/']) {
    for (const esc of badEscapes) {
      out.push({ label: 'malformed escape', method: 'GET', path: `${prefix}x${esc}y`, headers: bearer, expect: [400] });
      out.push({ label: 'malformed escape', method: 'POST', path: `${prefix}${esc}`, headers: bearer, expect: [400] });
    }
  }
  const traversals = [
    '../secret.txt',
    '..%2fsecret.txt',
    '%2e%2e/secret.txt',
    '%2e%2e%2fsecret.txt',
    '..%5csecret.txt',
    '....//secret.txt',
    'img/../../secret.txt',
    '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '/etc/passwd',
    '%2fetc%2fpasswd',
    'img%00.png',
    'link-out/secret.txt',
    'link-out',
  ];
  for (const t of traversals) {
    const rel = decodeURIComponentSafe(t);
    out.push({
      label: 'traversal with token',
      method: 'GET',
      path: `/files/${t}`,
      headers: bearer,
      expect: [400, 403, 404],
    });
    out.push({
      label: 'traversal signed',
      method: 'GET',
      path: `/files/${t}?${sign(rel, soon)}`,
      expect: [400, 403, 404],
    });
    out.push({ label: 'traversal, page route', method: 'GET', path: `/${t}`, expect: [400, 403, 404, 200] });
  }
  const methods = ['PUT', 'DELETE', 'PATCH', 'TRACE', 'OPTIONS', 'POST', 'PROPFIND', 'LOCK'];
  for (const method of methods) {
    for (const p of ['/', '/index.html', '/files/img/a.png', `/files/img/a.png?${sign('img/a.png', soon)}`, '/runs']) {
      out.push({ label: 'wrong method, page or file', method, path: p, headers: bearer, expect: [405] });
    }
    if (method !== 'POST') {
      out.push({ label: 'wrong method, API', method, path: '/api/app.info', headers: bearer, expect: [405] });
    }
  }
  const origins = [
    'http://evil.example',
    'null',
    'http://127.0.0.1:1',
    `http://127.0.0.1:${host.port}.evil.example`,
    `https://127.0.0.1:${host.port}`,
    `http://localhost.evil.example:${host.port}`,
    'file://',
    `${ownOrigin}/`,
  ];
  for (const origin of origins) {
    for (const name of ['app.info', 'project.open', 'prefs.set', 'events']) {
      const method = name === 'events' ? 'GET' : 'POST';
      const body = method === 'POST' ? '{}' : undefined;
      out.push({
        label: 'foreign origin',
        method,
        path: `/api/${name}`,
        headers: { ...bearer, origin },
        body,
        expect: [403],
      });
    }
  }
  for (const site of ['cross-site', 'same-site']) {
    out.push({
      label: 'cross-site fetch',
      method: 'POST',
      path: '/api/app.info',
      headers: { ...bearer, 'sec-fetch-site': site },
      body: '{}',
      expect: [403],
    });
  }
  const wrongTokens = [
    '',
    'Bearer',
    'Bearer ',
    `Bearer ${host.token.toUpperCase()}`,
    `Bearer ${host.token}x`,
    `bearer ${host.token}`,
    `Basic ${host.token}`,
    `Bearer  ${host.token}`,
    `Bearer ${host.token.slice(1)}`,
  ];
  for (const authorization of wrongTokens) {
    for (const p of ['/api/app.info', '/api/events', '/files/img/a.png']) {
      const method = p === '/api/app.info' ? 'POST' : 'GET';
      out.push({
        label: 'wrong token',
        method,
        path: p,
        headers: authorization ? { authorization } : {},
        body: method === 'POST' ? '{}' : undefined,
        expect: [401],
      });
    }
  }
  for (const p of ['/api/app.info', '/api/events', '/api/project.current']) {
    const method = p === '/api/events' ? 'GET' : 'POST';
    out.push({
      label: 'token in the query',
      method,
      path: `${p}?token=${host.token}`,
      body: method === 'POST' ? '{}' : undefined,
      expect: [401],
    });
  }
  const past = Math.floor(Date.now() / 1000) - 1;
  const farFuture = Math.floor(Date.now() / 1000) + 24 * 3600;
  const signatures = [
    `exp=${past}&sig=${signFilePath(host.token, 'img/a.png', past)}`,
    `exp=${farFuture}&sig=${signFilePath(host.token, 'img/a.png', farFuture)}`,
    sign('img/b.png', soon),
    `exp=${soon + 1}&sig=${signFilePath(host.token, 'img/a.png', soon)}`,
    `exp=${soon}&sig=${signFilePath('another-token', 'img/a.png', soon)}`,
    `sig=${signFilePath(host.token, 'img/a.png', soon)}`,
    `exp=${soon}`,
    `exp=${soon}&sig=`,
    `exp=-5&sig=x`,
    `exp=1e12&sig=${signFilePath(host.token, 'img/a.png', soon)}`,
    `token=${host.token}`,
  ];
  for (const q of signatures)
    out.push({ label: 'bad file signature', method: 'GET', path: `/files/img/a.png?${q}`, expect: [401] });
  for (let i = 0; i < 4; i++) {
    out.push({
      label: 'oversized declared body',
      method: 'POST',
      path: '/api/app.info',
      headers: { ...bearer, 'content-length': String(1024 * 1024 + 1 + i) },
      body: 'x'.repeat(1024 * 1024 + 1 + i),
      expect: [413, -1],
    });
    out.push({
      label: 'oversized chunked body',
      method: 'POST',
      path: '/api/app.info',
      headers: bearer,
      body: 'big',
      expect: [413, -1],
    });
    out.push({
      label: 'body never finishes',
      method: 'POST',
      path: '/api/app.info',
      headers: bearer,
      body: 'slow',
      expect: [408, -1],
    });
    out.push({
      label: 'body on a page',
      method: 'GET',
      path: '/',
      headers: { 'content-length': '5' },
      body: 'hello',
      expect: [413],
    });
  }
  for (const body of [
    '{',
    'not json',
    '{"a":1}}',
    '\u0000',
    '[1,2',
    '"unterminated',
    '{"__proto__":{"x":1}',
    '\uFFFF{',
  ]) {
    out.push({ label: 'malformed JSON', method: 'POST', path: '/api/app.info', headers: bearer, body, expect: [400] });
  }
  for (const hostHeader of [
    'evil.example',
    `127.0.0.1:${host.port + 1}`,
    'localhost',
    `evil.example:${host.port}`,
    `127.0.0.1:${host.port}.evil`,
  ]) {
    out.push({
      label: 'wrong Host',
      method: 'POST',
      path: '/api/app.info',
      headers: { ...bearer, host: hostHeader },
      body: '{}',
      expect: [403],
    });
  }
  // Random paths from fast-check: whatever they are, no crash, no secret, no call through.
  for (const junk of fc.sample(fc.string({ unit: 'binary', maxLength: 40 }), { numRuns: 400, seed: 42 })) {
    // Unprintable characters become single-byte escapes: some valid UTF-8, many not.
    const raw = junk.replace(/[^\x21-\x7e]/g, (c) => `%${(c.charCodeAt(0) & 0xff).toString(16).padStart(2, '0')}`);
    for (const prefix of ['/files/', '/api/']) {
      out.push({
        label: 'random path',
        method: prefix === '/api/' ? 'GET' : 'PUT',
        path: `${prefix}${raw}`,
        expect: [400, 401, 403, 404, 405],
      });
    }
  }
  return out;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
