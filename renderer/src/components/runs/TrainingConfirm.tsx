import { useTranslation } from 'react-i18next';

/** Asks once more before evaluating on samples the model may have learnt from; yes submits the form. */
export function TrainingConfirm({ onNo }: { onNo: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="banner banner-warn row" role="alertdialog" data-testid="evaluate-training-confirm">
      <span>{t('runs.training.confirm')}</span>
      <span className="spacer" />
      <button type="submit" data-testid="evaluate-training-yes">
        {t('runs.training.yes')}
      </button>
      <button type="button" data-testid="evaluate-training-no" onClick={onNo}>
        {t('actions.cancel')}
      </button>
    </div>
  );
}
