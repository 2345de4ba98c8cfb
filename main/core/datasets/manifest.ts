/**
 * Manifests (JSONL or CSV with `file`, `label`, optional `split`, `slices`): which files make
 * the dataset. Every entry is checked here — path inside the root, no duplicates, a label —
 * so the hashing stage only ever sees files it may read.
 */
import path from 'node:path';
import { readCsvRecords } from './csv.js';
import type { ManifestEntry } from './worker-protocol.js';
import type { ScanIssue } from './types.js';

const lineDecoder = new TextDecoder('utf-8', { fatal: true });

/**
 * A manifest path made safe: forward slashes, normalized, relative to the manifest folder.
 * Returns a reason instead when the path is absolute or climbs out of the root with `..`.
 */
export function safeRelativePath(raw: string): { ok: true; path: string } | { ok: false; reason: string } {
  const s = raw.trim().replace(/\\/g, '/');
  if (s === '') return { ok: false, reason: 'empty file path' };
  if (s.startsWith('/') || /^[A-Za-z]:/.test(s)) {
    return { ok: false, reason: 'absolute path refused: paths must be relative to the manifest folder' };
  }
  const n = path.posix.normalize(s).replace(/^(\.\/)+/, '');
  if (n === '..' || n.startsWith('../'))
    return { ok: false, reason: 'path refused: it leads outside the dataset root (..)' };
  if (n === '.' || n === '' || n.endsWith('/')) return { ok: false, reason: 'path names a folder, not a file' };
  return { ok: true, path: n };
}

/** `a;b` or `["a","b"]` (or an array already) → tags; blanks dropped. */
export function parseSlices(value: unknown): string[] | undefined {
  let items: unknown[];
  if (Array.isArray(value)) items = value;
  else if (typeof value === 'string') {
    const t = value.trim();
    if (t.startsWith('[')) {
      try {
        const parsed: unknown = JSON.parse(t);
        items = Array.isArray(parsed) ? parsed : [t];
      } catch {
        items = t.split(';');
      }
    } else items = t.split(';');
  } else return undefined;
  const tags = items.map((x) => String(x).trim()).filter((x) => x !== '');
  return tags.length ? tags : undefined;
}

interface RawEntry {
  line: number;
  file: unknown;
  label: unknown;
  split: unknown;
  slices: unknown;
}

function* jsonlEntries(bytes: Uint8Array, name: string, issues: ScanIssue[]): Generator<RawEntry> {
  let start = 0;
  let line = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    line++;
    let text: string;
    try {
      text = lineDecoder.decode(bytes.subarray(start, end)).trim();
    } catch {
      text = '\0';
    }
    start = end + 1;
    if (text === '') continue;
    if (text === '\0') {
      issues.push({ path: `${name}:${line}`, reason: 'line is not valid UTF-8 text' });
      continue;
    }
    let obj: unknown;
    try {
      obj = JSON.parse(text);
    } catch {
      issues.push({ path: `${name}:${line}`, reason: 'line is not valid JSON' });
      continue;
    }
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) {
      issues.push({ path: `${name}:${line}`, reason: 'line is not a JSON object' });
      continue;
    }
    const o = obj as Record<string, unknown>;
    yield { line, file: o.file, label: o.label, split: o.split, slices: o.slices };
  }
}

function* csvEntries(bytes: Uint8Array, name: string, issues: ScanIssue[]): Generator<RawEntry> {
  const records = readCsvRecords(bytes);
  const header = records[0];
  if (!header || header.text === null) {
    issues.push({ path: name, reason: header ? 'header row is not valid UTF-8 text' : 'the manifest is empty' });
    return;
  }
  const cols = header.fields.map((f) => f.trim());
  const at = (c: string): number => cols.indexOf(c);
  for (const needed of ['file', 'label']) {
    if (at(needed) < 0) {
      issues.push({ path: name, reason: `no "${needed}" column (columns: ${cols.join(', ')})` });
      return;
    }
  }
  for (const r of records.slice(1)) {
    if (r.text === null) {
      issues.push({ path: `${name}:${r.line}`, reason: 'row is not valid UTF-8 text' });
      continue;
    }
    if (r.fields.length !== cols.length) {
      issues.push({
        path: `${name}:${r.line}`,
        reason: `row has ${r.fields.length} fields, the header has ${cols.length}`,
      });
      continue;
    }
    const get = (c: string): string | undefined => (at(c) >= 0 ? r.fields[at(c)] : undefined);
    yield { line: r.line, file: get('file'), label: get('label'), split: get('split'), slices: get('slices') };
  }
}

/**
 * Reads a manifest's bytes into checked entries; bad lines become issues (named
 * `<manifest>:<line>` when no usable path exists, else by the path they name).
 */
export function parseManifest(
  bytes: Uint8Array,
  format: 'csv' | 'jsonl',
  name: string,
): { entries: ManifestEntry[]; issues: ScanIssue[] } {
  const issues: ScanIssue[] = [];
  const entries: ManifestEntry[] = [];
  const seen = new Map<string, number>();
  const raw = format === 'jsonl' ? jsonlEntries(bytes, name, issues) : csvEntries(bytes, name, issues);
  for (const e of raw) {
    if (typeof e.file !== 'string') {
      issues.push({ path: `${name}:${e.line}`, reason: 'no "file" value' });
      continue;
    }
    const safe = safeRelativePath(e.file);
    if (!safe.ok) {
      issues.push({ path: e.file || `${name}:${e.line}`, reason: safe.reason });
      continue;
    }
    const label = typeof e.label === 'number' ? String(e.label) : e.label;
    if (typeof label !== 'string' || label.trim() === '') {
      issues.push({ path: safe.path, reason: `no label (${name} line ${e.line})` });
      continue;
    }
    const first = seen.get(safe.path);
    if (first !== undefined) {
      issues.push({ path: safe.path, reason: `duplicate entry (line ${e.line} repeats line ${first} of ${name})` });
      continue;
    }
    seen.set(safe.path, e.line);
    const entry: ManifestEntry = { path: safe.path, label: label.trim() };
    if (typeof e.split === 'string' && e.split.trim() !== '') entry.split = e.split.trim();
    const slices = parseSlices(e.slices);
    if (slices) entry.slices = slices;
    entries.push(entry);
  }
  return { entries, issues };
}
