import './ProjectSetup.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectDocument } from '../../../shared/schema';
import { useActions } from '../store/StoreContext';
import { ServingTargetForm } from './ServingTargetForm';

/**
 * Where the service runs and who works on it: the serving targets that latency and
 * QPS requirements name, and the team with their roles.
 */
export function ProjectSetup({ doc, readOnly }: { doc: ProjectDocument; readOnly: boolean }) {
  const { t } = useTranslation();
  const { run, setProject } = useActions();
  const [adding, setAdding] = useState(false);
  const unknown = '?';
  return (
    <div className="setup-grid">
      <section aria-labelledby="targets-title">
        <div className="row">
          <h2 id="targets-title">{t('overview.servingTargets')}</h2>
          <span className="spacer" />
          <button data-testid="add-serving-target" disabled={readOnly || adding} onClick={() => setAdding(true)}>
            {t('overview.target.add')}
          </button>
        </div>
        {adding && (
          <ServingTargetForm
            onCancel={() => setAdding(false)}
            onSubmit={(input) =>
              void run((api) => api.servingTargets.add(input)).then((r) => {
                if (!r) return;
                setProject(r.project);
                setAdding(false);
              })
            }
          />
        )}
        {doc.servingTargets.length === 0 ? (
          <p className="muted">{t('overview.noServingTargets')}</p>
        ) : (
          <ul className="setup-list" data-testid="serving-targets">
            {doc.servingTargets.map((st) => (
              <li key={st.id} className="card setup-item" data-testid={`serving-target-${st.id}`}>
                <div className="row">
                  <span className="mono small muted">{st.id}</span>
                  <strong>{st.name}</strong>
                  <span className="badge">{t(`overview.mode.${st.mode}`)}</span>
                  <span className="spacer" />
                  <button
                    data-testid={`st-delete-${st.id}`}
                    disabled={readOnly}
                    onClick={() =>
                      void run((api) => api.servingTargets.remove({ id: st.id })).then((v) => v && setProject(v))
                    }
                  >
                    {t('actions.delete')}
                  </button>
                </div>
                <div className="small">
                  {t('overview.hardware', {
                    cpu: st.hardware.cpu || unknown,
                    cores: st.hardware.cores ?? unknown,
                    ram: st.hardware.ramGb ?? unknown,
                  })}
                  {st.hardware.gpu && ` · ${t('overview.gpu', { gpu: st.hardware.gpu })}`}
                </div>
                <div className="small muted">
                  {t('overview.runtime', {
                    threads: st.runtime.threads ?? unknown,
                    provider: st.runtime.executionProvider || unknown,
                  })}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="team-title">
        <h2 id="team-title">{t('overview.team')}</h2>
        {doc.project.team.length === 0 ? (
          <p className="muted">{t('overview.noTeam')}</p>
        ) : (
          <ul className="setup-list" data-testid="team">
            {doc.project.team.map((m) => (
              <li key={m.name} className="row small">
                <strong>{m.name}</strong>
                <span className="muted">{m.roles.map((r) => t(`overview.role.${r}`)).join(', ')}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
