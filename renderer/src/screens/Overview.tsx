import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProjectSetup } from '../components/ProjectSetup';
import { selectProject } from '../store/selectors';
import { useActions, useAppStore } from '../store/StoreContext';

/** The project at a glance: its service description and what it holds. */
export function Overview() {
  const { t } = useTranslation();
  const project = useAppStore(selectProject);
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
  return (
    <main className="screen" data-testid="screen-overview" data-app-state="ready">
      <h1>{t('overview.title')}</h1>
      {project.readOnlyReason && (
        <p className="banner banner-warn" data-testid="read-only-reason">
          {project.readOnlyReason}
        </p>
      )}
      {project.migratedFrom !== null && (
        <p className="banner banner-info">{t('overview.migrated', { from: project.migratedFrom })}</p>
      )}
      {/* Keyed by the saved text, so undo or a reload resets what the field shows. */}
      <DescriptionField key={doc.project.description} saved={doc.project.description} readOnly={project.readOnly} />
      <h2>{t('overview.counts')}</h2>
      <dl className="counts" data-testid="project-counts">
        {counts.map(([key, n]) => (
          <div key={key} className="count">
            <dt>{t(`overview.${key}`)}</dt>
            <dd data-testid={`count-${key}`}>{n}</dd>
          </div>
        ))}
      </dl>
      <ProjectSetup doc={doc} readOnly={project.readOnly} />
      <p className="muted small">
        {t('overview.file')}: {project.path} · {t('overview.schema', { version: doc.schemaVersion })}
      </p>
    </main>
  );
}

function DescriptionField({ saved, readOnly }: { saved: string; readOnly: boolean }) {
  const { t } = useTranslation();
  const { run, setProject } = useActions();
  const [description, setDescription] = useState(saved);
  const commit = async () => {
    if (description === saved) return;
    const view = await run((api) => api.project.update({ description }));
    if (view) setProject(view);
  };
  return (
    <label className="block">
      {t('overview.description')}
      <textarea
        data-testid="project-description"
        rows={3}
        value={description}
        placeholder={t('overview.descriptionPlaceholder')}
        disabled={readOnly}
        onChange={(e) => setDescription(e.target.value)}
        onBlur={() => void commit()}
      />
    </label>
  );
}
