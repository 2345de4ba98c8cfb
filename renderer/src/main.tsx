// The app-wide sheets come first, so every component's own sheet (imported by the component)
// follows them and wins over the general rules it refines.
import './styles/tokens.css';
import './styles/base.css';
import './styles/forms.css';
import './styles/tables.css';
import './styles/badges.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApi } from './api/client';
import { App } from './App';
import { initI18n } from './i18n';
import { installImeGuard } from './keyboard/ime';
import { createAppStore } from './store/create-app-store';
import { bridgeEvents } from './store/events-bridge';
import { StoreProvider } from './store/StoreContext';
import { applyThemePref } from './theme/theme';
// The bundled Korean face: the same one the reports embed, so Hangul looks alike in both.
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/700.css';

async function start(): Promise<void> {
  installImeGuard(window);
  const rootEl = document.getElementById('root')!;
  // The system's scheme until the saved preference is known, so a dark desktop never flashes white.
  applyThemePref('system');
  const store = createAppStore(createApi());
  bridgeEvents(store);
  try {
    await store.getState().boot();
  } catch (err) {
    store.getState().notify({ kind: 'error', message: err instanceof Error ? err.message : String(err) });
    store.setState({ booted: true });
  }
  await initI18n(store.getState().prefs?.language ?? 'en');
  applyThemePref(store.getState().prefs?.theme);
  store.subscribe((s, before) => {
    if (s.prefs?.theme !== before.prefs?.theme) applyThemePref(s.prefs?.theme);
  });
  createRoot(rootEl).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App store={store} />
      </StoreProvider>
    </StrictMode>,
  );
  // Readiness for tests and automation: the shell is rendered and the first state loaded.
  store.subscribe((s) => (rootEl.dataset.appState = s.busy ? 'busy' : 'ready'));
  rootEl.dataset.appState = 'ready';
}

void start();
