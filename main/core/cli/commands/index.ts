/**
 * Every CLI command, in the order `gapboard --help` lists them. A new command is one file in
 * this folder plus one line here.
 */
import type { CommandSpec } from '../types.js';
import { candidateCommand } from './candidate.js';
import { compareCommand } from './compare.js';
import { attributionCommand } from './attribution.js';
import { datasetAddCommand } from './dataset-add.js';
import { datasetDiffCommand } from './dataset-diff.js';
import { datasetListCommand } from './dataset-list.js';
import { evalCommand } from './eval.js';
import { infoCommand } from './info.js';
import { modelAddCommand, modelListCommand } from './model.js';
import { requirementEvidenceCommand, requirementJudgeCommand } from './manual.js';
import { mergeCommand } from './merge.js';
import { templateApplyCommand, templateListCommand, templateSaveCommand } from './template.js';
import { modelDiffCommand, modelQuantizeCommand } from './model-variants.js';
import { capacityCommand } from './capacity.js';
import { tradeoffCommand } from './tradeoff.js';
import { iterationCloseCommand, iterationListCommand, iterationStartCommand } from './iteration.js';
import { newCommand } from './new.js';
import { saveAsCommand } from './save-as.js';
import { reportCommand } from './report.js';
import { requirementAddCommand, requirementListCommand, requirementSetCommand } from './requirement.js';
import { scoreCommand } from './score.js';
import { serveCommand } from './serve.js';
import { verifyCommand } from './verify.js';
import { gcCommand } from './gc.js';
import { packCommand, unpackCommand } from './pack.js';

export const COMMANDS: readonly CommandSpec[] = [
  newCommand,
  saveAsCommand,
  infoCommand,
  serveCommand,
  datasetAddCommand,
  datasetListCommand,
  datasetDiffCommand,
  verifyCommand,
  gcCommand,
  packCommand,
  unpackCommand,
  modelAddCommand,
  modelListCommand,
  modelQuantizeCommand,
  modelDiffCommand,
  evalCommand,
  compareCommand,
  candidateCommand,
  requirementAddCommand,
  requirementListCommand,
  requirementSetCommand,
  requirementEvidenceCommand,
  requirementJudgeCommand,
  iterationStartCommand,
  iterationCloseCommand,
  iterationListCommand,
  scoreCommand,
  tradeoffCommand,
  capacityCommand,
  reportCommand,
  mergeCommand,
  templateListCommand,
  templateSaveCommand,
  templateApplyCommand,
  attributionCommand,
];
