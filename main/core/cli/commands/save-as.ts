import path from 'node:path';
import { serializeDocument } from '../../project/document.js';
import { writeProjectCopy } from '../../project/save-as.js';
import { readProject } from '../project-file.js';
import type { CommandSpec } from '../types.js';

/** The app's File › Save As… for scripts: the same copy, the original left as it is. */
export const saveAsCommand: CommandSpec = {
  name: 'save-as',
  summary: 'Save a project as a new file (in another folder, its data is copied along).',
  usage: 'gapboard save-as <project.gapboard> <new.gapboard>',
  options: {},
  positionals: { min: 2, max: 2 },
  async run({ positionals }, io) {
    const { file, doc } = await readProject(io, positionals[0]!);
    const target = await writeProjectCopy(file, serializeDocument(doc), path.resolve(io.cwd, positionals[1]!));
    io.out(`Saved ${target}\n`);
    return 0;
  },
};
