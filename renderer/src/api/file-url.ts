/**
 * URL of a file inside the open project's folder (dataset images for thumbnails and the
 * error gallery). Both hosts serve `/files/<project-relative path>` with a path-traversal
 * guard: the browser host needs the token as a query (an <img> cannot send headers);
 * Electron serves it on its own app:// origin.
 */
import { readToken } from './http-transport';

export function projectFileUrl(relPath: string): string {
  const encoded = relPath.split('/').map(encodeURIComponent).join('/');
  if (window.gapboard) return `app://gapboard/files/${encoded}`;
  return `/files/${encoded}?token=${encodeURIComponent(readToken())}`;
}
