import type { KoreanOf } from '../catalogue-type';
import type { openHint as English } from '../en/open-hint';

/** Korean strings of the page shown at an address without the token: the same keys as the English ones. */
export const openHint: KoreanOf<typeof English> = {
  title: 'Gapboard가 출력한 주소로 여세요',
  why: '이 주소에는 접근 토큰이 없어 아무것도 보여 주지 않습니다. Gapboard가 시작할 때 출력한 주소로만 앱이 열립니다.',
  start: '터미널에서 Gapboard를 시작하세요:',
  or: '또는 Gapboard 폴더에서',
  open: '출력된 주소를 이 브라우저에서 여세요.',
  example: '주소는 http://127.0.0.1:PORT/#token=… 형태이며, # 뒤가 토큰입니다.',
};
