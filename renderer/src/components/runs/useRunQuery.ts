import { useEffect, useState } from 'react';
import type { GapboardApi } from '../../../../shared/contract';
import { useActions } from '../../store/StoreContext';

/**
 * Data the Models & runs screen reads on demand (a run with its predictions, a gallery page, a
 * comparison). Keyed by what it asks for — not by the project state, which moves on every
 * edit while a finished run never changes. Errors become notices (via `run`); an answer for
 * an older key is dropped, and the last answer stays on screen while the next one loads.
 */
export function useRunQuery<T>(
  key: string | null,
  load: (api: GapboardApi) => Promise<T>,
): { data: T | null; loading: boolean } {
  const { run } = useActions();
  const [state, setState] = useState<{ key: string; data: T | null } | null>(null);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    void run(load).then((data) => {
      if (live) setState({ key, data: data ?? null });
    });
    return () => {
      live = false;
    };
    // `load` is rebuilt every render; `key` says what it asks for.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return { data: state?.data ?? null, loading: key !== null && state?.key !== key };
}
