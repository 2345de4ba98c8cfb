import { useEffect } from 'react';
import { selectProject } from '../store/selectors';
import { useAppStore } from '../store/StoreContext';
import type { ProjectView } from '../../../shared/contract';

/**
 * Asks the core for data derived from the project (board, history, catalog) whenever the
 * project state changes; returns the data once it matches the current state, else null.
 */
export function useLoaded<T>(
  selector: Parameters<typeof useAppStore<{ data: T; for: ProjectView } | null>>[0],
  load: () => Promise<void>,
): T | null {
  const project = useAppStore(selectProject);
  const loaded = useAppStore(selector);
  const fresh = loaded !== null && loaded.for === project;
  useEffect(() => {
    if (project && !fresh) void load();
    // `load` is a store action (stable); re-ask only when the project state moves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [project, fresh]);
  return fresh ? loaded.data : null;
}
