/**
 * The screens this build has, in tab order. A new screen is one component file plus one line
 * here; a screen not listed has no tab.
 */
import type { ComponentType } from 'react';
import type { Screen } from '../store/types';
import { Board } from './Board';
import { Data } from './Data';
import { History } from './History';
import { Overview } from './Overview';
import { Present } from './Present';
import { Qa } from './Qa';
import { Requirements } from './Requirements';
import { Runs } from './Runs';

export const SCREENS: { id: Screen; component: ComponentType }[] = [
  { id: 'board', component: Board },
  { id: 'overview', component: Overview },
  { id: 'requirements', component: Requirements },
  { id: 'data', component: Data },
  { id: 'runs', component: Runs },
  { id: 'history', component: History },
  { id: 'qa', component: Qa },
  { id: 'present', component: Present },
];
