/**
 * Saving checks only what an edit changed: parts still shared (by identity) with the document
 * that last passed the schema are trusted, everything else is checked as a full parse would,
 * and the text written is the same as after a full check.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { parseDocument, serializeChecked, serializeDocument } from '../../../main/core/project/document.js';
import type { ProjectDocument } from '../../../shared/schema.js';

const SAMPLE = path.join(import.meta.dirname, '../../../sample/digits.gapboard');
const loaded = (): ProjectDocument => parseDocument(readFileSync(SAMPLE), 'digits.gapboard').doc;

describe('serializeChecked', () => {
  it('writes the same text as a full check after edits of every kind', () => {
    const doc = loaded();
    const edited = produce(doc, (d) => {
      d.requirements[0]!.title = 'Edited title';
      d.runs.splice(1, 1);
      d.runs.push({ ...d.runs[0]!, id: 'RUN-99' });
      d.project.description = 'changed';
      delete d.candidate;
    });
    expect(edited.models).toBe(doc.models);
    expect(serializeChecked(edited, doc).text).toBe(serializeDocument(edited));
  });

  it('still refuses what an edit broke, naming where', () => {
    const doc = loaded();
    const badRun = produce(doc, (d) => {
      d.runs.push({ ...d.runs[0]!, id: 'not-a-run-id' });
    });
    expect(() => serializeChecked(badRun, doc)).toThrow(`runs[${doc.runs.length}].id`);
    const badCounter = produce(doc, (d) => {
      (d.counters as Record<string, unknown>).run = 'many';
    });
    expect(() => serializeChecked(badCounter, doc)).toThrow('counters.run');
  });

  it('drops keys the schema does not know from what changed, and never writes them later', () => {
    const doc = loaded();
    const extra = produce(doc, (d) => {
      (d.requirements[0] as Record<string, unknown>).scratch = 'not for the file';
    });
    const first = serializeChecked(extra, doc);
    expect(first.text).not.toContain('scratch');
    // The next save of the same in-memory document, against what the first one checked.
    const second = produce(extra, (d) => {
      d.project.description = 'later edit';
    });
    expect(serializeChecked(second, first.checked).text).not.toContain('scratch');
  });

  it('checks everything when nothing was checked before', () => {
    const doc = produce(loaded(), (d) => {
      (d.models[0] as Record<string, unknown>).id = 7;
    });
    expect(() => serializeChecked(doc, null)).toThrow('models[0].id');
  });
});
