/**
 * A document as plain blocks (headings, paragraphs, lists, tables), written out as HTML or as
 * Markdown: the model card and the datasheet say the same thing in both.
 */
import type { DatasetVersion } from '../../../shared/schema.js';
import { esc } from './format.js';

export type Block =
  { h: string } | { p: string } | { list: string[] } | { table: { head: string[]; rows: string[][]; num?: number[] } };

export function blocksHtml(title: string, blocks: readonly Block[]): string {
  const out = [`<h1>${esc(title)}</h1>`];
  let open = false;
  for (const b of blocks) {
    if ('h' in b) {
      if (open) out.push('</section>');
      out.push(`<section><div class="keep"><h2>${esc(b.h)}</h2>`);
      open = true;
      // The heading stays with the block after it: the next block closes the keep wrapper.
      out.push('<!--keep-->');
    } else {
      const html =
        'p' in b
          ? `<p>${esc(b.p)}</p>`
          : 'list' in b
            ? `<ul>${b.list.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`
            : `<table><thead><tr>${b.table.head.map((h, i) => `<th${b.table.num?.includes(i) ? ' class="num"' : ''}>${esc(h)}</th>`).join('')}</tr></thead><tbody>${b.table.rows
                .map(
                  (r) =>
                    `<tr>${r.map((c, i) => `<td${b.table.num?.includes(i) ? ' class="num"' : ''}>${esc(c)}</td>`).join('')}</tr>`,
                )
                .join('')}</tbody></table>`;
      if (out.at(-1) === '<!--keep-->') out[out.length - 1] = `${html}</div>`;
      else out.push(html);
    }
  }
  if (out.at(-1) === '<!--keep-->') out[out.length - 1] = '</div>';
  if (open) out.push('</section>');
  return out.join('\n');
}

const mdCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function blocksMarkdown(title: string, blocks: readonly Block[]): string {
  const out = [`# ${title}`, ''];
  for (const b of blocks) {
    if ('h' in b) out.push(`## ${b.h}`, '');
    else if ('p' in b) out.push(b.p, '');
    else if ('list' in b) out.push(...b.list.map((i) => `- ${i}`), '');
    else {
      const { head, rows, num = [] } = b.table;
      out.push(`| ${head.map(mdCell).join(' | ')} |`);
      out.push(`| ${head.map((_, i) => (num.includes(i) ? '---:' : '---')).join(' | ')} |`);
      for (const r of rows) out.push(`| ${r.map(mdCell).join(' | ')} |`);
      out.push('');
    }
  }
  return out.join('\n');
}

/**
 * A dataset version's fingerprint: sha-256 over its manifest (path, content hash and label of
 * every sample, in path order), so two copies of the same data have the same hash. Kept with
 * the manifest's link when it was stored.
 */
export function manifestHash(v: DatasetVersion): string | null {
  return v.samples && v.samples.rows > 0 ? v.samples.fingerprint : null;
}
