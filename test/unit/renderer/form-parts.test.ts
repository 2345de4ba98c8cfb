/**
 * The shared pieces forms and list screens are built from, rendered to static markup in both
 * UI languages: what each one shows, which buttons are disabled, and the test ids the
 * end-to-end suite relies on.
 */
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { CrudTable } from '../../../renderer/src/components/CrudTable.js';
import { FormActions } from '../../../renderer/src/components/FormActions.js';
import { changeLanguage, initI18n } from '../../../renderer/src/i18n/index.js';

beforeAll(async () => {
  await initI18n('en');
});

/** The buttons of a rendered row, in order, as `label[attributes]`. */
function buttons(html: string): string[] {
  return [...html.matchAll(/<button([^>]*)>([^<]*)<\/button>/g)].map(
    ([, attrs, label]) => `${label}[${attrs!.trim()}]`,
  );
}

describe('FormActions', () => {
  it('puts the leading buttons, the primary action, Cancel and the hint in that order', () => {
    const html = renderToStaticMarkup(
      h(FormActions, {
        leading: h('button', { type: 'button' }, 'Remove'),
        primary: { label: 'Save', testId: 'x-save', type: 'submit' },
        onCancel: () => undefined,
        cancelTestId: 'x-cancel',
        hint: h('span', { className: 'muted small' }, 'takes a minute'),
      }),
    );
    expect(html).toMatch(/^<div class="row">/);
    expect(buttons(html)).toEqual([
      'Remove[type="button"]',
      'Save[class="primary" type="submit" data-testid="x-save"]',
      'Cancel[type="button" data-testid="x-cancel"]',
    ]);
    expect(html).toMatch(/<\/button><span class="muted small">takes a minute<\/span><\/div>$/);
  });

  it('disables the primary action while busy, without a reason the user could act on', () => {
    const html = renderToStaticMarkup(
      h(FormActions, { busy: true, primary: { label: 'Merge', disabledReason: 'Preview first.' } }),
    );
    expect(buttons(html)).toEqual(['Merge[class="primary" disabled=""]']);
  });

  it('says why the primary action is disabled, and nothing once it is enabled', () => {
    const off = renderToStaticMarkup(
      h(FormActions, { primary: { label: 'Merge', disabled: true, disabledReason: 'Preview first.' } }),
    );
    expect(buttons(off)).toEqual(['Merge[class="primary" disabled="" title="Preview first."]']);
    const on = renderToStaticMarkup(
      h(FormActions, { primary: { label: 'Merge', disabled: false, disabledReason: 'Preview first.' } }),
    );
    expect(buttons(on)).toEqual(['Merge[class="primary"]']);
  });

  it('closes a dialog with a button of its own label, and says Cancel in the UI language', async () => {
    const done = renderToStaticMarkup(
      h(FormActions, { className: 'modal-actions', onCancel: () => undefined, cancelLabel: 'Done' }),
    );
    expect(done).toBe('<div class="modal-actions"><button type="button">Done</button></div>');
    await changeLanguage('ko');
    try {
      expect(renderToStaticMarkup(h(FormActions, { onCancel: () => undefined }))).toContain('>취소</button>');
    } finally {
      await changeLanguage('en');
    }
  });
});

interface Entry {
  id: string;
  name: string;
}
const ENTRIES: Entry[] = [
  { id: 'R-1', name: 'accuracy' },
  { id: 'R-2', name: 'latency' },
];
const table = (over: Partial<Parameters<typeof CrudTable<Entry>>[0]> = {}) =>
  renderToStaticMarkup(
    h(CrudTable<Entry>, {
      items: ENTRIES,
      idOf: (e) => e.id,
      columns: [{ label: 'Id' }, { label: 'Name', className: 'num' }],
      cells: (e) => [h('td', { key: 'id' }, e.id), h('td', { key: 'name' }, e.name)],
      testId: 'things-table',
      rowTestId: 'thing-row',
      actionTestId: 'thing',
      empty: { text: 'Nothing yet.', testId: 'things-empty' },
      readOnly: false,
      onEdit: () => undefined,
      onDelete: () => undefined,
      ...over,
    }),
  );

describe('CrudTable', () => {
  it('lists every entry with its cells, then Edit and Delete named for the entry', () => {
    const html = table();
    expect(html).toContain(
      '<table class="grid" data-testid="things-table"><thead><tr><th>Id</th><th class="num">Name</th><th><span class="sr-only">Actions</span></th></tr></thead>',
    );
    expect(html).toContain('<tr data-testid="thing-row-R-2"><td>R-2</td><td>latency</td><td class="actions">');
    expect(buttons(html)).toEqual([
      'Edit[data-testid="thing-edit-R-1"]',
      'Delete[data-testid="thing-delete-R-1"]',
      'Edit[data-testid="thing-edit-R-2"]',
      'Delete[data-testid="thing-delete-R-2"]',
    ]);
  });

  it('says so when there is nothing to list', () => {
    expect(table({ items: [] })).toBe('<p class="muted" data-testid="things-empty">Nothing yet.</p>');
  });

  it('disables every row action on a read-only project', () => {
    expect(buttons(table({ readOnly: true })).every((b) => b.includes('disabled=""'))).toBe(true);
  });

  it('marks the selected row when rows can be selected', () => {
    const html = table({ selectable: true, selectedId: 'R-2' });
    expect(html).toContain('<tr data-testid="thing-row-R-1" class="">');
    expect(html).toContain('<tr data-testid="thing-row-R-2" class="selected">');
    expect(table({ selectedId: 'R-2' })).not.toContain('class="selected"');
  });
});
