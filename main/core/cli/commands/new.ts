import path from 'node:path';
import { ProjectSession } from '../../project/session.js';
import { defaultDataDir } from '../../app/paths.js';
import { createFileTemplateStore } from '../../templates/store.js';
import { applyTemplate, findTemplate } from '../../templates/templates.js';
import { oneOf, str } from '../args.js';
import type { CommandSpec } from '../types.js';

export const newCommand: CommandSpec = {
  name: 'new',
  summary: 'Create an empty project file.',
  usage: 'gapboard new <file.gapboard> [--name NAME] [--template ID] [--lang en|ko]',
  options: { name: { type: 'string' }, template: { type: 'string' }, lang: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const file = path.resolve(io.cwd, positionals[0]!);
    const name = str(values, 'name') ?? path.basename(file).replace(/\.gapboard$/i, '');
    const templateId = str(values, 'template');
    const lang = oneOf(values, 'lang', ['en', 'ko'] as const) ?? 'en';
    // Checked before the file is created, so a wrong id leaves nothing behind.
    const template = templateId ? await findTemplate(createFileTemplateStore(defaultDataDir()), templateId) : null;
    const session = await ProjectSession.create(file, name, { now: io.now });
    try {
      if (template) {
        applyTemplate(session, template, lang);
        await session.save();
      }
    } finally {
      await session.close();
    }
    io.out(`Created ${file}\n`);
    return 0;
  },
};
