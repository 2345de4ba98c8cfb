/**
 * The `electron` module for type-checking where the optional package is not installed (it
 * cannot be downloaded on every machine). The shapes are the ones main/electron-api.ts
 * describes for the shell and its tests, so there is one description of Electron's API in
 * the repository; where the package is installed its own declarations are the reference.
 */
declare module 'electron' {
  // An import declaration here would quietly turn every export below into `any`; an import
  // type keeps them checked.
  /* eslint-disable @typescript-eslint/consistent-type-imports */
  type Main = import('../main/electron-api.js').ElectronApi;
  type Preload = import('../main/electron-api.js').PreloadElectronApi;
  /* eslint-enable @typescript-eslint/consistent-type-imports */
  export const app: Main['app'];
  export const BrowserWindow: Main['BrowserWindow'];
  export const Menu: Main['Menu'];
  export const dialog: Main['dialog'];
  export const ipcMain: Main['ipcMain'];
  export const protocol: Main['protocol'];
  export const net: Main['net'];
  export const screen: Main['screen'];
  export const session: Main['session'];
  export const ipcRenderer: Preload['ipcRenderer'];
  export const contextBridge: Preload['contextBridge'];
  export const webUtils: Preload['webUtils'];
}
