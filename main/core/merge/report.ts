/** The plain-text merge report the CLI and the git merge driver print. */
import type { MissingFile } from './files.js';
import type { MergeResult } from './merge.js';

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));

export function formatMergeReport(result: MergeResult, missing: readonly MissingFile[] = []): string {
  const lines: string[] = [];
  const list = (title: string, items: string[]) => {
    if (items.length) lines.push(`${title}: ${items.join(', ')}`);
  };
  list(
    'Taken from theirs',
    result.taken.map((t) => `${t.kind} ${t.id}`),
  );
  list(
    'Updated from theirs',
    result.updated.map((t) => `${t.kind} ${t.id}`),
  );
  list(
    'Deleted',
    result.deleted.map((d) => `${d.kind} ${d.id} (by ${d.by})`),
  );
  list(
    'Renumbered (theirs)',
    result.renumbered.map((r) => `${r.kind} ${r.from} → ${r.to}`),
  );
  for (const w of result.warnings) lines.push(`Warning: ${w}`);
  list(
    'Missing files (linked, not copied)',
    missing.map((m) => `${m.path} (${m.what})`),
  );
  const open = result.conflicts.filter((c) => result.unresolved.includes(c.key));
  if (open.length) {
    lines.push(`${open.length} conflict${open.length === 1 ? '' : 's'}:`);
    for (const c of open) {
      const how =
        c.type === 'both-changed'
          ? 'changed on both sides'
          : `deleted by ${c.type === 'deleted-by-mine' ? 'mine' : 'theirs'}, changed by the other`;
      lines.push(`  ${c.key}  ${c.label} — ${how}`);
      const w = Math.max(5, ...c.fields.map((f) => f.field.length));
      const cw = 30;
      lines.push(`    ${pad('field', w)}  ${pad('base', cw)}  ${pad('mine', cw)}  theirs`);
      for (const f of c.fields) {
        const cut = (s: string) => (s.length > cw ? `${s.slice(0, cw - 1)}…` : s);
        lines.push(`    ${pad(f.field, w)}  ${pad(cut(f.base ?? '—'), cw)}  ${pad(cut(f.mine), cw)}  ${cut(f.theirs)}`);
      }
    }
  } else {
    lines.push(result.conflicts.length ? `${result.conflicts.length} conflict(s), all resolved.` : 'No conflicts.');
  }
  return lines.join('\n') + '\n';
}
