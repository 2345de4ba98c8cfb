import type { KoreanOf } from '../catalogue-type';
import type { present as English } from '../en/present';

/** Korean strings of the present screen: the same keys as the English ones. */
export const present: KoreanOf<typeof English> = {
  title: '발표',
  start: '발표 시작',
  hint: '슬라이드 {{slides}}장: 제목, 이터레이션마다 바뀐 것과 스코어카드(종료 {{closed}}개), 품질과 속도의 균형, 남은 격차. ← → / Page Up / Page Down으로 이동, N으로 노트 보기, Esc로 종료.',
  prev: '이전 슬라이드',
  next: '다음 슬라이드',
  exit: '나가기 (Esc)',
  open: '진행 중',
  candidate: '후보 {{run}}',
  moved: { up: '▲ 충족으로 전환', down: '▼ 미충족으로 전환' },
  exportTitle: '내보내기',
  exportPath: '파일 (확장자 제외, 상대 경로는 프로젝트 폴더 기준)',
  export: { html: 'HTML', pdf: 'PDF', md: '마크다운', csv: '스코어카드 CSV', json: '스코어카드 JSON' },
  wrote: '{{path}}에 저장했습니다',
  downloadAgain: '다시 내려받기',
  previewTitle: '문서 미리보기',
  preview: '미리보기',
  notes: '발표자 노트:',
  notesToggle: '노트 (N)',
  kind: '문서',
  kinds: { report: '보고서', slides: '슬라이드', 'model-card': '모델 카드', datasheet: '데이터시트' },
  run: '실행',
  dataset: '데이터셋 버전',
};
