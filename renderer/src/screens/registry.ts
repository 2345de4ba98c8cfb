/**
 * The screens this build has, in tab order. A new screen is one component file plus one line
 * here; a screen not listed has no tab.
 */
import type { ComponentType } from 'react';
import type { Screen } from '../store/types';
import { Overview } from './Overview';
import { Requirements } from './Requirements';

export const SCREENS: { id: Screen; component: ComponentType }[] = [
  { id: 'overview', component: Overview },
  { id: 'requirements', component: Requirements },
];
