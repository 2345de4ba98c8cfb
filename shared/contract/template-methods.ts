/** Methods of requirement templates: built-in and the user's own (kept in the app's data folder). */
import { z } from 'zod';
import type { ApplyResult, RequirementTemplate } from '../templates.js';
import { method, pathArg, type ProjectView } from './define.js';

export type { ApplyResult, Localized, RequirementTemplate, TemplateRequirement } from '../templates.js';

const language = z.enum(['en', 'ko']);
const templateId = z.string().min(1, 'choose a template');

export const templateMethods = {
  'templates.list': method<RequirementTemplate[]>()(
    z.object({}).strict(),
    'Built-in templates, then the ones you saved.',
  ),
  'templates.save': method<RequirementTemplate>()(
    z
      .object({
        name: z.string().trim().min(1, 'a template needs a name'),
        description: z.string().optional(),
        /** Requirement ids to save; all of the project's when left out. */
        requirements: z.array(z.string().min(1)).optional(),
      })
      .strict(),
    "Save the open project's requirements (and the serving targets they name) as your template.",
  ),
  'templates.remove': method<RequirementTemplate[]>()(
    z.object({ id: templateId }).strict(),
    'Delete one of your templates (built-ins stay).',
  ),
  'templates.apply': method<{ result: ApplyResult; project: ProjectView }>()(
    z.object({ id: templateId, language, iteration: z.string().trim().min(1).optional() }).strict(),
    "Add a template's requirements to the open project, optionally starting a new iteration named `iteration` first.",
  ),
  'templates.createProject': method<ProjectView>()(
    z
      .object({ path: pathArg, name: z.string().min(1, 'a project name is required'), template: templateId, language })
      .strict(),
    'Create a project file whose requirements come from a template, and open it.',
  ),
} as const;
