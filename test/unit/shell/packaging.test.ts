/**
 * The installer configuration, which only a machine with the Electron binary can run: checked
 * here as data so a lost fuse, association or unpacked native module fails a test anywhere.
 * And `npm run dist` without Electron: one line, exit 1.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  fileAssociations: { ext: string; name: string; mimeType: string }[];
  electronFuses: Record<string, boolean>;
  linux: { target: string[] };
  mac: { target: string };
  win: { target: string };
}
const config = yaml.load(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('electron-builder.yml', () => {
  it('builds AppImage and deb on Linux, dmg on macOS, NSIS on Windows', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toBe('dmg');
    expect(config.win.target).toBe('nsis');
  });

  it('sets the fuses: no running as Node, encrypted cookies, no NODE_OPTIONS or inspect, asar integrity', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('unpacks the native addons and worker entries from the asar, and leaves the dev Electron out', () => {
    expect(config.asarUnpack).toEqual(
      expect.arrayContaining(['node_modules/onnxruntime-node/**', 'node_modules/sharp/**', 'node_modules/@img/**']),
    );
    expect(config.asarUnpack).toContain('out/main/*-worker.js');
    expect(config.files).toContain('!node_modules/electron/**');
    expect(config.npmRebuild).toBe(false);
  });

  it('associates .gapboard files with the app', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'gapboard', name: 'Gapboard project' })]);
  });
});

describe('npm run dist without Electron', () => {
  it('says so in one line and exits 1', () => {
    // The scripts, copied where no node_modules can provide Electron, wherever this test runs.
    const dir = tempDir();
    for (const f of ['dist.mjs', 'electron-binary.mjs', 'run-step.mjs']) {
      copyFileSync(path.join(ROOT, 'scripts', f), path.join(dir, f));
    }
    const r = spawnSync(process.execPath, ['dist.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual([expect.stringMatching(/Electron is not installed here/)]);
  });
});
