import type { KoreanOf } from '../catalogue-type';
import type { common as English } from '../en/common';

/** Korean strings shared by every screen: the same keys as the English ones. */
export const common: KoreanOf<typeof English> = {
  app: {
    name: 'Gapboard',
    loading: '불러오는 중…',
    readOnly: '읽기 전용',
    unsaved: '저장하지 않은 변경 사항',
    saved: '저장됨',
    dismiss: '닫기',
  },
  store: {
    missing:
      '이 화면에 필요한 샘플별 데이터 파일이 없습니다: {{file}}. 프로젝트 파일과 함께 옮겨 온 .store 폴더를 프로젝트 파일 옆에 다시 복사하거나, 버전을 다시 등록하거나 평가를 다시 실행하세요.',
    altered:
      '이 화면에 필요한 샘플별 데이터 파일이 변경되었습니다(내용이 해시와 일치하지 않음): {{file}}. 프로젝트 파일과 함께 옮겨 온 .store 폴더를 프로젝트 파일 옆에 다시 복사하거나, 버전을 다시 등록하거나 평가를 다시 실행하세요.',
  },
  language: { label: '언어', en: 'English', ko: '한국어' },
  theme: { label: '테마', system: '시스템 테마', light: '라이트', dark: '다크' },
  nav: {
    board: '보드',
    overview: '개요',
    requirements: '요구사항',
    data: '데이터',
    runs: '모델 및 실행',
    history: '이력',
    qa: 'Q&A',
    present: '발표',
  },
  actions: {
    save: '저장',
    saveAnyway: '그래도 저장',
    reload: '디스크에서 다시 불러오기',
    undo: '실행 취소',
    redo: '다시 실행',
    close: '프로젝트 닫기',
    cancel: '취소',
    discard: '저장 안 함',
    browse: '찾아보기…',
    edit: '편집',
    delete: '삭제',
    column: '작업',
  },
  priority: { must: '필수', should: '권장', could: '선택' },
  confirm: {
    unsavedTitle: '저장하지 않은 변경 사항',
    unsavedBody: '닫기 전에 {{name}}의 변경 사항을 저장할까요?',
    deleteTitle: '요구사항 삭제',
    conflictTitle: '디스크에서 변경됨',
  },
  /** A file dropped on the desktop window. */
  drop: { notProject: '{{name}} 파일은 Gapboard 프로젝트가 아닙니다. 열려면 .gapboard 파일을 놓으세요.' },
  jobs: {
    counts: '{{done}} / {{total}} {{unit}} · {{rate}} {{unit}}/s',
    eta: '약 {{seconds}}초 남음',
    status: { running: '실행 중', done: '완료', failed: '실패', cancelled: '취소됨' },
    title: {
      scan: '{{name}} 스캔 중',
      verify: '{{name}}@v{{version}} 무결성 검사 중',
      evaluate: '{{name}}@v{{version}}에서 {{model}} 평가 중',
    },
  },
  errors: {
    generic: '문제가 발생했습니다: {{message}}',
    screen: '이 화면에서 문제가 발생했습니다. 프로젝트는 안전하며 지금도 저장할 수 있습니다.',
    retry: '다시 시도',
  },
};
