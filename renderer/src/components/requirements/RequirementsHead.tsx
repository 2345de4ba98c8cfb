import { useTranslation } from 'react-i18next';

/** The requirements screen's title with its template buttons and the add button. */
export function RequirementsHead({
  readOnly,
  canAdd,
  canSaveTemplate,
  onTemplate,
  onAdd,
}: {
  readOnly: boolean;
  canAdd: boolean;
  canSaveTemplate: boolean;
  onTemplate: (dialog: 'apply' | 'save') => void;
  onAdd: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="screen-head">
      <h1>{t('requirements.title')}</h1>
      <button data-testid="from-template" disabled={readOnly} onClick={() => onTemplate('apply')}>
        {t('templates.fromTemplate')}
      </button>
      <button data-testid="save-as-template" disabled={!canSaveTemplate} onClick={() => onTemplate('save')}>
        {t('templates.saveAs')}
      </button>
      <button className="primary" data-testid="add-requirement" disabled={!canAdd} onClick={onAdd}>
        {t('requirements.add')}
      </button>
    </div>
  );
}
