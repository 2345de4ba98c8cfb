import type { KoreanOf } from '../catalogue-type';
import type { charts as English } from '../en/charts';

/** Korean words around the charts: the same keys as the English ones. */
export const charts: KoreanOf<typeof English> = {
  showTable: '표로 보기',
  hideTable: '표 숨기기',
  tableOf: '{{name}}의 수치',
  iteration: '이터레이션',
  value: '값',
  target: '목표',
  status: '상태',
  unmetMust: '미충족 필수',
  unmetShould: '미충족 권장',
  cumulativeCost: '누적 라벨링 비용',
  className: '클래스',
  samples: '샘플 수',
  note: '비고',
  binFrom: '시작 (ms)',
  binTo: '끝 (ms)',
  measurements: '쿼리 수',
  truthByPred: '실제 클래스 \\ 예측 클래스',
  trendPoint: '{{n}}: {{value}} (목표 {{target}})',
  noValue: '값 없음',
  now: '현재',
};
