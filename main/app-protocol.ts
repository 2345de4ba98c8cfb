/**
 * The `app://gapboard` protocol that serves the built page, and the open project's own files
 * (dataset images) under `/files/`. Every path is resolved inside its folder: a request that
 * climbs out (`..`, an absolute path, NUL) is refused.
 */
import { pathToFileURL } from 'node:url';
import { resolveInside } from './core/host/static-files.js';
import type { ElectronApi } from './electron-api.js';

export const APP_SCHEME = 'app';
export const APP_HOME = 'app://gapboard/index.html';

/** The file a request names, or null when it is outside the page's folder or the project's. */
export function appRequestFile(requestUrl: string, rendererDir: string, projectFolder: string | null): string | null {
  const rel = decodeURIComponent(new URL(requestUrl).pathname).replace(/^\//, '');
  if (rel.startsWith('files/')) return projectFolder ? resolveInside(projectFolder, rel.slice('files/'.length)) : null;
  return resolveInside(rendererDir, rel || 'index.html');
}

/** Answers `app://` requests; registered once the app is ready. */
export function handleAppProtocol(
  electron: Pick<ElectronApi, 'protocol' | 'net'>,
  rendererDir: string,
  projectFolder: () => string | null,
): void {
  electron.protocol.handle(APP_SCHEME, (request) => {
    let file: string | null;
    try {
      file = appRequestFile(request.url, rendererDir, projectFolder());
    } catch {
      file = null; // a malformed escape (`%E0%A4%A`) names no file
    }
    if (!file) return new Response('Forbidden', { status: 403 });
    return electron.net.fetch(pathToFileURL(file).toString());
  });
}
