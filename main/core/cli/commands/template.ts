import path from 'node:path';
import { defaultDataDir } from '../../app/paths.js';
import { withProject } from '../../project/session.js';
import { startIteration } from '../../scoring/iterations.js';
import { createFileTemplateStore } from '../../templates/store.js';
import { applyTemplate, findTemplate, listTemplates, saveTemplate } from '../../templates/templates.js';
import { localize } from '../../../../shared/templates.js';
import { list, oneOf, printJson, requireStr, str, table } from '../args.js';
import type { CommandSpec } from '../types.js';

const LANGS = ['en', 'ko'] as const;
const store = () => createFileTemplateStore(defaultDataDir());

export const templateListCommand: CommandSpec = {
  name: 'template list',
  summary: 'List requirement templates: built-in, then yours.',
  usage: 'gapboard template list [--lang en|ko] [--json]',
  options: { lang: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 0, max: 0 },
  async run({ values }, io) {
    const templates = await listTemplates(store());
    if (values.json) return (printJson(io.out, templates), 0);
    const lang = oneOf(values, 'lang', LANGS) ?? 'en';
    const rows = [['id', 'name', 'requirements', 'kind']];
    for (const t of templates) {
      rows.push([t.id, localize(t.name, lang), String(t.requirements.length), t.builtIn ? 'built-in' : 'yours']);
    }
    io.out(table(rows));
    return 0;
  },
};

export const templateSaveCommand: CommandSpec = {
  name: 'template save',
  summary: "Save a project's requirements as your template (kept in the app's data folder).",
  usage: 'gapboard template save <file.gapboard> --name NAME [--description TEXT] [--requirements R-1,R-2]',
  options: { name: { type: 'string' }, description: { type: 'string' }, requirements: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const file = path.resolve(io.cwd, positionals[0]!);
    const t = await withProject(file, { now: io.now, readOnly: true }, (session) =>
      saveTemplate(store(), session.doc, {
        name: requireStr(values, 'name'),
        ...(str(values, 'description') !== undefined ? { description: str(values, 'description') } : {}),
        ...(list(values, 'requirements') ? { requirements: list(values, 'requirements') } : {}),
      }),
    );
    io.out(`Saved template ${t.id} (${t.requirements.length} requirements)\n`);
    return 0;
  },
};

export const templateApplyCommand: CommandSpec = {
  name: 'template apply',
  summary: "Add a template's requirements to a project (optionally starting a new iteration).",
  usage: 'gapboard template apply <file.gapboard> <template-id> [--lang en|ko] [--iteration NAME] [--json]',
  options: { lang: { type: 'string' }, iteration: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 2, max: 2 },
  async run({ values, positionals }, io) {
    const file = path.resolve(io.cwd, positionals[0]!);
    const template = await findTemplate(store(), positionals[1]!);
    const lang = oneOf(values, 'lang', LANGS) ?? 'en';
    const iteration = str(values, 'iteration');
    const result = await withProject(file, { now: io.now }, (session) => {
      if (iteration) startIteration(session, { name: iteration });
      return applyTemplate(session, template, lang);
    });
    if (values.json) return (printJson(io.out, result), 0);
    io.out(`Added ${result.added.join(', ') || 'nothing'}`);
    if (result.skipped.length) io.out(`; already there: ${result.skipped.join(', ')}`);
    io.out('\n');
    return 0;
  },
};
