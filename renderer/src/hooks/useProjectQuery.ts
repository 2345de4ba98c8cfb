import { useEffect, useState } from 'react';
import type { GapboardApi } from '../../../shared/contract';
import { selectProject } from '../store/selectors';
import { useActions, useAppStore } from '../store/StoreContext';

/** Where a query stands: its answer is on the way, here, or the call failed (a notice says why). */
export type QueryStatus = 'loading' | 'ready' | 'failed';

/**
 * Component-local data read from the core (a page of samples, a diff, totals): asked again
 * whenever the project state moves or `key` changes. Errors show as notices (via `run`); a
 * stale answer — one for an older key or project state — is dropped. `status` tells a view
 * (and the end-to-end tests, through its readiness attribute) when the current ask settled.
 */
export function useProjectQueryStatus<T>(
  key: string | null,
  load: (api: GapboardApi) => Promise<T>,
): { data: T | null; status: QueryStatus } {
  const project = useAppStore(selectProject);
  const { run } = useActions();
  const [state, setState] = useState<{ key: string; for: unknown; data: T | null; failed: boolean } | null>(null);
  useEffect(() => {
    if (!project || key === null) return;
    let live = true;
    void run(load).then((data) => {
      if (!live) return;
      // A failed ask keeps the last answer for the key on screen, marked as failed.
      setState((prev) =>
        data !== undefined
          ? { key, for: project, data, failed: false }
          : { key, for: project, data: prev?.key === key ? prev.data : null, failed: true },
      );
    });
    return () => {
      live = false;
    };
    // `load` is rebuilt every render; `key` says what it asks for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [project, key]);
  if (!state || state.key !== key) return { data: null, status: 'loading' };
  // Keeps showing the last answer for the same key while a newer one loads (no flicker).
  const status: QueryStatus = state.for !== project ? 'loading' : state.failed ? 'failed' : 'ready';
  return { data: state.data, status };
}

/** The data of `useProjectQueryStatus`, for views that need no more. */
export function useProjectQuery<T>(key: string | null, load: (api: GapboardApi) => Promise<T>): T | null {
  return useProjectQueryStatus(key, load).data;
}
