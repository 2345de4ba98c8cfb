import { common } from './en/common';
import { welcome } from './en/welcome';
import { overview } from './en/overview';
import { requirements } from './en/requirements';
import { board } from './en/board';
import { history } from './en/history';
import { qa } from './en/qa';
import { present } from './en/present';
import { data } from './en/data';
import { runs } from './en/runs';
import { optimize } from './en/optimize';
import { merge } from './en/merge';
import { manual } from './en/manual';
import { templates } from './en/templates';
import { charts } from './en/charts';
import { menu } from './en/menu';
import { openHint } from './en/open-hint';

/** The English catalogue: every string the UI shows, one file per screen under `en/`. */
export const en = {
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

export type Catalogue = typeof en;
