import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';

/** What a list screen is editing: nothing, a new entry, or one existing entry. */
export type Editing<T> = { mode: 'new' } | { mode: 'edit'; item: T } | null;

/** A column heading; `className` aligns it with its cells (`num` for numbers). */
export interface CrudColumn {
  label: string;
  className?: string;
}

/** Asking before a delete: the dialog's title and its sentence naming the entry. */
export interface DeleteConfirm {
  title: string;
  message: (id: string) => string;
}

export interface CrudTableProps<T> {
  items: readonly T[];
  idOf: (item: T) => string;
  columns: CrudColumn[];
  /** The row's cells (`<td>`s) before the actions cell. */
  cells: (item: T) => ReactNode;
  className?: string;
  testId: string;
  rowTestId: string;
  actionTestId: string;
  /** Said instead of the table when there are no entries. */
  empty: { text: string; testId: string };
  /** Rows can be selected from elsewhere (a link from the board); `selectedId` is the one that is. */
  selectable?: boolean;
  selectedId?: string | undefined;
  readOnly: boolean;
  onEdit: (item: T) => void;
  onDelete: (id: string) => void;
  confirmDelete?: DeleteConfirm;
}

/**
 * A list of entries with Edit and Delete on every row (the add button and the form stay with
 * the screen, which knows where they go). The selected row is highlighted and scrolled into
 * view; a delete asks first when `confirmDelete` is given. Test ids: `<rowTestId>-<id>` on a
 * row, `<actionTestId>-edit-<id>` and `<actionTestId>-delete-<id>` on its buttons.
 */
export function CrudTable<T>({
  items,
  idOf,
  columns,
  cells,
  className = 'grid',
  testId,
  rowTestId,
  actionTestId,
  empty,
  selectable = false,
  selectedId,
  readOnly,
  onEdit,
  onDelete,
  confirmDelete,
}: CrudTableProps<T>) {
  const { t } = useTranslation();
  const [deleting, setDeleting] = useState<string | null>(null);
  const selectedRef = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    selectedRef.current?.scrollIntoView({ block: 'center' });
  }, [selectedId]);
  const askDelete = (id: string) => (confirmDelete ? setDeleting(id) : onDelete(id));

  if (items.length === 0) {
    return (
      <p className="muted" data-testid={empty.testId}>
        {empty.text}
      </p>
    );
  }
  return (
    <>
      <table className={className} data-testid={testId}>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} className={c.className}>
                {c.label}
              </th>
            ))}
            <th>
              <span className="sr-only">{t('actions.column')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => {
            const id = idOf(item);
            const selected = selectable && selectedId === id;
            return (
              <tr
                key={id}
                data-testid={`${rowTestId}-${id}`}
                className={selectable ? (selected ? 'selected' : '') : undefined}
                ref={selected ? selectedRef : undefined}
              >
                {cells(item)}
                <RowActions
                  testId={actionTestId}
                  id={id}
                  readOnly={readOnly}
                  onEdit={() => onEdit(item)}
                  onDelete={() => askDelete(id)}
                />
              </tr>
            );
          })}
        </tbody>
      </table>
      {deleting && confirmDelete && (
        <DeleteConfirmDialog
          confirm={confirmDelete}
          id={deleting}
          onDelete={() => {
            setDeleting(null);
            onDelete(deleting);
          }}
          onCancel={() => setDeleting(null)}
        />
      )}
    </>
  );
}

/** Edit and Delete for one row, named for the entry they act on. */
function RowActions({
  testId,
  id,
  readOnly,
  onEdit,
  onDelete,
}: {
  testId: string;
  id: string;
  readOnly: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const { t } = useTranslation();
  return (
    <td className="actions">
      <button data-testid={`${testId}-edit-${id}`} disabled={readOnly} onClick={onEdit}>
        {t('actions.edit')}
      </button>
      <button data-testid={`${testId}-delete-${id}`} disabled={readOnly} onClick={onDelete}>
        {t('actions.delete')}
      </button>
    </td>
  );
}

/** Asks before deleting entry `id`; Delete is destructive, so Cancel takes the focus. */
function DeleteConfirmDialog({
  confirm,
  id,
  onDelete,
  onCancel,
}: {
  confirm: DeleteConfirm;
  id: string;
  onDelete: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={confirm.title}
      choices={[
        { label: t('actions.delete'), testId: 'confirm-delete', destructive: true, onChoose: onDelete },
        { label: t('actions.cancel'), testId: 'confirm-cancel', onChoose: onCancel },
      ]}
    >
      {confirm.message(id)}
    </ConfirmDialog>
  );
}
