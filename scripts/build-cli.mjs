/**
 * Bundles the command-line tool into plain JavaScript under out/cli, so `gapboard` starts
 * without compiling TypeScript. Runs on `npm install` / `npm ci` (the `prepare` script), in
 * `npm run build`, and before the unit tests.
 *
 * Start-up cost is module loading, so the entry loads only the dispatcher and a table of the
 * commands' names, summaries and options; a command's code (and onnxruntime, sharp, zod…
 * behind it) is imported when that command runs. The table is read from the commands
 * themselves in a first pass, so it cannot drift from them. Worker threads are entries of
 * their own: the core starts them as `./<name>-worker.js` next to the spawning module, and
 * with code splitting every entry and shared chunk lands in the one folder (shared chunks
 * also keep one copy of each class, so `instanceof` checks hold across lazy imports).
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// esbuild is a development dependency: an install without them (`npm ci --omit=dev`, which
// still runs `prepare`) keeps whatever bundle it has rather than failing the install.
let build;
try {
  ({ build } = await import('esbuild'));
} catch {
  console.warn(
    'build-cli: esbuild is not installed (development dependencies omitted); the CLI bundle is not rebuilt.',
  );
  process.exit(0);
}
const outdir = path.join(root, 'out/cli');
const INDEX = path.join(root, 'main/core/cli/commands/index.ts');
const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  legalComments: 'none',
};

// Pass 1: the command table, read from the real command specs, and which file holds each.
const COMMANDS_DIR = path.dirname(INDEX);
const commandFiles = readdirSync(COMMANDS_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
const scratch = path.join(root, 'out/.cli-table');
rmSync(scratch, { recursive: true, force: true });
const table = [];
try {
  await build({
    ...common,
    entryPoints: [INDEX, ...commandFiles.map((f) => path.join(COMMANDS_DIR, f))],
    outdir: scratch,
    outExtension: { '.js': '.mjs' },
    splitting: true,
  });
  for (const file of commandFiles) {
    const mod = await import(pathToFileURL(path.join(scratch, file.replace(/\.ts$/, '.mjs'))).href);
    for (const [exported, spec] of Object.entries(mod)) {
      if (!spec || typeof spec !== 'object' || typeof spec.run !== 'function') continue;
      const { name, summary, usage, options, positionals } = spec;
      table.push({ meta: { name, summary, usage, options, positionals }, file, exported });
    }
  }
  // The order `gapboard --help` lists them in is the index's.
  const { COMMANDS } = await import(pathToFileURL(path.join(scratch, 'index.mjs')).href);
  const order = COMMANDS.map((c) => c.name);
  if (table.length !== order.length || table.some((t) => !order.includes(t.meta.name)))
    throw new Error(`build-cli: the command files and commands/index.ts list different commands`);
  table.sort((a, b) => order.indexOf(a.meta.name) - order.indexOf(b.meta.name));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// Pass 2: the dispatcher sees a lazy stand-in for the command index.
const lazyIndex = {
  name: 'lazy-command-index',
  setup(b) {
    b.onResolve({ filter: /\/commands\/index\.js$/ }, (args) =>
      args.importer.endsWith(path.join('cli', 'run-cli.ts')) ? { path: 'lazy', namespace: 'lazy-commands' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-commands' }, () => ({
      resolveDir: COMMANDS_DIR,
      loader: 'js',
      contents: table
        .map(
          ({ meta, file, exported }, i) =>
            `const c${i} = { ...${JSON.stringify(meta)}, run: async (args, io) => (await import(${JSON.stringify(`./${file}`)})).${exported}.run(args, io) };`,
        )
        .concat(`export const COMMANDS = [${table.map((_, i) => `c${i}`).join(', ')}];`)
        .join('\n'),
    }));
  },
};

rmSync(outdir, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: {
    main: 'main/core/cli/main.ts',
    'decode-worker': 'main/core/eval/decode-worker.ts',
    'eval-worker': 'main/core/eval/eval-worker.ts',
    'scan-worker': 'main/core/datasets/scan-worker.ts',
  },
  outdir,
  splitting: true,
  chunkNames: 'chunk-[hash]',
  plugins: [lazyIndex],
});
