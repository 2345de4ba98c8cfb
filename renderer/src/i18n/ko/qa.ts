import type { KoreanOf } from '../catalogue-type';
import type { qa as English } from '../en/qa';

/** Korean strings of the qa screen: the same keys as the English ones. */
export const qa: KoreanOf<typeof English> = {
  title: 'Q&A 및 결정',
  add: '항목 추가',
  empty: '아직 질문이나 결정이 없습니다. 기획, 모델링, 업체가 합의한 내용과 그로 인해 바뀐 점을 기록하세요.',
  newTitle: '새 Q&A 항목',
  editTitle: '{{id}} 편집',
  question: '질문',
  answer: '답변',
  askedBy: '질문자',
  answeredBy: '답변자',
  status: '상태',
  statuses: { open: '열림', answered: '답변됨', closed: '종료' },
  changed: '변경된 점',
  changedPlaceholder: '예: R-3 목표 0.85 → 0.90, 작업 가이드 v2',
  requirements: '영향받는 요구사항',
  datasets: '영향받는 데이터셋 버전',
  links: '링크',
  date: '날짜',
  save: '항목 저장',
  deleteTitle: 'Q&A 항목 삭제',
  confirmDelete: '{{id}}을(를) 삭제할까요? 실행 취소할 수 있습니다.',
};
