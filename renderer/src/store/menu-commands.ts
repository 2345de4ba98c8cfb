/**
 * What the desktop menu's commands do in the page. The shell only names the command; the page
 * knows whether a project is open, which field has focus and how to show an error.
 */
import type { StoreApi } from 'zustand';
import type { MenuCommand } from '../../../shared/contract';
import { runPageCommand } from './page-commands';
import type { AppStore } from './types';

/** A focused text field undoes its own typing, as it would with the keyboard shortcut. */
function editingText(): boolean {
  const el = typeof document === 'undefined' ? null : document.activeElement;
  return Boolean(el?.closest('input, textarea, [contenteditable="true"]'));
}

async function openPicked(s: AppStore): Promise<void> {
  const picked = await s.run((a) => a.host.pickPath({ kind: 'open' }));
  if (picked?.path) await s.openProject(picked.path);
}

/** A native save dialog where there is one (Electron), else the page's own Save As form. */
export async function saveAsPicked(s: AppStore): Promise<void> {
  if (!s.info?.nativeDialogs) {
    s.setMenuDialog('saveAs');
    return;
  }
  const name = s.project?.path
    .split(/[\\/]/)
    .pop()
    ?.replace(/\.gapboard$/i, '');
  const picked = await s.run((a) =>
    a.host.pickPath({ kind: 'save', defaultName: `${name ?? 'project'} copy.gapboard` }),
  );
  if (picked?.path) await s.saveAs(picked.path);
}

/**
 * The browser host serves the guide as a page of its own, opened beside the app; the desktop
 * shell opens it in a window of its own and never sends this command to the page.
 */
function openGuide(s: AppStore): void {
  window.open(`/guide/?lang=${s.prefs?.language ?? 'en'}`, '_blank', 'noopener');
}

export function runMenuCommand(store: StoreApi<AppStore>, command: MenuCommand): void {
  const s = store.getState();
  const project = s.project;
  if (runPageCommand(command)) return;
  switch (command) {
    case 'file.new':
    case 'file.close':
      // New starts from the welcome screen's form, so both close the project first (asking
      // about unsaved changes).
      if (project) s.requestClose();
      return;
    case 'file.open':
      void openPicked(s);
      return;
    case 'file.save':
      if (project?.dirty && !project.readOnly) void s.save();
      return;
    case 'file.saveAs':
      if (project) void saveAsPicked(s);
      return;
    case 'file.merge':
      if (project && !project.readOnly) s.setMerging(true);
      return;
    case 'file.export':
    case 'view.present':
      if (project) s.setScreen('present');
      return;
    case 'edit.undo':
    case 'edit.redo':
      if (editingText()) document.execCommand(command === 'edit.undo' ? 'undo' : 'redo');
      else if (project) void (command === 'edit.undo' ? s.undo() : s.redo());
      return;
    case 'view.theme.system':
    case 'view.theme.light':
    case 'view.theme.dark':
      void s.setTheme(command === 'view.theme.system' ? 'system' : command === 'view.theme.light' ? 'light' : 'dark');
      return;
    case 'help.about':
      s.setMenuDialog('about');
      return;
    case 'help.guide':
      openGuide(s);
      return;
  }
}
