/**
 * The words of the application menu and the window title, in every language the UI speaks.
 * The menu is drawn by the main process, which does not load the page's catalogues; the
 * Korean table must name every key the English one has (the type says so).
 */
import type { Prefs } from '../shared/contract.js';

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
  export: 'Export…',
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
  about: 'About Gapboard',
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
  export: '내보내기…',
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
  about: 'Gapboard 정보',
};

export const MENU_LABELS: Record<Prefs['language'], MenuLabels> = { en, ko };
