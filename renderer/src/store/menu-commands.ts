/**
 * What the desktop menu's commands do in the page. The shell only names the command; the page
 * knows whether a project is open, which field has focus and how to show an error.
 */
import type { StoreApi } from 'zustand';
import type { MenuCommand } from '../../../shared/contract';
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

export function runMenuCommand(store: StoreApi<AppStore>, command: MenuCommand): void {
  const s = store.getState();
  const project = s.project;
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
    case 'file.merge':
      if (project && !project.readOnly) s.setMerging(true);
      return;
    case 'file.export':
    case 'view.present':
      if (project) s.setScreen('present');
      return;
    case 'view.themeSystem':
      void s.setTheme('system');
      return;
    case 'view.themeLight':
      void s.setTheme('light');
      return;
    case 'view.themeDark':
      void s.setTheme('dark');
      return;
    case 'edit.undo':
    case 'edit.redo':
      if (editingText()) document.execCommand(command === 'edit.undo' ? 'undo' : 'redo');
      else if (project) void (command === 'edit.undo' ? s.undo() : s.redo());
      return;
  }
}
