/** Parse and stringify the project document: the pure half of the storage layer. */
import { isUtf8 } from 'node:buffer';
import type { z } from 'zod';
import { GapboardError } from './errors.js';
import { checkIntegrity } from './integrity.js';
import { migrate } from './migrate.js';
import { validateChanged } from './validate-changed.js';
import { liftInlineData, NO_INLINE_DATA, type InlineData } from './migrate-store.js';
import { projectDocumentSchema, SCHEMA_VERSION, type ProjectDocument } from '../../../shared/schema.js';

/** A fresh, valid document. `now` is injected so tests get stable bytes. */
export function createDocument(name: string, now: string): ProjectDocument {
  return {
    format: 'gapboard',
    schemaVersion: SCHEMA_VERSION,
    project: { name, description: '', createdAt: now, team: [] },
    counters: {
      requirement: 0,
      servingTarget: 0,
      model: 0,
      run: 0,
      iteration: 0,
      qa: 0,
      batch: 0,
    },
    servingTargets: [],
    requirements: [],
    datasets: [],
    models: [],
    runs: [],
    iterations: [],
    decisions: [],
  };
}

/** Renders a zod issue path like `requirements[2].target`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(document root)';
}

export function describeIssues(error: z.ZodError, limit = 3): string {
  const parts = error.issues.slice(0, limit).map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
  const more = error.issues.length > limit ? ` (and ${error.issues.length - limit} more)` : '';
  return parts.join('; ') + more;
}

export interface ParseResult {
  doc: ProjectDocument;
  /** The schemaVersion found on disk when it was older and got migrated. */
  migratedFrom?: number;
  /**
   * Per-sample data an older file held inline, for the session to write into the store
   * (`storeInlineData`); empty for a current file.
   */
  inline: InlineData;
}

/**
 * Turns file bytes into a validated document. Every failure is a GapboardError whose message
 * names `label` (usually the file name) and the place in the document that is wrong.
 */
export function parseDocument(bytes: Buffer, label: string): ParseResult {
  if (bytes.length === 0) throw new GapboardError('EMPTY_FILE', `${label} is empty (0 bytes).`);
  if (bytes.includes(0)) {
    throw new GapboardError('NOT_JSON', `${label} is a binary file, not a Gapboard project.`);
  }
  let text = decodeUtf8(bytes, label);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new GapboardError('NOT_JSON', `${label} is not valid JSON (${detail}); it may be truncated.`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new GapboardError('NOT_GAPBOARD', `${label} is JSON but not a Gapboard project (no object at the top).`);
  }
  const record = raw as Record<string, unknown>;
  if (record.format !== 'gapboard') {
    throw new GapboardError('NOT_GAPBOARD', `${label} is not a Gapboard project: "format" must be "gapboard".`);
  }
  const version = record.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new GapboardError('INVALID', `${label}: schemaVersion must be a whole number.`);
  }
  if (version > SCHEMA_VERSION) {
    throw new GapboardError(
      'NEWER_SCHEMA',
      `${label} uses schemaVersion ${version}, newer than this Gapboard understands (${SCHEMA_VERSION}). Update Gapboard to open it; the file was not changed.`,
    );
  }
  let migrated = version < SCHEMA_VERSION ? migrate(record, version) : record;
  let inline = NO_INLINE_DATA;
  if (version < 2) ({ doc: migrated, data: inline } = liftInlineData(migrated, label, formatPath));
  const result = projectDocumentSchema.safeParse(migrated);
  if (!result.success) {
    throw new GapboardError('INVALID', `${label} does not match the project schema: ${describeIssues(result.error)}.`);
  }
  const issues = checkIntegrity(result.data, formatPath);
  if (issues.length > 0) {
    const shown = issues.slice(0, 3).map((i) => `${formatPath(i.path)} ${i.message}`);
    const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
    throw new GapboardError(
      'INVALID',
      `${label} is not consistent: ${shown.join('; ')}${more}. The file was not changed.`,
    );
  }
  return version < SCHEMA_VERSION ? { doc: result.data, migratedFrom: version, inline } : { doc: result.data, inline };
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes with a fatal decoder: a lenient one would turn bad bytes into U+FFFD, and the next
 * save would silently write that replacement over whatever the bytes were meant to be.
 */
function decodeUtf8(bytes: Buffer, label: string): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        if (!isUtf8(bytes.subarray(start, i))) break;
        line++;
        start = i + 1;
      }
    }
    throw new GapboardError(
      'NOT_UTF8',
      `${label} is not valid UTF-8 (line ${line}); it was saved in another encoding or damaged. The file was not changed.`,
    );
  }
}

/**
 * The one way a document becomes bytes: schema order, 2-space indent, trailing newline.
 * Parsing first also strips keys the schema does not know, so what is written is valid.
 */
export function serializeDocument(doc: ProjectDocument): string {
  return serializeChecked(doc, null).text;
}

/**
 * `serializeDocument` for a document edited from `checked`, one that passed the schema: the
 * parts still shared with it are not checked again. Returns the text and the checked document
 * it was written from, to pass as `checked` next time.
 */
export function serializeChecked(
  doc: ProjectDocument,
  checked: ProjectDocument | null,
): { text: string; checked: ProjectDocument } {
  const result = validateChanged(doc, checked);
  if (!result.success) {
    throw new GapboardError('INVALID', `The project cannot be saved: ${describeIssues(result.error)}.`);
  }
  return { text: JSON.stringify(result.data, null, 2) + '\n', checked: result.data };
}
