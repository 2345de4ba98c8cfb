import { createContext, useContext, type ReactNode } from 'react';
import { useStore, type StoreApi } from 'zustand';
import type { AppStore } from './types';

const StoreContext = createContext<StoreApi<AppStore> | null>(null);

export function StoreProvider({ store, children }: { store: StoreApi<AppStore>; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** Reads the injected store with a selector (define selectors once, in selectors.ts). */
export function useAppStore<T>(selector: (state: AppStore) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore outside StoreProvider');
  return useStore(store, selector);
}

/** The store's actions, without subscribing to state (actions never change). */
export function useActions(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useActions outside StoreProvider');
  return store.getState();
}
