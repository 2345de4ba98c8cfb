/** English strings shared by every screen. */
export const common = {
  app: {
    name: 'Gapboard',
    loading: 'Loading…',
    readOnly: 'Read-only',
    unsaved: 'Unsaved changes',
    saved: 'Saved',
    dismiss: 'Dismiss',
  },
  /** A per-sample data file of the project's store that a view needed, gone or changed. */
  store: {
    missing:
      'The per-sample data this view needs is missing: {{file}}. Copy the .store folder that travelled with the project file back beside it, or register the version or run the evaluation again.',
    altered:
      'The per-sample data this view needs was altered (its content no longer matches its hash): {{file}}. Copy the .store folder that travelled with the project file back beside it, or register the version or run the evaluation again.',
  },
  /** Each language is named in itself, in both catalogues. */
  language: { label: 'Language', en: 'English', ko: '한국어' },
  theme: { label: 'Theme', system: 'System theme', light: 'Light', dark: 'Dark' },
  nav: {
    board: 'Board',
    overview: 'Overview',
    requirements: 'Requirements',
    data: 'Data',
    runs: 'Models & runs',
    history: 'History',
    qa: 'Q&A',
    present: 'Present',
  },
  actions: {
    save: 'Save',
    saveAnyway: 'Save anyway',
    reload: 'Reload from disk',
    undo: 'Undo',
    redo: 'Redo',
    close: 'Close project',
    cancel: 'Cancel',
    discard: "Don't save",
    browse: 'Browse…',
    edit: 'Edit',
    delete: 'Delete',
    column: 'Actions',
  },
  priority: { must: 'Must', should: 'Should', could: 'Could' },
  confirm: {
    unsavedTitle: 'Unsaved changes',
    unsavedBody: 'Save the changes to {{name}} before closing?',
    deleteTitle: 'Delete requirement',
    conflictTitle: 'Changed on disk',
  },
  /** A file dropped on the desktop window. */
  drop: { notProject: '{{name}} is not a Gapboard project: drop a .gapboard file to open it.' },
  jobs: {
    counts: '{{done}} / {{total}} {{unit}} · {{rate}} {{unit}}/s',
    eta: 'about {{seconds}} s left',
    status: { running: 'Running', done: 'Done', failed: 'Failed', cancelled: 'Cancelled' },
    title: {
      scan: 'Scanning {{name}}',
      verify: 'Checking {{name}}@v{{version}}',
      evaluate: 'Evaluating {{model}} on {{name}}@v{{version}}',
    },
  },
  errors: {
    generic: 'Something went wrong: {{message}}',
    screen: 'This screen ran into a problem. Your project is safe: you can still save it.',
    retry: 'Try again',
  },
};
