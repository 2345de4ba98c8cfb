import type { KoreanOf } from '../catalogue-type';
import type { welcome as English } from '../en/welcome';

/** Korean strings of the welcome screen: the same keys as the English ones. */
export const welcome: KoreanOf<typeof English> = {
  tagline: '서비스 요구사항 → 데이터 → 모델 → 로컬 평가 → 다시 요구사항으로.',
  newTitle: '새 프로젝트',
  name: '프로젝트 이름',
  path: '프로젝트 파일',
  pathPlaceholder: '/home/you/projects/digits.gapboard',
  create: '프로젝트 만들기',
  openTitle: '프로젝트 열기',
  open: '열기',
  sample: '샘플 프로젝트 열기',
  sampleHint: '수학 숙제 앱용 숫자 인식기: 실제 데이터, 이터레이션 3회.',
  recent: '최근 프로젝트',
  noRecent: '최근 프로젝트가 아직 없습니다.',
};
