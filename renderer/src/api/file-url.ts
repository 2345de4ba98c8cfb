/**
 * URL of a file inside the open project's folder (dataset images for thumbnails and the
 * error gallery). Both hosts serve `/files/<project-relative path>` with a path-traversal
 * guard. An <img> cannot send the access token as a header, so in the browser host the URL
 * carries a short-lived signature of that one path instead of the token itself; Electron
 * serves it on its own app:// origin.
 */
import { fileUrlExpiry, signDownloadPath, signFilePath } from '../../../shared/file-signature';
import { readToken } from './http-transport';

export function projectFileUrl(relPath: string): string {
  const encoded = relPath.split('/').map(encodeURIComponent).join('/');
  if (window.gapboard) return `app://gapboard/files/${encoded}`;
  const exp = fileUrlExpiry(Date.now());
  return `/files/${encoded}?exp=${exp}&sig=${signFilePath(readToken(), relPath, exp)}`;
}

/**
 * The browser host's download of a file an export just wrote (absolute path as the host
 * returned it): a signed URL, since a download is a navigation that cannot carry the token.
 */
export function downloadUrl(absPath: string): string {
  const exp = fileUrlExpiry(Date.now());
  const query = new URLSearchParams({
    path: absPath,
    exp: String(exp),
    sig: signDownloadPath(readToken(), absPath, exp),
  });
  return `/downloads?${query.toString()}`;
}

/** Hands an exported file to the browser, which saves it where the user keeps downloads. */
export function startDownload(absPath: string): void {
  const a = document.createElement('a');
  a.href = downloadUrl(absPath);
  a.download = absPath.split(/[\\/]/).pop() ?? '';
  document.body.append(a);
  a.click();
  a.remove();
}
