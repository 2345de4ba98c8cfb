import { describe, expect, it } from 'vitest';
import { isComposing, isEnter, isPageKey } from '../../../renderer/src/keyboard/ime.js';

describe('keys during an input method composition', () => {
  it.each([
    ['a DOM event marked composing', { key: 'Enter', isComposing: true, keyCode: 13 }, true],
    ['a React event whose native event is composing', { key: 'Enter', nativeEvent: { isComposing: true } }, true],
    ['key code 229 after compositionend (Safari, Chromium)', { key: 'Enter', isComposing: false, keyCode: 229 }, true],
    ['a React event with native key code 229', { key: 'Process', nativeEvent: { keyCode: 229 } }, true],
    ['a plain Enter', { key: 'Enter', isComposing: false, keyCode: 13 }, false],
  ])('%s → composing %s', (_, e, expected) => {
    expect(isComposing(e)).toBe(expected);
    expect(isEnter(e)).toBe(!expected && e.key === 'Enter');
  });

  it('lets the page have its keys only when no composition is open', () => {
    expect(isPageKey({ key: ' ', keyCode: 32 }, 'Enter', ' ')).toBe(true);
    expect(isPageKey({ key: ' ', isComposing: true }, 'Enter', ' ')).toBe(false);
    expect(isPageKey({ key: 'x' }, 'Enter', ' ')).toBe(false);
  });
});
