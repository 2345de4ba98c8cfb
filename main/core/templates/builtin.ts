/**
 * Built-in templates, from the situations the app was designed around: accuracy stated as the
 * chance a user must correct a result, p95 latency on the device or server it runs on, QPS,
 * model size for phones, and enough examples of every class.
 */
import type { RequirementTemplate, TemplateServingTarget } from '../../../shared/templates.js';

const phone: TemplateServingTarget = {
  key: 'phone',
  name: { en: 'Mid-range phone', ko: '보급형 스마트폰' },
  mode: 'mobile',
  hardware: { cpu: 'ARM Cortex-A76', cores: 4, ramGb: 4, gpu: '' },
  runtime: { threads: 2, executionProvider: 'cpu' },
};

const server: TemplateServingTarget = {
  key: 'server',
  name: { en: 'Cloud CPU server', ko: '클라우드 CPU 서버' },
  mode: 'cloud',
  hardware: { cpu: 'x86-64', cores: 8, ramGb: 16, gpu: '' },
  runtime: { threads: 8, executionProvider: 'cpu' },
};

const minExamples = (n: number) => ({
  title: { en: 'Enough examples of every class', ko: '모든 클래스에 충분한 예시' },
  metric: 'data.min_class_count',
  op: '>=' as const,
  target: n,
  unit: 'samples',
  priority: 'should' as const,
  rationale: {
    en: `A class with fewer than ${n} labeled examples cannot be learned or measured reliably.`,
    ko: `라벨이 ${n}개보다 적은 클래스는 제대로 학습하거나 측정할 수 없습니다.`,
  },
});

export const BUILTIN_TEMPLATES: readonly RequirementTemplate[] = [
  {
    id: 'mobile-ocr',
    builtIn: true,
    name: { en: 'Mobile OCR service', ko: '모바일 OCR 서비스' },
    description: {
      en: 'Reads characters from camera photos on the phone itself: quality users feel, speed and size on the device.',
      ko: '휴대폰에서 직접 카메라 사진의 글자를 읽습니다: 사용자가 체감하는 품질, 기기에서의 속도와 크기.',
    },
    servingTargets: [phone],
    requirements: [
      {
        title: { en: 'Users rarely correct a result', ko: '사용자가 결과를 고치는 일이 드묾' },
        metric: 'error_rate',
        op: '<=',
        target: 0.05,
        unit: '',
        priority: 'must',
        rationale: {
          en: 'error_rate is the chance a user must correct a result: at most 1 in 20.',
          ko: 'error_rate는 사용자가 결과를 고쳐야 할 확률입니다: 20번에 1번 이하.',
        },
      },
      {
        title: { en: 'p95 latency on the phone', ko: '휴대폰에서의 p95 지연 시간' },
        metric: 'latency_p95_ms',
        op: '<=',
        target: 300,
        unit: 'ms',
        priority: 'must',
        rationale: {
          en: 'The result must appear before the user looks away from the camera.',
          ko: '사용자가 카메라에서 눈을 떼기 전에 결과가 나와야 합니다.',
        },
        servingTarget: 'phone',
      },
      {
        title: { en: 'Model fits in the app', ko: '앱에 들어가는 모델 크기' },
        metric: 'model_size_mb',
        op: '<=',
        target: 20,
        unit: 'MB',
        priority: 'must',
        rationale: {
          en: 'App stores and users punish large downloads; the model ships inside the app.',
          ko: '앱 스토어와 사용자는 큰 다운로드를 꺼립니다. 모델은 앱 안에 들어갑니다.',
        },
        servingTarget: 'phone',
      },
      minExamples(100),
    ],
  },
  {
    id: 'server-classifier',
    builtIn: true,
    name: { en: 'Server-side classifier', ko: '서버 분류기' },
    description: {
      en: 'Classifies requests on a cloud server: error rate, p95 latency and the request rate it sustains.',
      ko: '클라우드 서버에서 요청을 분류합니다: 오류율, p95 지연 시간, 감당할 수 있는 요청률.',
    },
    servingTargets: [server],
    requirements: [
      {
        title: { en: 'Users rarely correct a result', ko: '사용자가 결과를 고치는 일이 드묾' },
        metric: 'error_rate',
        op: '<=',
        target: 0.03,
        unit: '',
        priority: 'must',
        rationale: {
          en: 'error_rate is the chance a user must correct a result: at most 3 in 100.',
          ko: 'error_rate는 사용자가 결과를 고쳐야 할 확률입니다: 100번에 3번 이하.',
        },
      },
      {
        title: { en: 'p95 latency on the server', ko: '서버에서의 p95 지연 시간' },
        metric: 'latency_p95_ms',
        op: '<=',
        target: 50,
        unit: 'ms',
        priority: 'must',
        rationale: {
          en: 'The classifier is one step of a request that must answer within 200 ms.',
          ko: '분류기는 200 ms 안에 응답해야 하는 요청의 한 단계입니다.',
        },
        servingTarget: 'server',
      },
      {
        title: { en: 'Peak request rate', ko: '최대 요청률' },
        metric: 'server_qps',
        op: '>=',
        target: 200,
        unit: 'qps',
        priority: 'should',
        rationale: {
          en: 'Expected peak traffic per server, with p95 latency still within its bound.',
          ko: 'p95 지연 시간을 지키면서 서버 한 대가 받을 최대 트래픽입니다.',
        },
        servingTarget: 'server',
      },
      minExamples(500),
    ],
  },
  {
    id: 'formula-photos',
    builtIn: true,
    name: { en: 'Formula recognizer from photos', ko: '사진 속 수식 인식기' },
    description: {
      en: 'Recognizes handwritten math formulas in homework photos, on the phone.',
      ko: '숙제 사진 속 손글씨 수식을 휴대폰에서 인식합니다.',
    },
    servingTargets: [phone],
    requirements: [
      {
        title: { en: 'Users rarely correct a formula', ko: '사용자가 수식을 고치는 일이 드묾' },
        metric: 'error_rate',
        op: '<=',
        target: 0.1,
        unit: '',
        priority: 'must',
        rationale: {
          en: 'error_rate is the chance a user must correct a result: at most 1 formula in 10.',
          ko: 'error_rate는 사용자가 결과를 고쳐야 할 확률입니다: 수식 10개에 1개 이하.',
        },
      },
      {
        title: { en: 'p95 latency on the phone', ko: '휴대폰에서의 p95 지연 시간' },
        metric: 'latency_p95_ms',
        op: '<=',
        target: 500,
        unit: 'ms',
        priority: 'must',
        rationale: {
          en: 'A student waits for the formula before moving on.',
          ko: '학생은 수식이 나와야 다음으로 넘어갑니다.',
        },
        servingTarget: 'phone',
      },
      {
        title: { en: 'Model fits in the app', ko: '앱에 들어가는 모델 크기' },
        metric: 'model_size_mb',
        op: '<=',
        target: 30,
        unit: 'MB',
        priority: 'should',
        rationale: {
          en: 'The model ships inside the homework app.',
          ko: '모델은 숙제 앱 안에 들어갑니다.',
        },
        servingTarget: 'phone',
      },
      minExamples(200),
      {
        title: { en: 'A wrong symbol is fixed in two taps', ko: '틀린 기호는 두 번의 탭으로 고침' },
        metric: 'manual',
        op: '>=',
        target: 1,
        unit: '',
        priority: 'should',
        rationale: {
          en: 'No metric measures it: judged in a usability test.',
          ko: '지표로 잴 수 없습니다: 사용성 테스트로 판단합니다.',
        },
      },
    ],
  },
];
