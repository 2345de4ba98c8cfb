/**
 * Binds every contract method to an IPC channel. Takes an `ipcMain`-shaped object so the
 * conformance test can drive it with an in-memory fake; carries calls and nothing else.
 */
import { ipcChannel, METHOD_NAMES, type ApiResult } from '../shared/contract.js';
import type { Dispatch } from './core/api/router.js';

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, args: unknown) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface IpcEventLike {
  senderFrame: { url: string; parent: unknown } | null;
}

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
