/**
 * The browser host: the core, preferences in the data folder, and the HTTP transport, put
 * together. `gapboard serve` and `npm start` (without Electron) run this.
 */
import { createCore } from '../app/core-factory.js';
import { defaultDataDir, RENDERER_DIR } from '../app/paths.js';
import type { Logger } from '../app/create-core.js';
import { DOCS_DIR } from './guide.js';
import { startHttpHost, type HttpHost } from './http-host.js';

export interface BrowserHostOptions {
  file?: string;
  /** Open the most recent project, else the sample (what `npm start` does). */
  openLast?: boolean;
  port?: number;
  dataDir?: string;
  staticDir?: string;
  log?: Logger;
}

export async function startBrowserHost(opts: BrowserHostOptions): Promise<HttpHost & { openError: string | null }> {
  // Events can only go out once the server exists; the core is created first.
  const relay: { to?: HttpHost } = {};
  const { core, dispatch } = createCore({
    host: 'browser',
    dataDir: opts.dataDir ?? defaultDataDir(),
    log: opts.log,
    emit: (event, payload) => relay.to?.broadcast(event, payload),
  });
  const host = await startHttpHost({
    dispatch,
    staticDir: opts.staticDir ?? RENDERER_DIR,
    docsDir: DOCS_DIR,
    port: opts.port,
    filesRoot: () => core.current?.folder ?? null,
    log: (message) => opts.log?.error(message),
  });
  relay.to = host;
  let openError: string | null = null;
  try {
    if (opts.file) await core.open(opts.file);
    else if (opts.openLast) await core.openLastOrSample();
  } catch (err) {
    openError = (err as Error).message;
  }
  const close = host.close;
  return {
    ...host,
    openError,
    close: async () => {
      await core.dispose();
      await close();
    },
  };
}
