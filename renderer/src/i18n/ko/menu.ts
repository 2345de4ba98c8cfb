import { MENU_LABELS } from '../../../../shared/menu-labels';
import type { KoreanOf } from '../catalogue-type';
import type { menu as English } from '../en/menu';

/** Korean strings of the menu bar and its dialogs: the same keys as the English ones. */
export const menu: KoreanOf<typeof English> = {
  ...MENU_LABELS.ko,
  aboutTitle: 'Gapboard 정보',
  aboutVersion: '버전',
  aboutHost: '실행 환경',
  hostElectron: '데스크톱 앱',
  hostBrowser: '브라우저 호스트',
  aboutNode: 'Node.js',
  aboutElectron: 'Electron',
  aboutOnnxRuntime: 'ONNX Runtime',
  done: '닫기',
  saveAsTitle: '다른 이름으로 프로젝트 저장',
  saveAsPath: '새 프로젝트 파일',
  saveAsHint:
    '다른 폴더에 저장하면 프로젝트의 데이터, 모델, 문서를 새 파일 옆으로 복사하므로, 그 폴더는 비어 있거나 새 폴더여야 합니다.',
  saveAsSave: '저장',
  savedAs: '{{path}}(으)로 저장했습니다',
  sampleCopy: '샘플 작업 사본',
  sampleCopyHint: 'Gapboard 데이터 폴더에 있는 사본입니다. 원하는 곳에 작업을 남기려면 내 파일로 저장하세요.',
  sampleSaveAs: '내 프로젝트로 저장…',
};
