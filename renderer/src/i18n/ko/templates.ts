import type { KoreanOf } from '../catalogue-type';
import type { templates as English } from '../en/templates';

/** Korean strings of the templates screen: the same keys as the English ones. */
export const templates: KoreanOf<typeof English> = {
  startFrom: '시작 템플릿',
  none: '템플릿 없음 (빈 프로젝트)',
  builtIn: '기본 제공',
  yours: '내 템플릿',
  fromTemplate: '템플릿에서…',
  saveAs: '템플릿으로 저장…',
  applyTitle: '템플릿에서 요구사항 추가',
  choose: '템플릿',
  newIteration: '새 이터레이션 시작 (이름)',
  newIterationPlaceholder: '비워 두면 현재 이터레이션에 추가합니다',
  apply: '요구사항 추가',
  applied: '추가됨: {{added}} · 이미 있음: {{skipped}}',
  saveTitle: '요구사항을 템플릿으로 저장',
  name: '템플릿 이름',
  description: '설명',
  saveHint: '프로젝트가 아니라 앱의 데이터 폴더에 저장되어, 이 컴퓨터의 모든 프로젝트에서 쓸 수 있습니다.',
  save: '템플릿 저장',
  saved: '템플릿 “{{name}}”을(를) 저장했습니다.',
  remove: '템플릿 삭제',
  count: '요구사항: {{count}}',
  saveNeeds: '템플릿 이름을 적고 요구사항을 하나 이상 고르세요.',
};
