/**
 * The texts the engine writes into a project (evidence reasons frozen into scorecards, a run's
 * measurement flags, environment warnings) as codes with parameters, and their wording in each
 * language. The project file keeps the English sentence the engine wrote, so the same sentence
 * is read back here into its code; a text no pattern knows is shown as written.
 */
export type EngineLang = 'en' | 'ko';

interface EngineMessage {
  code: string;
  /** Reads the English text back into parameters. */
  pattern: RegExp;
  params: readonly string[];
  text: Record<EngineLang, string>;
}

const M = (code: string, pattern: RegExp, params: string[], en: string, ko: string): EngineMessage => ({
  code,
  pattern,
  params,
  text: { en, ko },
});

export const ENGINE_MESSAGES: readonly EngineMessage[] = [
  M('noRun', /^no finished run$/, [], 'no finished run', '완료된 실행 없음'),
  M(
    'bridgeRun',
    /^attribution bridge: (\S+) from (\S+) on the data of (\S+)$/,
    ['model', 'from', 'to'],
    'attribution bridge: {{model}} from {{from}} on the data of {{to}}',
    '변화 분해용 실행: {{from}}의 {{model}}을(를) {{to}}의 데이터로 평가',
  ),
  M(
    'notMeasured',
    /^(\S+) did not measure (.+)$/,
    ['run', 'key'],
    '{{run}} did not measure {{key}}',
    '{{run}}은(는) {{key}}을(를) 측정하지 않음',
  ),
  M(
    'otherData',
    /^(\S+) is on (.+), not split (.+)$/,
    ['run', 'on', 'split'],
    '{{run}} is on {{on}}, not split {{split}}',
    '{{run}}은(는) {{on}} 기준이며 {{split}} 분할이 아님',
  ),
  M(
    'otherDataset',
    /^(\S+) is on (.+), not (.+)$/,
    ['run', 'on', 'want'],
    '{{run}} is on {{on}}, not {{want}}',
    '{{run}}은(는) {{on}} 기준이며 {{want}}이(가) 아님',
  ),
  M(
    'noDatasetScope',
    /^no dataset to measure/,
    [],
    'no dataset to measure (scope the requirement to one)',
    '측정할 데이터셋 없음(요구사항에 데이터셋 범위를 지정하세요)',
  ),
  M(
    'noVersions',
    /^dataset (\S+) has no versions$/,
    ['dataset'],
    'dataset {{dataset}} has no versions',
    '데이터셋 {{dataset}}에 버전이 없음',
  ),
  M('noSuchVersion', /^(\S+) does not exist$/, ['ref'], '{{ref}} does not exist', '{{ref}}이(가) 없음'),
  M('noDataMetric', /^(\S+) has no (.+)$/, ['ref', 'key'], '{{ref}} has no {{key}}', '{{ref}}에 {{key}} 값이 없음'),
  M('noDataset', /^no dataset$/, [], 'no dataset', '데이터셋 없음'),
  M(
    'envDiffers',
    /^environment differs from serving target (\S+) \((.*)\): (.+)$/,
    ['target', 'name', 'diffs'],
    'environment differs from serving target {{target}} ({{name}}): {{diffs}}',
    '측정 환경이 서빙 대상 {{target}}({{name}})과(와) 다름: {{diffs}}',
  ),
  M(
    'bestBatch',
    /^throughput_qps: best at batch (\d+)$/,
    ['batch'],
    'throughput_qps: best at batch {{batch}}',
    'throughput_qps: 배치 {{batch}}에서 최고',
  ),
  M(
    'serverSimulated',
    /^server_qps: simulated from (\d+) measured latencies, (\d+) Poisson arrivals, seed (\d+)$/,
    ['latencies', 'queries', 'seed'],
    'server_qps: simulated from {{latencies}} measured latencies, {{queries}} Poisson arrivals, seed {{seed}}',
    'server_qps: 측정 지연 {{latencies}}개와 포아송 도착 {{queries}}건으로 시뮬레이션(시드 {{seed}})',
  ),
  M(
    'serverIdleExceeds',
    /^server_qps: even an idle server exceeds the (\S+) ms p95 bound$/,
    ['bound'],
    'server_qps: even an idle server exceeds the {{bound}} ms p95 bound',
    'server_qps: 유휴 서버도 p95 한도 {{bound}} ms를 넘음',
  ),
  M(
    'fewQueries',
    /^latency_(\w+)_ms: (\d+) queries, (\d+) needed for a valid \w+; indicative only$/,
    ['name', 'queries', 'need'],
    'latency_{{name}}_ms: {{queries}} queries, {{need}} needed for a valid {{name}}; indicative only',
    'latency_{{name}}_ms: 쿼리 {{queries}}건(유효한 {{name}}에는 {{need}}건 필요), 참고용',
  ),
  M(
    'fixedBatchLatency',
    /^latency: the model's batch is fixed at (\d+); single-stream latency is per batch of \d+$/,
    ['batch'],
    "latency: the model's batch is fixed at {{batch}}; single-stream latency is per batch of {{batch}}",
    'latency: 모델 배치가 {{batch}}로 고정되어 단일 스트림 지연은 배치 {{batch}} 기준',
  ),
  M(
    'fixedBatch',
    /^batch: the model's batch dimension is fixed at (\d+); evaluated at batch \d+$/,
    ['batch'],
    "batch: the model's batch dimension is fixed at {{batch}}; evaluated at batch {{batch}}",
    'batch: 모델 배치 차원이 {{batch}}로 고정되어 배치 {{batch}}로 평가함',
  ),
  M(
    'modelChanged',
    /^model file (.+) changed since it was registered \(sha-256 differs\)$/,
    ['path'],
    'model file {{path}} changed since it was registered (sha-256 differs)',
    '모델 파일 {{path}}이(가) 등록 후 바뀜(sha-256 불일치)',
  ),
];

/** Pieces inside an environment warning: `2 cores vs 4`, `2 threads vs 4`. */
const DIFF_PARTS: Record<EngineLang, (n: string, unit: string, want: string) => string> = {
  en: (n, unit, want) => `${n} ${unit} vs ${want}`,
  ko: (n, unit, want) => `${unit === 'cores' ? '코어' : '스레드'} ${n}개(대상 ${want}개)`,
};

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => params[k] ?? '');
}

/** The code and parameters of an engine text, or null when it is not one the engine writes. */
export function parseEngineText(text: string): { code: string; params: Record<string, string> } | null {
  for (const m of ENGINE_MESSAGES) {
    const hit = m.pattern.exec(text);
    if (hit) return { code: m.code, params: Object.fromEntries(m.params.map((p, i) => [p, hit[i + 1] ?? ''])) };
  }
  return null;
}

/** An engine text in `lang` (unknown texts, such as a user's own words, come back unchanged). */
export function engineText(text: string, lang: EngineLang): string {
  const parsed = parseEngineText(text);
  if (!parsed) return text;
  const m = ENGINE_MESSAGES.find((x) => x.code === parsed.code)!;
  const params = { ...parsed.params };
  if (parsed.code === 'envDiffers') {
    params.diffs = params
      .diffs!.split(', ')
      .map((d) => {
        const hit = /^(\d+) (cores|threads) vs (\d+)$/.exec(d);
        return hit ? DIFF_PARTS[lang](hit[1]!, hit[2]!, hit[3]!) : d;
      })
      .join(', ');
  }
  return fill(m.text[lang], params);
}
