import type { Catalogue } from './en';

import type { KoreanOf } from './catalogue-type';
import { common } from './ko/common';
import { welcome } from './ko/welcome';
import { overview } from './ko/overview';
import { requirements } from './ko/requirements';
import { board } from './ko/board';
import { history } from './ko/history';
import { qa } from './ko/qa';
import { present } from './ko/present';
import { data } from './ko/data';
import { runs } from './ko/runs';
import { optimize } from './ko/optimize';
import { merge } from './ko/merge';
import { manual } from './ko/manual';
import { templates } from './ko/templates';
import { charts } from './ko/charts';
import { menu } from './ko/menu';
import { openHint } from './ko/open-hint';

/**
 * The Korean catalogue: the same keys as `en`. Metric keys, IDs, units (ms, MB, QPS, KRW),
 * formats (ONNX, CSV, JSONL, NCHW) and product names stay as they are. Korean has one plural
 * form, so i18next reads only the `_other` keys; the `_one` keys exist to keep the key set
 * identical to English (the catalogue test checks it).
 */
export const ko: KoreanOf<Catalogue> = {
  ...common,
  welcome,
  overview,
  requirements,
  board,
  history,
  qa,
  present,
  data,
  runs,
  optimize,
  merge,
  manual,
  templates,
  charts,
  menu,
  openHint,
};
