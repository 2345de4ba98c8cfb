/**
 * URL of a file inside the open project's folder (dataset images for thumbnails and the
 * error gallery). Both hosts serve `/files/<project-relative path>` with a path-traversal
 * guard. An <img> cannot send the access token as a header, so in the browser host the URL
 * carries a short-lived signature of that one path instead of the token itself; Electron
 * serves it on its own app:// origin.
 */
import { fileUrlExpiry, signFilePath } from '../../../shared/file-signature';
import { readToken } from './http-transport';

export function projectFileUrl(relPath: string): string {
  const encoded = relPath.split('/').map(encodeURIComponent).join('/');
  if (window.gapboard) return `app://gapboard/files/${encoded}`;
  const exp = fileUrlExpiry(Date.now());
  return `/files/${encoded}?exp=${exp}&sig=${signFilePath(readToken(), relPath, exp)}`;
}
