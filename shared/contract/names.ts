/**
 * The method names as a plain list, so the renderer and the preload can build their clients
 * without loading the argument schemas (and zod) that the core validates with. The type-check
 * ties it to the contract both ways: a name that is not a method, or a method left out of this
 * list, is an error here.
 */
import type { MethodName } from '../contract.js';

export const METHOD_NAMES = [
  'app.info',
  'prefs.get',
  'prefs.set',
  'project.current',
  'project.create',
  'project.open',
  'project.openSample',
  'project.save',
  'project.reload',
  'project.close',
  'project.undo',
  'project.redo',
  'project.update',
  'requirements.add',
  'requirements.update',
  'requirements.remove',
  'servingTargets.add',
  'servingTargets.remove',
  'host.pickPath',
  'jobs.list',
  'jobs.get',
  'jobs.cancel',
  'models.inspect',
  'models.add',
  'models.remove',
  'runs.start',
  'runs.get',
  'runs.gallery',
  'runs.compare',
  'runs.compareFair',
  'runs.remove',
  'runs.environment',
  'datasets.list',
  'datasets.scan',
  'datasets.register',
  'datasets.discardScan',
  'datasets.version',
  'datasets.diff',
  'datasets.verify',
  'datasets.totals',
  'batches.add',
  'batches.update',
  'batches.remove',
  'board.current',
  'history.project',
  'metrics.catalog',
  'iterations.start',
  'iterations.close',
  'iterations.setCandidate',
  'decisions.add',
  'decisions.update',
  'decisions.remove',
  'report.export',
  'report.html',
] as const satisfies readonly MethodName[];

type Unlisted = Exclude<MethodName, (typeof METHOD_NAMES)[number]>;
export const everyMethodListed: [Unlisted] extends [never] ? true : Unlisted = true;
