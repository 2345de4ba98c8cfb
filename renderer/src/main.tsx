// The app-wide sheets come first, so every component's own sheet (imported by the component)
// follows them and wins over the general rules it refines.
import './styles/tokens.css';
import './styles/base.css';
import './styles/forms.css';
import './styles/tables.css';
import './styles/badges.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiError } from '../../shared/api-client';
import { createApi } from './api/client';
import { readToken, TOKEN_KEY } from './api/http-transport';
import { App } from './App';
import { initI18n, isLanguage } from './i18n';
import { installImeGuard } from './keyboard/ime';
import { OpenHint } from './components/host/OpenHint';
import { createAppStore } from './store/create-app-store';
import { bridgeEvents } from './store/events-bridge';
import { StoreProvider } from './store/StoreContext';
import { applyThemePref } from './theme/theme';
// The bundled Korean face: the same one the reports embed, so Hangul looks alike in both.
import '@fontsource/noto-sans-kr/400.css';
import '@fontsource/noto-sans-kr/700.css';

/** The browser's own language, where the UI speaks it: nothing else is known without the host. */
function browserLanguage(): string {
  return navigator.languages.map((l) => l.split('-')[0]!).find(isLanguage) ?? 'en';
}

/** Without the access token the page says how to open Gapboard and asks the host nothing. */
async function showOpenHint(rootEl: HTMLElement): Promise<void> {
  await initI18n(browserLanguage());
  createRoot(rootEl).render(
    <StrictMode>
      <OpenHint />
    </StrictMode>,
  );
  rootEl.dataset.appState = 'ready';
}

async function start(): Promise<void> {
  installImeGuard(window);
  const rootEl = document.getElementById('root')!;
  // The system's scheme until the saved preference is known, so a dark desktop never flashes white.
  applyThemePref('system');
  if (!window.gapboard && !readToken()) return showOpenHint(rootEl);
  const store = createAppStore(createApi());
  bridgeEvents(store);
  try {
    await store.getState().boot();
  } catch (err) {
    // A token kept by this tab from an earlier launch: the host has a new one now.
    if (err instanceof ApiError && err.code === 'UNAUTHORIZED') {
      sessionStorage.removeItem(TOKEN_KEY);
      return showOpenHint(rootEl);
    }
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
