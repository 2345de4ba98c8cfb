import type { KoreanOf } from '../catalogue-type';
import type { manual as English } from '../en/manual';

/** Korean strings of the manual screen: the same keys as the English ones. */
export const manual: KoreanOf<typeof English> = {
  metricHint: '지표로 잴 수 없습니다. 팀원이 충족 여부를 판단합니다.',
  judge: '판단…',
  title: '{{id}} 판단',
  notJudged: '아직 판단하지 않음',
  judgeAgain: '{{iteration}}에서 다시 판단해야 함',
  judged: '{{by}}, {{date}} 판단',
  verdict: { met: '충족', unmet: '미충족' },
  verdictLabel: '판단',
  by: '판단한 사람',
  reason: '이유',
  reasonPlaceholder: '근거가 보여 주는 것',
  save: '판단 기록',
  evidence: '근거',
  noEvidence: '아직 첨부한 근거가 없습니다.',
  kindLabel: '종류',
  kind: { file: '파일', note: '메모', qa: 'Q&A' },
  filePath: '파일 경로',
  filePlaceholder: '/home/you/usability-test.png',
  fileHint: '파일은 프로젝트 옆의 evidence 폴더로 복사됩니다.',
  note: '메모',
  qa: 'Q&A 항목',
  attach: '첨부',
  remove: '제거',
  history: '판단 기록',
  judgmentEntry: '{{date}} · {{by}}: {{verdict}} — {{reason}}',
  done: '완료',
  evidenceCount: '첨부된 근거 {{count}}개',
};
