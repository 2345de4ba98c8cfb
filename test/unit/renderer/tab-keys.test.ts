import { describe, expect, it } from 'vitest';
import { nextTabIndex } from '../../../renderer/src/keyboard/tab-keys.js';

describe('arrow keys in a row of four tabs', () => {
  it.each([
    ['ArrowRight', 0, 1],
    ['ArrowRight', 3, 0],
    ['ArrowLeft', 2, 1],
    ['ArrowLeft', 0, 3],
    ['Home', 2, 0],
    ['End', 1, 3],
    ['ArrowDown', 1, null],
    ['Enter', 1, null],
    ['Tab', 1, null],
  ])('%s from tab %i selects %s', (key, from, to) => {
    expect(nextTabIndex(key, from, 4)).toBe(to);
  });

  it('starts from the first tab when none is selected, and does nothing without tabs', () => {
    expect(nextTabIndex('ArrowRight', -1, 4)).toBe(1);
    expect(nextTabIndex('ArrowRight', 0, 0)).toBeNull();
  });
});
