import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { selectProject } from '../store/selectors';
import { useActions, useAppStore } from '../store/StoreContext';

/** The project at a glance: its service description and what it holds. */
export function Overview() {
  const { t } = useTranslation();
  const project = useAppStore(selectProject);
  const { run, setProject } = useActions();
  const [description, setDescription] = useState(project?.doc.project.description ?? '');
  useEffect(() => setDescription(project?.doc.project.description ?? ''), [project?.doc.project.description]);
  if (!project) return null;
  const { doc } = project;
  const counts: [string, number][] = [
    ['requirements', doc.requirements.length],
    ['datasets', doc.datasets.length],
    ['datasetVersions', doc.datasets.reduce((n, d) => n + d.versions.length, 0)],
    ['models', doc.models.length],
    ['runs', doc.runs.length],
    ['iterations', doc.iterations.length],
  ];
  const commit = async () => {
    if (description === doc.project.description) return;
    const view = await run((api) => api.project.update({ description }));
    if (view) setProject(view);
  };
  return (
    <main className="screen" data-testid="screen-overview" data-app-state="ready">
      <h1>{t('overview.title')}</h1>
      {project.readOnlyReason && <p className="banner banner-warn" data-testid="read-only-reason">{project.readOnlyReason}</p>}
      {project.migratedFrom !== null && (
        <p className="banner banner-info">{t('overview.migrated', { from: project.migratedFrom })}</p>
      )}
      <label className="block">
        {t('overview.description')}
        <textarea
          data-testid="project-description"
          rows={3}
          value={description}
          placeholder={t('overview.descriptionPlaceholder')}
          disabled={project.readOnly}
          onChange={(e) => setDescription(e.target.value)}
          onBlur={() => void commit()}
        />
      </label>
      <h2>{t('overview.counts')}</h2>
      <dl className="counts" data-testid="project-counts">
        {counts.map(([key, n]) => (
          <div key={key} className="count">
            <dt>{t(`overview.${key}`)}</dt>
            <dd data-testid={`count-${key}`}>{n}</dd>
          </div>
        ))}
      </dl>
      <p className="muted small">
        {t('overview.file')}: {project.path} · {t('overview.schema', { version: doc.schemaVersion })}
      </p>
    </main>
  );
}
