/** The shades project opened through the API router, as the models, runs and optimization tests use it. */
import path from 'node:path';
import type { ApiResult } from '../../../shared/contract.js';
import { createCore } from '../../../main/core/app/core-factory.js';
import type { GapboardCore } from '../../../main/core/app/create-core.js';
import { createMemoryPrefs } from '../../../main/core/app/prefs.js';
import { tempDir } from '../../helpers/temp.js';
import { NOW, shadesCopy } from './fixtures.js';

export interface ShadesApi {
  dir: string;
  core: GapboardCore;
  dispatch: (name: string, args: unknown) => Promise<ApiResult<unknown>>;
  /** Calls a method and returns its value; a failed call throws with the method, code and message. */
  ok: <T>(name: string, args?: unknown) => Promise<T>;
}

/**
 * A fresh copy of the shades project in a temp folder named with `prefix`, opened by a core of
 * its own (dispose it after the test).
 */
export async function openShadesApi(prefix: string): Promise<ShadesApi> {
  const dir = tempDir(prefix);
  await shadesCopy(dir);
  const { core, dispatch } = createCore({
    host: 'browser',
    dataDir: path.join(dir, '.data'),
    prefs: createMemoryPrefs(),
    now: NOW,
  });
  const ok = async <T>(name: string, args: unknown = {}): Promise<T> => {
    const r = await dispatch(name, args);
    if (!r.ok) throw new Error(`${name}: ${r.error.code} ${r.error.message}`);
    return r.value as T;
  };
  await ok('project.open', { path: path.join(dir, 'p.gapboard') });
  return { dir, core, dispatch, ok };
}
