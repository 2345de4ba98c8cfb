import type { KoreanOf } from '../catalogue-type';
import type { merge as English } from '../en/merge';

/** Korean strings of the merge screen: the same keys as the English ones. */
export const merge: KoreanOf<typeof English> = {
  open: '병합…',
  title: '팀원의 프로젝트 병합',
  intro:
    '팀원이 가진 이 프로젝트의 사본을 열린 프로젝트에 병합합니다. 항목은 고정 ID로 맞추며, 데이터셋과 모델은 복사하지 않고 연결만 합니다.',
  theirs: '팀원의 프로젝트 파일',
  base: '공통 기준본 (선택)',
  baseHint: '두 사람이 함께 시작한 사본입니다. 있으면 한쪽만 바꾼 내용은 그대로 받고, 삭제도 반영합니다.',
  preview: '미리 보기',
  apply: '병합',
  taken: '팀원 쪽에서 가져옴: {{list}}',
  updated: '팀원 쪽 변경을 반영함: {{list}}',
  deleted: '삭제됨: {{list}}',
  renumbered: '번호 변경 (양쪽에서 같은 ID를 만듦): {{list}}',
  missing: '이 폴더에 없는 연결 파일: {{list}}',
  nothing: '두 사본의 내용이 같습니다. 병합할 것이 없습니다.',
  clean: '충돌이 없습니다. 모두 그대로 병합됩니다.',
  conflicts: '해결할 충돌: {{count}} (남은 것: {{open}})',
  type: {
    'both-changed': '양쪽에서 바뀜',
    'deleted-by-mine': '내 쪽에서 삭제, 팀원 쪽에서 바뀜',
    'deleted-by-theirs': '팀원 쪽에서 삭제, 내 쪽에서 바뀜',
  },
  field: '필드',
  colBase: '기준본',
  colMine: '내 것',
  colTheirs: '팀원 것',
  keepMine: '내 것 유지',
  takeTheirs: '팀원 것 사용',
  merged: '{{file}}을(를) 병합했습니다. 저장하면 반영되고, 실행 취소할 수도 있습니다.',
  deletedBy: '{{id}} ({{by}})',
  side: { mine: '나', theirs: '팀원' },
  previewFirst: '먼저 병합을 미리 보세요.',
  settleFirst: '충돌을 모두 해결하세요 (남은 것: {{open}}).',
};
