import type { templateMethods } from '../../../../shared/contract/template-methods.js';
import type { GapboardCore } from '../../app/create-core.js';
import { startIteration } from '../../scoring/iterations.js';
import { applyTemplate, findTemplate, listTemplates, removeTemplate, saveTemplate } from '../../templates/templates.js';
import type { AreaHandlers } from './types.js';

export function templateHandlers(core: GapboardCore): AreaHandlers<typeof templateMethods> {
  const store = core.templates;
  return {
    'templates.list': () => listTemplates(store),
    'templates.save': (input) => saveTemplate(store, core.requireSession().doc, input),
    'templates.remove': async ({ id }) => {
      await removeTemplate(store, id);
      return listTemplates(store);
    },
    'templates.apply': async ({ id, language, iteration }) => {
      const template = await findTemplate(store, id);
      const session = core.requireSession();
      if (iteration) startIteration(session, { name: iteration });
      const result = applyTemplate(session, template, language);
      return { result, project: core.changed() };
    },
    'templates.createProject': async ({ path, name, template, language }) => {
      const found = await findTemplate(store, template);
      await core.create(path, name);
      const session = core.requireSession();
      applyTemplate(session, found, language);
      // A new project from a template is on disk as it opens, like an empty new one.
      await session.save();
      return core.changed();
    },
  };
}
