import { useEffect, useState } from 'react';
import type { GapboardApi } from '../../../shared/contract';
import { selectProject } from '../store/selectors';
import { useActions, useAppStore } from '../store/StoreContext';

/**
 * Component-local data read from the core (a page of samples, a diff, totals): asked again
 * whenever the project state moves or `key` changes. Errors show as notices (via `run`); a
 * stale answer — one for an older key or project state — is dropped.
 */
export function useProjectQuery<T>(key: string | null, load: (api: GapboardApi) => Promise<T>): T | null {
  const project = useAppStore(selectProject);
  const { run } = useActions();
  const [state, setState] = useState<{ key: string; for: unknown; data: T } | null>(null);
  useEffect(() => {
    if (!project || key === null) return;
    let live = true;
    void run(load).then((data) => {
      if (live && data !== undefined) setState({ key, for: project, data });
    });
    return () => {
      live = false;
    };
    // `load` is rebuilt every render; `key` says what it asks for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [project, key]);
  // Keeps showing the last answer for the same key while a newer one loads (no flicker).
  return state && state.key === key ? state.data : null;
}
