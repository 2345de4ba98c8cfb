/** The installed Electron binary, or null where the optional `electron` package or its download is missing. */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export function findElectronBinary() {
  try {
    // The `electron` package exports the path of the binary its install script downloaded.
    const candidate = createRequire(import.meta.url)('electron');
    return typeof candidate === 'string' && existsSync(candidate) ? candidate : null;
  } catch {
    return null; // the optional dependency is absent
  }
}
