import path from 'node:path';
import { startBrowserHost } from '../../host/browser-host.js';
import { int } from '../args.js';
import type { CommandSpec } from '../types.js';

export const serveCommand: CommandSpec = {
  name: 'serve',
  summary: 'Serve the Gapboard UI and API on 127.0.0.1 (browser host, no Electron needed).',
  usage: 'gapboard serve [<file.gapboard>] [--port N] [--last]',
  options: { port: { type: 'string' }, last: { type: 'boolean' } },
  positionals: { min: 0, max: 1 },
  async run({ values, positionals }, io) {
    const port = int(values, 'port');
    const file = positionals[0] ? path.resolve(io.cwd, positionals[0]) : undefined;
    const host = await startBrowserHost({
      file,
      openLast: Boolean(values.last),
      port,
      log: { info: () => undefined, warn: (m) => io.err(`${m}\n`), error: (m) => io.err(`${m}\n`) },
    });
    if (host.openError) io.err(`Could not open the project: ${host.openError}\n`);
    io.out(`Gapboard is running at ${host.url}\n(Ctrl+C stops it.)\n`);
    await new Promise<void>((resolve) => {
      if (io.stopSignal?.aborted) resolve();
      io.stopSignal?.addEventListener('abort', () => resolve(), { once: true });
    });
    await host.close();
    return 0;
  },
};
