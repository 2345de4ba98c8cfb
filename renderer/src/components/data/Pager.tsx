import './Pager.css';
import { useTranslation } from 'react-i18next';

/** "41–80 of 1,234" with previous / next. */
export function Pager({
  offset,
  shown,
  total,
  limit,
  onOffset,
  testId,
}: {
  offset: number;
  shown: number;
  total: number;
  limit: number;
  onOffset: (offset: number) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  if (total <= limit) return null;
  return (
    <div className="row pager" data-testid={testId}>
      <button
        data-testid={`${testId}-prev`}
        disabled={offset === 0}
        onClick={() => onOffset(Math.max(0, offset - limit))}
      >
        {t('data.prev')}
      </button>
      <span className="muted small">{t('data.range', { from: offset + 1, to: offset + shown, total })}</span>
      <button
        data-testid={`${testId}-next`}
        disabled={offset + shown >= total}
        onClick={() => onOffset(offset + limit)}
      >
        {t('data.next')}
      </button>
    </div>
  );
}
