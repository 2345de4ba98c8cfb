/**
 * The words of the application menu and the window title, in every language the UI speaks.
 * The desktop menu is drawn by the main process, which does not load the page's catalogues,
 * and the browser host's in-page menu bar shows the same words, so both read them from here
 * (the page's catalogues include this table). The Korean table must name every key the
 * English one has (the type says so).
 */
import type { Prefs } from './contract.js';

const en = {
  file: 'File',
  edit: 'Edit',
  view: 'View',
  window: 'Window',
  help: 'Help',
  new: 'New Project',
  open: 'Open…',
  openRecent: 'Open Recent',
  noRecent: 'No recent projects',
  save: 'Save',
  saveAs: 'Save As…',
  export: 'Export…',
  merge: 'Merge a Teammate’s Copy…',
  close: 'Close Project',
  quit: 'Quit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  resetZoom: 'Actual Size',
  fullScreen: 'Toggle Full Screen',
  present: 'Present',
  theme: 'Theme',
  themeSystem: 'Follow the System',
  themeLight: 'Light',
  themeDark: 'Dark',
  guide: 'User Guide',
  about: 'About Gapboard',
  menuBar: 'Application menu',
  // Asked by the shell itself only when the page cannot ask (it crashed).
  unsavedTitle: 'Save the changes to {name} before closing?',
  unsavedDetail: 'The window stopped responding, so Gapboard asks here.',
  dontSave: "Don't Save",
  cancel: 'Cancel',
};

export type MenuLabels = typeof en;

const ko: MenuLabels = {
  file: '파일',
  edit: '편집',
  view: '보기',
  window: '창',
  help: '도움말',
  new: '새 프로젝트',
  open: '열기…',
  openRecent: '최근 프로젝트 열기',
  noRecent: '최근 프로젝트 없음',
  save: '저장',
  saveAs: '다른 이름으로 저장…',
  export: '내보내기…',
  merge: '팀원의 사본 병합…',
  close: '프로젝트 닫기',
  quit: '종료',
  undo: '실행 취소',
  redo: '다시 실행',
  cut: '잘라내기',
  copy: '복사',
  paste: '붙여넣기',
  selectAll: '모두 선택',
  zoomIn: '확대',
  zoomOut: '축소',
  resetZoom: '실제 크기',
  fullScreen: '전체 화면 전환',
  present: '발표',
  theme: '테마',
  themeSystem: '시스템 설정 따르기',
  themeLight: '밝게',
  themeDark: '어둡게',
  guide: '사용자 안내서',
  about: 'Gapboard 정보',
  menuBar: '애플리케이션 메뉴',
  unsavedTitle: '닫기 전에 {name}의 변경 사항을 저장할까요?',
  unsavedDetail: '창이 응답하지 않아 여기에서 묻습니다.',
  dontSave: '저장 안 함',
  cancel: '취소',
};

export const MENU_LABELS: Record<Prefs['language'], MenuLabels> = { en, ko };
