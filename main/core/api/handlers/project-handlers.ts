import type { projectMethods } from '../../../../shared/contract/project-methods.js';
import type { GapboardCore } from '../../app/create-core.js';
import { appVersion, runtimeVersions } from '../../app/versions.js';
import { GapboardError } from '../../project/errors.js';
import { addServingTarget, removeServingTarget } from '../../project/serving-targets.js';
import { addRequirement, removeRequirement, updateRequirement } from '../../requirements/requirements.js';
import type { AreaHandlers } from './types.js';

export function projectHandlers(core: GapboardCore): AreaHandlers<typeof projectMethods> {
  const edit = (fn: () => void) => {
    fn();
    return core.changed();
  };
  return {
    'app.info': () => ({
      version: core.deps.version ?? appVersion(),
      host: core.deps.host,
      platform: process.platform,
      nativeDialogs: Boolean(core.deps.pickPath),
      versions: runtimeVersions(),
    }),
    'prefs.get': () => core.prefs.get(),
    'prefs.set': (patch) => core.prefs.set(patch),
    'project.current': () => core.view(),
    'project.create': ({ path, name }) => core.create(path, name),
    'project.open': ({ path }) => core.open(path),
    'project.openSample': () => core.openSample(),
    'project.save': async ({ force }) => {
      await core.requireSession().save({ force });
      return core.changed();
    },
    'project.saveAs': ({ path }) => core.saveAs(path),
    'project.reload': async () => {
      await core.requireSession().reload();
      return core.changed();
    },
    'project.close': ({ discard }) => core.close(discard),
    'project.undo': () => edit(() => core.requireSession().undo()),
    'project.redo': () => edit(() => core.requireSession().redo()),
    'project.update': (fields) =>
      edit(() =>
        core.requireSession().mutate('Edit project', (d) => {
          if (fields.name !== undefined) d.project.name = fields.name;
          if (fields.description !== undefined) d.project.description = fields.description;
        }),
      ),
    'requirements.add': ({ servingTarget, ...fields }) => {
      const req = addRequirement(core.requireSession(), { ...fields, ...(servingTarget ? { servingTarget } : {}) });
      return { id: req.id, project: core.changed() };
    },
    'requirements.update': ({ id, fields, reason }) =>
      edit(() => void updateRequirement(core.requireSession(), id, fields, reason)),
    'requirements.remove': ({ id }) => edit(() => removeRequirement(core.requireSession(), id)),
    'servingTargets.add': (input) => {
      const id = addServingTarget(core.requireSession(), input);
      return { id, project: core.changed() };
    },
    'servingTargets.remove': ({ id }) => edit(() => removeServingTarget(core.requireSession(), id)),
    'host.pickPath': async ({ kind, defaultName }) => {
      if (!core.deps.pickPath) throw new GapboardError('UNSUPPORTED', 'File dialogs exist only in the desktop app.');
      return { path: await core.deps.pickPath(kind, defaultName) };
    },
  };
}
