import { buildApi, type GapboardApi, type GapboardTransport } from '../../../shared/api-client';
import { createHttpTransport, readToken } from './http-transport';

declare global {
  interface Window {
    gapboard?: GapboardTransport;
  }
}

/** Electron's preload bridge when present, else the browser host over HTTP. */
export function createApi(): GapboardApi {
  return buildApi(window.gapboard ?? createHttpTransport(readToken()));
}
