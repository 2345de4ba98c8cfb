import { describe, expect, it } from 'vitest';
import { boundsToRestore, readWindowState } from '../../../main/window-state.js';
import { fileFromArgv, wantsWelcome } from '../../../main/launch-args.js';

const screen = { x: 0, y: 0, width: 1920, height: 1080 };
const second = { x: 1920, y: 0, width: 1280, height: 1024 };

describe('restoring the window', () => {
  it.each([
    ['nothing saved', null, [screen], { width: 1280, height: 820, maximized: false }],
    [
      'fits the screen',
      { x: 100, y: 50, width: 1200, height: 800, maximized: false },
      [screen],
      { x: 100, y: 50, width: 1200, height: 800, maximized: false },
    ],
    [
      'on the second screen',
      { x: 2000, y: 10, width: 1000, height: 900, maximized: true },
      [screen, second],
      { x: 2000, y: 10, width: 1000, height: 900, maximized: true },
    ],
    [
      'hanging off the right edge: moved back so the title bar can be grabbed',
      { x: 1000, y: 100, width: 1200, height: 800, maximized: false },
      [screen],
      { x: 720, y: 100, width: 1200, height: 800, maximized: false },
    ],
    [
      'larger than the screen now: shrunk to it',
      { x: 0, y: 0, width: 2560, height: 1440, maximized: false },
      [screen],
      { x: 0, y: 0, width: 1920, height: 1080, maximized: false },
    ],
    [
      'on a screen since unplugged',
      { x: 2000, y: 10, width: 1000, height: 900, maximized: false },
      [screen],
      { width: 1280, height: 820, maximized: false },
    ],
  ])('%s', (_name, saved, areas, expected) => {
    expect(boundsToRestore(saved, areas)).toEqual(expected);
  });

  it.each([
    [undefined, null],
    ['x', null],
    [{ x: 1, y: 2, width: 3 }, null],
    [{ x: 1, y: 2, width: 3, height: Number.NaN }, null],
    [
      { x: 1, y: 2, width: 3, height: 4, maximized: 'yes' },
      { x: 1, y: 2, width: 3, height: 4, maximized: false },
    ],
  ])('reads a stored %j as %j', (stored, expected) => {
    expect(readWindowState(stored)).toEqual(expected);
  });
});

describe('launch arguments', () => {
  it.each([
    [['/opt/gapboard'], null],
    [['/usr/bin/electron', '.'], null],
    [['/usr/bin/electron', '.', 'digits.gapboard'], '/home/u/digits.gapboard'],
    [['C:\\Gapboard.exe', '--allow-file-access', '/data/Faces.GAPBOARD'], '/data/Faces.GAPBOARD'],
    [['/opt/gapboard', '--open=x.gapboard', 'notes.txt'], null],
    [['/opt/gapboard', 'a.gapboard', '../b.gapboard'], '/home/b.gapboard'],
  ])('%j names %s', (argv, expected) => {
    expect(fileFromArgv(argv, '/home/u')).toBe(expected);
  });

  it('--welcome asks for the welcome screen', () => {
    expect(wantsWelcome(['/opt/gapboard', '--welcome'])).toBe(true);
    expect(wantsWelcome(['/opt/gapboard', 'a.gapboard'])).toBe(false);
  });
});
