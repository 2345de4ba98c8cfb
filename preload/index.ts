/**
 * The bridge: exposes `window.gapboard`, a transport limited to the contract's methods and
 * events — no raw ipcRenderer reaches the page. Results stay `ApiResult` data because
 * contextBridge would drop an error's code; the renderer's client unwraps them.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { EVENT_CHANNEL, ipcChannel, type GapboardTransport } from '../shared/api-client.js';
import { EVENT_NAMES } from '../shared/contract/events.js';
import { METHOD_NAMES } from '../shared/contract/names.js';

const transport: GapboardTransport = {
  invoke(name, args) {
    if (!METHOD_NAMES.includes(name)) {
      return Promise.resolve({ ok: false, error: { code: 'BAD_ARGUMENT', message: `Unknown API method "${name}".` } });
    }
    return ipcRenderer.invoke(ipcChannel(name), args);
  },
  on(event, listener) {
    if (!EVENT_NAMES.includes(event)) throw new Error(`Unknown event "${event}".`);
    const wrapped = (_e: unknown, name: string, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on(EVENT_CHANNEL, wrapped);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, wrapped);
    };
  },
  // A dropped File no longer carries its path in the page; only the bridge may ask for it.
  pathForFile: (file) => webUtils.getPathForFile(file),
};

contextBridge.exposeInMainWorld('gapboard', transport);
