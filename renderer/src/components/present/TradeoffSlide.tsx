import { useTranslation } from 'react-i18next';
import { DEFAULT_TRADEOFF_KEYS } from '../../../../shared/optimization-views';
import { useProjectQuery } from '../../hooks/useProjectQuery';
import { TradeoffChart } from '../charts/TradeoffChart';
import { mismatchSummary } from '../runs/mismatch-text';
import { useTradeoffLabels } from '../runs/useTradeoffLabels';

/** The last slide: every run's quality against p95 latency, the front and the must box. */
export function TradeoffSlide() {
  const { t } = useTranslation();
  const { x, y } = DEFAULT_TRADEOFF_KEYS;
  const data = useProjectQuery('slide', (api) => api.runs.tradeoff({ x, y }));
  const labels = useTradeoffLabels(x, y);
  const mismatch = mismatchSummary(t, data?.points ?? []);
  return (
    <div className="slide-body" data-testid="tradeoff-slide">
      <h1>{t('optimize.title')}</h1>
      {data && data.points.length > 0 ? (
        <TradeoffChart tradeoff={data} labels={labels} height={460} />
      ) : (
        <p className="slide-lead">{t('optimize.empty', { x, y })}</p>
      )}
      {mismatch && <p className="muted">⚠ {t('optimize.mismatch.banner', { what: mismatch })}</p>}
    </div>
  );
}
