/**
 * The `app://gapboard` protocol that serves the built page, the open project's own files
 * (dataset images) under `/files/`, and the user guide at `/guide/` with its images. Every
 * path is resolved inside its folder: a request that climbs out (`..`, an absolute path, NUL)
 * is refused.
 */
import { pathToFileURL } from 'node:url';
import { GUIDE_IMAGE, guideLanguage, guidePage } from './core/host/guide.js';
import { resolveInside } from './core/host/static-files.js';
import type { ElectronApi } from './electron-api.js';

export const APP_SCHEME = 'app';
export const APP_HOME = 'app://gapboard/index.html';

/** The file a request names, or null when it is outside the page's folder or the project's. */
export function appRequestFile(
  requestUrl: string,
  rendererDir: string,
  projectFolder: string | null,
  docsDir?: string,
): string | null {
  const rel = decodeURIComponent(new URL(requestUrl).pathname).replace(/^\//, '');
  if (rel.startsWith('files/')) return projectFolder ? resolveInside(projectFolder, rel.slice('files/'.length)) : null;
  if (rel.startsWith('guide/')) {
    return docsDir && GUIDE_IMAGE.test(rel) ? resolveInside(docsDir, rel.slice('guide/'.length)) : null;
  }
  return resolveInside(rendererDir, rel || 'index.html');
}

/** Answers `app://` requests; registered once the app is ready. */
export function handleAppProtocol(
  electron: Pick<ElectronApi, 'protocol' | 'net'>,
  rendererDir: string,
  projectFolder: () => string | null,
  docsDir?: string,
): void {
  electron.protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (docsDir && url.pathname === '/guide/') {
      try {
        const html = await guidePage(guideLanguage(url.searchParams.get('lang')), docsDir);
        return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
      } catch (err) {
        return new Response((err as Error).message, { status: 404 });
      }
    }
    let file: string | null;
    try {
      file = appRequestFile(request.url, rendererDir, projectFolder(), docsDir);
    } catch {
      file = null; // a malformed escape (`%E0%A4%A`) names no file
    }
    if (!file) return new Response('Forbidden', { status: 403 });
    return electron.net.fetch(pathToFileURL(file).toString());
  });
}
