/**
 * Child process for the crash-safety test: saves two alternating documents forever through
 * the real atomic writer, and says "ready" after the first save so the parent can kill it
 * at a random point in the middle of the following ones.
 */
import { readFileSync } from 'node:fs';
import { writeAtomic } from '../../main/core/project/file-io.js';

const [file, aFile, bFile] = process.argv.slice(2) as [string, string, string];
const a = readFileSync(aFile, 'utf8');
const b = readFileSync(bFile, 'utf8');
let i = 0;
await writeAtomic(file, a);
process.stdout.write('ready\n');
for (;;) {
  await writeAtomic(file, i++ % 2 === 0 ? b : a);
}
