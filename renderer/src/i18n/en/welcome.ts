/** English strings of the welcome screen. */
export const welcome = {
  tagline: 'Service requirements → data → model → local evaluation → back to the requirements.',
  newTitle: 'New project',
  name: 'Project name',
  path: 'Project file',
  pathPlaceholder: '/home/you/projects/digits.gapboard',
  create: 'Create project',
  openTitle: 'Open a project',
  open: 'Open',
  sample: 'Open sample project',
  sampleHint: 'A digit recognizer for a math-homework app: real data, three iterations.',
  recent: 'Recent projects',
  noRecent: 'No recent projects yet.',
};
