import { useTranslation } from 'react-i18next';
import { fmt } from '../../format';
import type { Defaults } from './preprocessing-defaults';

/** What the user typed; an empty field means "use the default shown". */
export interface PreprocessingInput {
  width: string;
  height: string;
  color: '' | 'grayscale' | 'rgb';
  scale: string;
  mean: string;
  std: string;
  tensorLayout: '' | 'NCHW' | 'NHWC';
  classes: string;
}

export const EMPTY_PREPROCESSING: PreprocessingInput = {
  width: '',
  height: '',
  color: '',
  scale: '',
  mean: '',
  std: '',
  tensorLayout: '',
  classes: '',
};

/**
 * Preprocessing overrides with the defaults visible as placeholders (explicit and
 * saved with the run), so leaving a field empty is an informed choice, not a guess.
 */
export function PreprocessingFields({
  value,
  onChange,
  defaults,
  defaultClasses,
}: {
  value: PreprocessingInput;
  onChange: (v: PreprocessingInput) => void;
  defaults: Defaults | null;
  defaultClasses: string[];
}) {
  const { t } = useTranslation();
  const set = <K extends keyof PreprocessingInput>(k: K, v: PreprocessingInput[K]) => onChange({ ...value, [k]: v });
  /** One free-text override (`pre-<key>` for tests); empty means the default in the placeholder. */
  const textField = (key: 'width' | 'height' | 'scale' | 'mean' | 'std', placeholder: string, numeric = false) => (
    <label className={key === 'scale' ? 'runs-wide' : undefined}>
      {t(`runs.pre.${key}`)}
      <input
        data-testid={`pre-${key}`}
        inputMode={numeric ? 'numeric' : undefined}
        value={value[key]}
        onChange={(e) => set(key, e.target.value)}
        placeholder={placeholder}
      />
    </label>
  );
  const image = defaults?.kind === 'image' ? defaults : null;
  const fromModel = (v: string | number | null | undefined) =>
    v === null || v === undefined ? t('runs.pre.required') : t('runs.pre.default', { value: v });
  return (
    <fieldset className="runs-pre" data-testid="preprocessing">
      <legend>{t('runs.pre.title')}</legend>
      {defaults && (
        <p className="muted small" data-testid="preprocessing-defaults">
          {defaults.kind === 'image' &&
            t('runs.pre.imageDefaults', {
              input: defaults.input,
              size: `${defaults.width ?? '?'}×${defaults.height ?? '?'}`,
              color: t(`runs.pre.colors.${defaults.color}`),
              layout: defaults.tensorLayout,
            })}
          {defaults.kind === 'tabular' && t('runs.pre.tabularDefaults', { input: defaults.input })}
          {defaults.kind === 'unknown' && t(`runs.pre.unknown.${defaults.reason}`)}
        </p>
      )}
      {defaults?.kind !== 'tabular' && (
        <div className="runs-pre-grid">
          {textField('width', fromModel(image?.width), true)}
          {textField('height', fromModel(image?.height), true)}
          <label>
            {t('runs.pre.color')}
            <select
              data-testid="pre-color"
              value={value.color}
              onChange={(e) => set('color', e.target.value as PreprocessingInput['color'])}
            >
              <option value="">
                {t('runs.pre.default', { value: image ? t(`runs.pre.colors.${image.color}`) : '—' })}
              </option>
              <option value="grayscale">{t('runs.pre.colors.grayscale')}</option>
              <option value="rgb">{t('runs.pre.colors.rgb')}</option>
            </select>
          </label>
          <label>
            {t('runs.pre.layout')}
            <select
              data-testid="pre-layout"
              value={value.tensorLayout}
              onChange={(e) => set('tensorLayout', e.target.value as PreprocessingInput['tensorLayout'])}
            >
              <option value="">{t('runs.pre.default', { value: image?.tensorLayout ?? '—' })}</option>
              <option value="NCHW">NCHW</option>
              <option value="NHWC">NHWC</option>
            </select>
          </label>
          {textField('scale', t('runs.pre.default', { value: `1/255 (${fmt(1 / 255)})` }))}
          {textField('mean', t('runs.pre.default', { value: '0' }))}
          {textField('std', t('runs.pre.default', { value: '1' }))}
        </div>
      )}
      <label>
        {t('runs.pre.classes')}
        <input
          data-testid="pre-classes"
          value={value.classes}
          onChange={(e) => set('classes', e.target.value)}
          placeholder={defaultClasses.join(', ')}
        />
        <span className="muted small">{t('runs.pre.classesHint')}</span>
      </label>
    </fieldset>
  );
}
