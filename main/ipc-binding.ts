/**
 * Binds every contract method to an IPC channel. Takes an `ipcMain`-shaped object so the
 * conformance test can drive it with an in-memory fake; carries calls and nothing else.
 */
import { ipcChannel, METHOD_NAMES, type ApiResult } from '../shared/contract.js';
import type { Dispatch } from './core/api/router.js';
import type { IpcEventLike, IpcMainLike } from './electron-api.js';

export type { IpcEventLike, IpcMainLike } from './electron-api.js';

export function bindIpc(
  ipcMain: IpcMainLike,
  dispatch: Dispatch,
  isTrusted: (event: IpcEventLike) => boolean,
): () => void {
  for (const name of METHOD_NAMES) {
    ipcMain.handle(ipcChannel(name), async (event, args): Promise<ApiResult<unknown>> => {
      if (!isTrusted(event)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'IPC from an untrusted frame was refused.' } };
      }
      return dispatch(name, args);
    });
  }
  return () => METHOD_NAMES.forEach((name) => ipcMain.removeHandler(ipcChannel(name)));
}
