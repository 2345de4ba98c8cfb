import { useTranslation } from 'react-i18next';

/** A card's title row with its Cancel at the far end (left out while `onClose` is not given). */
export function CardHead({
  title,
  titleId,
  closeTestId,
  onClose,
}: {
  title: string;
  /** The id the card's `aria-labelledby` points at. */
  titleId?: string;
  closeTestId: string;
  onClose?: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  return (
    <div className="row">
      <h2 id={titleId}>{title}</h2>
      <span className="spacer" />
      {onClose && (
        <button type="button" data-testid={closeTestId} onClick={onClose}>
          {t('actions.cancel')}
        </button>
      )}
    </div>
  );
}
