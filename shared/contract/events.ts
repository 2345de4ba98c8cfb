/** Events the core or the shell pushes to the UI, declared once for every transport. */
import type { JobInfo, ProjectView } from './define.js';

export interface EventPayloads {
  'project.changed': ProjectView | null;
  /** A job started, moved on, or ended (its status tells which). */
  'job.progress': JobInfo;
  /** The desktop window is being closed: the UI asks about unsaved changes, then closes it. */
  'app.closeRequested': null;
}
export type EventName = keyof EventPayloads;

export const EVENT_NAMES = [
  'project.changed',
  'job.progress',
  'app.closeRequested',
] as const satisfies readonly EventName[];

// Adding an event to EventPayloads without listing it above fails the type-check here.
type Unlisted = Exclude<EventName, (typeof EVENT_NAMES)[number]>;
export const everyEventListed: [Unlisted] extends [never] ? true : Unlisted = true;
