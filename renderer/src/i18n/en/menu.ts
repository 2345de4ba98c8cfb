import { MENU_LABELS } from '../../../../shared/menu-labels';

/**
 * English strings of the browser host's menu bar and the dialogs its commands open. The menu's
 * own words are the desktop menu's table, so both menus say the same thing.
 */
export const menu = {
  ...MENU_LABELS.en,
  aboutTitle: 'About Gapboard',
  aboutVersion: 'Version',
  aboutHost: 'Running in',
  hostElectron: 'the desktop app',
  hostBrowser: 'the browser host',
  aboutNode: 'Node.js',
  aboutElectron: 'Electron',
  aboutOnnxRuntime: 'ONNX Runtime',
  done: 'Close',
  saveAsTitle: 'Save the project as',
  saveAsPath: 'New project file',
  saveAsHint:
    'Saving into another folder copies the project’s data, models and documents beside the new file, so that folder must be empty or new.',
  saveAsSave: 'Save',
  savedAs: 'Saved as {{path}}',
  sampleCopy: 'Sample working copy',
  sampleCopyHint: 'kept in Gapboard’s data folder: save it as your own file to keep your work where you choose.',
  sampleSaveAs: 'Save as my project…',
};
