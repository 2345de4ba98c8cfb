/** Events the core or the shell pushes to the UI, declared once for every transport. */
import type { JobInfo, ProjectView } from './define.js';

/**
 * Menu commands the page carries out itself: Save, for one, shows a conflict or an error in
 * the page, and Undo undoes typing when a text field has focus and a project edit otherwise.
 */
export const MENU_COMMANDS = [
  'file.new',
  'file.open',
  'file.save',
  'file.export',
  'file.merge',
  'file.close',
  'edit.undo',
  'edit.redo',
  'view.present',
  'file.saveAs',
  // Clipboard, zoom and full screen are Electron's own menu roles on the desktop; the browser
  // host's menu bar carries them out in the page.
  'edit.cut',
  'edit.copy',
  'edit.paste',
  'edit.selectAll',
  'view.zoomIn',
  'view.zoomOut',
  'view.resetZoom',
  'view.fullScreen',
  // Theme, the user guide and About are the page's on both hosts.
  'view.theme.system',
  'view.theme.light',
  'view.theme.dark',
  'help.guide',
  'help.about',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export interface EventPayloads {
  'project.changed': ProjectView | null;
  /** A job started, moved on, or ended (its status tells which). */
  'job.progress': JobInfo;
  /** The desktop window is being closed: the UI asks about unsaved changes, then closes it. */
  'app.closeRequested': null;
  /** A command chosen in the desktop app's menu that the page carries out (it knows focus and dialogs). */
  'app.menuCommand': MenuCommand;
  /** The desktop app was asked to open a file: Open Recent, a second launch, the OS, a drop. */
  'app.openFile': { path: string };
}
export type EventName = keyof EventPayloads;

export const EVENT_NAMES = [
  'project.changed',
  'job.progress',
  'app.closeRequested',
  'app.menuCommand',
  'app.openFile',
] as const satisfies readonly EventName[];

// Adding an event to EventPayloads without listing it above fails the type-check here.
type Unlisted = Exclude<EventName, (typeof EVENT_NAMES)[number]>;
export const everyEventListed: [Unlisted] extends [never] ? true : Unlisted = true;
