import './Welcome.css';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSelect } from '../components/LanguageSelect';
import { ThemeSelect } from '../components/ThemeSelect';
import { TemplatePicker } from '../components/templates/TemplatePicker';
import { useTemplates } from '../components/templates/useTemplates';
import { selectBusy, selectInfo, selectPrefs } from '../store/selectors';
import { useActions, useAppStore } from '../store/StoreContext';

/** New project · Open… · Open sample project · recent projects. */
export function Welcome() {
  const { t } = useTranslation();
  const prefs = useAppStore(selectPrefs);
  const info = useAppStore(selectInfo);
  const busy = useAppStore(selectBusy);
  const { createProject, openProject, openSample, api, run } = useActions();
  const [name, setName] = useState('');
  const [newPath, setNewPath] = useState('');
  const [openPath, setOpenPath] = useState('');
  const [templates] = useTemplates();
  const [template, setTemplate] = useState('');

  const browse = async (kind: 'open' | 'save', apply: (p: string) => void) => {
    const picked = await run(() => api.host.pickPath({ kind, defaultName: name ? `${name}.gapboard` : undefined }));
    if (picked?.path) apply(picked.path);
  };
  const onCreate = (e: FormEvent) => {
    e.preventDefault();
    void createProject(newPath.trim(), name.trim(), template || undefined);
  };
  const onOpen = (e: FormEvent) => {
    e.preventDefault();
    void openProject(openPath.trim());
  };

  return (
    <main className="welcome" data-testid="welcome-screen" data-app-state="ready">
      <header className="welcome-head">
        <div className="row">
          <h1>{t('app.name')}</h1>
          <span className="spacer" />
          <LanguageSelect />
          <ThemeSelect />
        </div>
        <p className="muted">{t('welcome.tagline')}</p>
      </header>
      <div className="welcome-grid">
        <form className="card" onSubmit={onCreate} aria-labelledby="new-title">
          <h2 id="new-title">{t('welcome.newTitle')}</h2>
          <label>
            {t('welcome.name')}
            <input data-testid="new-project-name" value={name} onChange={(e) => setName(e.target.value)} required />
          </label>
          <label>
            {t('welcome.path')}
            <span className="row">
              <input
                data-testid="new-project-path"
                value={newPath}
                placeholder={t('welcome.pathPlaceholder')}
                onChange={(e) => setNewPath(e.target.value)}
                required
              />
              {info?.nativeDialogs && (
                <button type="button" onClick={() => void browse('save', setNewPath)}>
                  {t('actions.browse')}
                </button>
              )}
            </span>
          </label>
          {templates && (
            <label>
              {t('templates.startFrom')}
              <TemplatePicker
                templates={templates}
                value={template}
                onChange={setTemplate}
                testId="new-project-template"
                noneLabel={t('templates.none')}
              />
            </label>
          )}
          <button className="primary" data-testid="create-project" disabled={busy || !name.trim() || !newPath.trim()}>
            {t('welcome.create')}
          </button>
        </form>
        <form className="card" onSubmit={onOpen} aria-labelledby="open-title">
          <h2 id="open-title">{t('welcome.openTitle')}</h2>
          <label>
            {t('welcome.path')}
            <span className="row">
              <input
                data-testid="open-path"
                value={openPath}
                placeholder={t('welcome.pathPlaceholder')}
                onChange={(e) => setOpenPath(e.target.value)}
                required
              />
              {info?.nativeDialogs && (
                <button type="button" onClick={() => void browse('open', setOpenPath)}>
                  {t('actions.browse')}
                </button>
              )}
            </span>
          </label>
          <button className="primary" data-testid="open-project" disabled={busy || !openPath.trim()}>
            {t('welcome.open')}
          </button>
          <hr />
          <button type="button" data-testid="open-sample" disabled={busy} onClick={() => void openSample()}>
            {t('welcome.sample')}
          </button>
          <p className="muted small">{t('welcome.sampleHint')}</p>
        </form>
        <section className="card" aria-labelledby="recent-title">
          <h2 id="recent-title">{t('welcome.recent')}</h2>
          {prefs && prefs.recentProjects.length > 0 ? (
            <ul className="recent" data-testid="recent-list">
              {prefs.recentProjects.map((p) => (
                <li key={p}>
                  <button className="link" onClick={() => void openProject(p)} title={p}>
                    {p.split(/[\\/]/).pop()}
                    <span className="muted small"> {p}</span>
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('welcome.noRecent')}</p>
          )}
        </section>
      </div>
    </main>
  );
}
