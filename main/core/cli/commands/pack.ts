/** `gapboard pack` / `gapboard unpack`: a project as one tar archive, and back. */
import path from 'node:path';
import { packProject } from '../../pack/pack.js';
import { unpackArchive } from '../../pack/unpack.js';
import { printJson, str, table } from '../args.js';
import { bytesText } from '../bytes-text.js';
import type { CommandSpec } from '../types.js';

export const packCommand: CommandSpec = {
  name: 'pack',
  summary: 'Pack a project, its store and the files it links into one .tar archive (for mail or a USB stick).',
  usage: [
    'gapboard pack <file.gapboard> [-o ARCHIVE.tar] [--json]',
    '',
    'The archive (default: <name>.tar in the current folder) holds one folder named after the project:',
    'the project file, every table in its .store folder, and the files it links by a path inside its',
    'folder: model files, dataset folders, manifests with the files they name, evidence files. Linked',
    'paths outside the folder, missing ones and symbolic links are left out and listed. It is a plain',
    'tar: `tar -xf` opens it too, and `sha256sum -c gapboard-pack.sha256` checks what it unpacked.',
  ].join('\n'),
  options: { output: { type: 'string', short: 'o' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const file = path.resolve(io.cwd, positionals[0]!);
    const stem = path.basename(file, path.extname(file));
    const archive = path.resolve(io.cwd, str(values, 'output') ?? `${stem}.tar`);
    const result = await packProject(file, archive, io.maxSize);
    if (values.json) {
      printJson(io.out, result);
      return 0;
    }
    io.out(`Packed ${result.files} files (${bytesText(result.bytes)}) into ${result.archive}.\n`);
    if (result.skipped.length) {
      io.out(`Left out (copy these separately if the other side needs them):\n`);
      io.out(table(result.skipped.map((s) => ['  ' + s.what, s.path, s.reason])));
    }
    return 0;
  },
};

export const unpackCommand: CommandSpec = {
  name: 'unpack',
  summary: 'Unpack an archive made by pack into a new folder, checking every file first.',
  usage: [
    'gapboard unpack <archive.tar> [-o FOLDER] [--json]',
    '',
    "The project's folder is created inside FOLDER (default: the current folder) and never replaces an",
    'existing one. Every file is checked against the checksum list and every store file against its',
    'hash; an archive with absolute paths, ".." or links is refused whole, and nothing is written.',
  ].join('\n'),
  options: { output: { type: 'string', short: 'o' }, json: { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals }, io) {
    const archive = path.resolve(io.cwd, positionals[0]!);
    const dest = path.resolve(io.cwd, str(values, 'output') ?? '.');
    const result = await unpackArchive(archive, dest);
    if (values.json) {
      printJson(io.out, result);
      return 0;
    }
    io.out(`Unpacked ${result.files} files; the project is ${result.projectFile}\n`);
    return 0;
  },
};
