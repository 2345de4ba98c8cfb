import path from 'node:path';
import { ProjectSession } from '../../project/session.js';
import { str } from '../args.js';
import type { CommandSpec } from '../types.js';

export const newCommand: CommandSpec = {
  name: 'new',
  summary: 'Create an empty project file.',
  usage: 'gapboard new <file.gapboard> [--name NAME]',
  options: { name: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const file = path.resolve(io.cwd, positionals[0]!);
    const name = str(values, 'name') ?? path.basename(file).replace(/\.gapboard$/i, '');
    const session = await ProjectSession.create(file, name, { now: io.now });
    await session.close();
    io.out(`Created ${file}\n`);
    return 0;
  },
};
