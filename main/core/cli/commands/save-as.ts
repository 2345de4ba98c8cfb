import path from 'node:path';
import { serializeDocument } from '../../project/document.js';
import { writeProjectCopy } from '../../project/save-as.js';
import { withReadProject } from '../project-file.js';
import type { CommandSpec } from '../types.js';

/** The app's File › Save As… for scripts: the same copy, the original left as it is. */
export const saveAsCommand: CommandSpec = {
  name: 'save-as',
  summary: 'Save a project as a new file (in another folder, its data is copied along).',
  usage: 'gapboard save-as <project.gapboard> <new.gapboard>',
  options: {},
  positionals: { min: 2, max: 2 },
  async run({ positionals }, io) {
    const target = await withReadProject(io, positionals[0]!, ({ file, doc, storeDir }) =>
      writeProjectCopy(file, serializeDocument(doc), path.resolve(io.cwd, positionals[1]!), storeDir),
    );
    io.out(`Saved ${target}\n`);
    return 0;
  },
};
