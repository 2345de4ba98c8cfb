/** Models and runs: the public surface for the API router, the CLI and the sample generator. */
export { registerModel, findModel, removeModel, modelFile, storedFacts } from './models.js';
export type { RegisterModelInput } from './models.js';
export { checkRunRequest, runEvaluation } from './evaluate-run.js';
export type { RunRequest, RunHooks } from './evaluate-run.js';
export { recordRun, findRun, removeRun } from './records.js';
export type { RunDraft } from './records.js';
export { runGallery } from './gallery.js';
export type { GalleryFilter } from './gallery.js';
export { compareRuns } from './compare.js';
export { environmentWarnings, defaultLatencyBound } from './serving.js';
