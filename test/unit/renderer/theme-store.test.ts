/**
 * The theme preference through the store: the top bar's switch and the desktop menu's
 * View → Theme both save it in the app preferences, "system" follows the operating system,
 * and a save that fails puts the previous choice back.
 */
import { describe, expect, it } from 'vitest';
import { buildApi, type GapboardTransport, type MethodName } from '../../../shared/contract.js';
import { createCore } from '../../../main/core/app/core-factory.js';
import { createMemoryPrefs } from '../../../main/core/app/prefs.js';
import { createAppStore } from '../../../renderer/src/store/create-app-store.js';
import { runMenuCommand } from '../../../renderer/src/store/menu-commands.js';
import { resolveTheme } from '../../../renderer/src/theme/theme.js';
import { FIXED_NOW, tempDir } from '../../helpers/temp.js';

/** A store over a fresh core; `failing` names methods that answer with an error instead. */
async function bootedStore(failing: MethodName[] = []) {
  const { dispatch } = createCore({
    host: 'browser',
    dataDir: tempDir(),
    prefs: createMemoryPrefs(),
    now: FIXED_NOW,
    emit: () => undefined,
  });
  const transport: GapboardTransport = {
    invoke: (name: MethodName, args: unknown) =>
      failing.includes(name) ? Promise.reject(new Error(`${name} is unavailable`)) : dispatch(name, args),
    on: () => () => undefined,
  };
  const api = buildApi(transport);
  const store = createAppStore(api);
  await store.getState().boot();
  return { store, api };
}

describe('theme preference', () => {
  it.each([
    ['light', false, 'light'],
    ['light', true, 'light'],
    ['dark', false, 'dark'],
    ['system', true, 'dark'],
    ['system', false, 'light'],
    [undefined, true, 'dark'],
  ] as const)('%s with a dark system = %s resolves to %s', (pref, systemDark, expected) => {
    expect(resolveTheme(pref, systemDark)).toBe(expected);
  });

  it('starts from the system and is saved in the app preferences when switched', async () => {
    const { store, api } = await bootedStore();
    expect(store.getState().prefs?.theme).toBe('system');
    await store.getState().setTheme('dark');
    expect(store.getState().prefs?.theme).toBe('dark');
    expect((await api.prefs.get({})).theme).toBe('dark');
  });

  it('follows the desktop menu’s View → Theme commands', async () => {
    const { store, api } = await bootedStore();
    for (const [command, theme] of [
      ['view.theme.dark', 'dark'],
      ['view.theme.light', 'light'],
      ['view.theme.system', 'system'],
    ] as const) {
      runMenuCommand(store, command);
      await expect.poll(async () => (await api.prefs.get({})).theme).toBe(theme);
      expect(store.getState().prefs?.theme).toBe(theme);
    }
  });

  it('puts the previous choice back, with a notice, when it cannot be saved', async () => {
    const { store } = await bootedStore(['prefs.set']);
    await store.getState().setTheme('dark');
    expect(store.getState().prefs?.theme).toBe('system');
    expect(store.getState().notices.map((n) => n.message)).toEqual(['prefs.set is unavailable']);
  });
});
