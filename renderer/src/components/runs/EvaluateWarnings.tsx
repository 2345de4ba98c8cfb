import { useTranslation } from 'react-i18next';
import type { Model } from '../../../../shared/schema';
import type { PreprocessingInput } from './PreprocessingFields';
import type { EvaluateTarget } from './use-evaluate-target';

/** What the chosen data implies before anything runs: training samples in it, no must requirement scored on it. */
export function TargetWarnings({ target }: { target: EvaluateTarget }) {
  const { t } = useTranslation();
  return (
    <>
      {target.training && (
        <p className="banner banner-warn" data-testid="evaluate-training-warn">
          ⚠ {t('runs.training.formWarn')}
        </p>
      )}
      {target.musts.length > 0 && target.scored.length === 0 && (
        <p className="banner banner-warn" data-testid="evaluate-no-must">
          ⚠ {t('runs.evaluate.noMust', { count: target.musts.length })}
        </p>
      )}
    </>
  );
}

/**
 * A classifier's last output dimension should match the class list; says so before the run
 * fails. The list is the one typed over the defaults, else the version's own classes.
 */
export function ClassMismatch({
  model,
  pre,
  classes,
}: {
  model: Model | undefined;
  pre: PreprocessingInput;
  classes: string[];
}) {
  const { t } = useTranslation();
  const outDim = model?.outputs[0]?.shape.at(-1);
  const chosen = pre.classes.trim() ? pre.classes.split(',').filter((c) => c.trim()).length : classes.length;
  if (typeof outDim !== 'number' || outDim <= 1 || chosen === 0 || outDim === chosen) return null;
  return (
    <p className="banner banner-warn" data-testid="evaluate-class-mismatch">
      ⚠ {t('runs.evaluate.classMismatch', { outputs: outDim, classes: chosen })}
    </p>
  );
}
