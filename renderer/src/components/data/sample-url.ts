import { projectFileUrl } from '../../api/file-url';

const IMAGE = /\.(png|jpe?g|gif|webp|bmp)$/i;

/**
 * The URL of a sample's file for a thumbnail, or null when it is not an image (CSV rows).
 * Sample paths are relative to the version's root: the folder of an image folder, the folder
 * holding a manifest; `source` itself is relative to the project folder.
 */
export function sampleImageUrl(source: string, layout: string, samplePath: string): string | null {
  if (!IMAGE.test(samplePath) || samplePath.includes('#')) return null;
  const root = layout === 'imagefolder' ? source : source.split('/').slice(0, -1).join('/');
  const parts = [...root.split('/'), ...samplePath.split('/')].filter((p) => p !== '' && p !== '.');
  // `..` segments are left for the host to refuse: data outside the project folder has no thumbnail.
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..' && out.length && out.at(-1) !== '..') out.pop();
    else out.push(p);
  }
  return projectFileUrl(out.join('/'));
}
