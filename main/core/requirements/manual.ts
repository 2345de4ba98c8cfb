/**
 * Manual requirements ("a wrong result can be corrected in two taps"): evidence gathered for
 * them (files copied into a folder beside the project, notes, links to Q&A) and the judgment a
 * named team member gives — met or not met, with a reason and a date.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { GapboardError } from '../project/errors.js';
import { normalizeId } from '../project/ids.js';
import { MANUAL_METRIC, type ManualEvidence, type Requirement } from '../../../shared/schema.js';
import type { ProjectSession } from '../project/session.js';
import { findRequirement } from './requirements.js';

/** The folder beside the project file that holds copies of evidence files. */
export const EVIDENCE_DIR = 'evidence';

export type EvidenceInput =
  | { kind: 'file'; path: string; text?: string; by?: string }
  | { kind: 'note'; text: string; by?: string }
  | { kind: 'qa'; qa: string; by?: string };

function manualRequirement(session: ProjectSession, id: string): Requirement {
  const req = findRequirement(session.doc, id);
  if (req.metric !== MANUAL_METRIC || !req.manual) {
    throw new GapboardError(
      'BAD_ARGUMENT',
      `${req.id} is measured by ${req.metric}; only manual requirements take evidence and judgments.`,
    );
  }
  return req;
}

/**
 * Copies a file into `evidence/<requirement>/` beside the project (a project folder moves with
 * its evidence) and returns its project-relative path. The same bytes already there are reused.
 */
async function copyEvidence(
  session: ProjectSession,
  reqId: string,
  source: string,
): Promise<{ file: string; sha256: string }> {
  const abs = path.resolve(session.folder, source);
  let bytes: Buffer;
  try {
    const stat = await fs.stat(abs);
    if (!stat.isFile()) throw new GapboardError('BAD_ARGUMENT', `${abs} is a folder; attach a file.`);
    bytes = await fs.readFile(abs);
  } catch (err) {
    if (err instanceof GapboardError) throw err;
    throw new GapboardError('NOT_FOUND', `Cannot read the evidence file ${abs}: ${(err as Error).message}`);
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const dir = path.join(session.folder, EVIDENCE_DIR, reqId);
  await fs.mkdir(dir, { recursive: true });
  const ext = path.extname(abs);
  const stem = path.basename(abs, ext);
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${stem}${ext}` : `${stem}-${n}${ext}`;
    const target = path.join(dir, name);
    const existing = await fs.readFile(target).catch(() => null);
    if (existing && createHash('sha256').update(existing).digest('hex') !== sha256) continue;
    if (!existing) await fs.writeFile(target, bytes);
    return { file: path.relative(session.folder, target).split(path.sep).join('/'), sha256 };
  }
}

/** Attaches one piece of evidence to a manual requirement (the file copy is made first). */
export async function addEvidence(session: ProjectSession, id: string, input: EvidenceInput): Promise<ManualEvidence> {
  if (session.readOnly) throw new GapboardError('READ_ONLY', session.readOnlyReason ?? 'The project is read-only.');
  const req = manualRequirement(session, id);
  const base = { addedAt: session.nowIso(), addedBy: input.by?.trim() ?? '' };
  let item: ManualEvidence;
  if (input.kind === 'file') {
    const copied = await copyEvidence(session, req.id, input.path);
    item = { kind: 'file', ...copied, ...(input.text?.trim() ? { text: input.text.trim() } : {}), ...base };
  } else if (input.kind === 'note') {
    if (!input.text.trim()) throw new GapboardError('BAD_ARGUMENT', 'A note needs some text.');
    item = { kind: 'note', text: input.text.trim(), ...base };
  } else {
    const qa = normalizeId('qa', input.qa);
    if (!session.doc.decisions.some((d) => d.id === qa)) {
      throw new GapboardError('NOT_FOUND', `There is no Q&A entry ${qa} in this project.`);
    }
    item = { kind: 'qa', qa, ...base };
  }
  session.mutate(`Evidence for ${req.id}`, (draft) => {
    draft.requirements.find((r) => r.id === req.id)!.manual!.evidence.push(item);
  });
  return item;
}

/** Removes one piece of evidence (its copied file stays, so undo brings it back whole). */
export function removeEvidence(session: ProjectSession, id: string, index: number): void {
  const req = manualRequirement(session, id);
  if (!Number.isInteger(index) || index < 0 || index >= req.manual!.evidence.length) {
    throw new GapboardError('NOT_FOUND', `${req.id} has no evidence number ${index + 1}.`);
  }
  session.mutate(`Remove evidence from ${req.id}`, (draft) => {
    draft.requirements.find((r) => r.id === req.id)!.manual!.evidence.splice(index, 1);
  });
}

/**
 * Records a judgment: met or not met, by a named team member (one of the project's team when
 * it has one), with a reason; it counts for the latest iteration only.
 */
export function judgeRequirement(
  session: ProjectSession,
  id: string,
  input: { verdict: 'met' | 'unmet'; by: string; reason: string },
): void {
  const req = manualRequirement(session, id);
  const by = input.by.trim();
  const reason = input.reason.trim();
  if (!by) throw new GapboardError('BAD_ARGUMENT', `Say who judges ${req.id}: a judgment is signed by a team member.`);
  const team = session.doc.project.team.map((m) => m.name);
  if (team.length > 0 && !team.includes(by)) {
    throw new GapboardError(
      'BAD_ARGUMENT',
      `${by} is not on the team (${team.join(', ')}); a team member judges ${req.id}.`,
    );
  }
  if (!reason)
    throw new GapboardError(
      'BAD_ARGUMENT',
      `Give the reason ${req.id} is ${input.verdict === 'met' ? 'met' : 'not met'}.`,
    );
  const iteration = session.doc.iterations.at(-1)?.id;
  session.mutate(`Judge ${req.id}`, (draft) => {
    draft.requirements
      .find((r) => r.id === req.id)!
      .manual!.judgments.push({
        verdict: input.verdict,
        by,
        reason,
        at: session.nowIso(),
        ...(iteration ? { iteration } : {}),
      });
  });
}
