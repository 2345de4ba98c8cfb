/** English strings of the templates screen. */
export const templates = {
  startFrom: 'Start from',
  none: 'No template (empty project)',
  builtIn: 'built-in',
  yours: 'yours',
  fromTemplate: 'From template…',
  saveAs: 'Save as template…',
  applyTitle: 'Add requirements from a template',
  choose: 'Template',
  newIteration: 'Start a new iteration named',
  newIterationPlaceholder: 'Leave empty to add to the current one',
  apply: 'Add requirements',
  applied: 'Added: {{added}} · already there: {{skipped}}',
  saveTitle: 'Save requirements as a template',
  name: 'Template name',
  description: 'Description',
  saveHint:
    "Saved in this app's own data folder, not in the project: every project on this computer can start from it.",
  save: 'Save template',
  saved: 'Saved template “{{name}}”.',
  remove: 'Delete template',
  count: 'Requirements: {{count}}',
};
