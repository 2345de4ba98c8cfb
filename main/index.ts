/** The desktop app's entry: the real Electron API and the real settings files, handed to the shell. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session } from 'electron';
import Store from 'electron-store';
import { startShell } from './shell.js';

startShell(
  { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, screen, session },
  {
    argv: process.argv,
    cwd: process.cwd(),
    env: process.env,
    platform: process.platform,
    bundleDir: path.dirname(fileURLToPath(import.meta.url)),
    openStore: (name) => new Store({ name }),
  },
);
