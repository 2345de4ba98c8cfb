import './Data.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DatasetList, type VersionRef } from '../components/data/DatasetList';
import { RegisterVersion } from '../components/data/RegisterVersion';
import { VersionView } from '../components/data/VersionView';
import { selectProject, selectSelection } from '../store/selectors';
import { useAppStore } from '../store/StoreContext';

/** Datasets → versions: register a new version, or look into one (stats, diff, integrity, labeling). */
export function Data() {
  const { t } = useTranslation();
  const project = useAppStore(selectProject);
  // A click on the board's evidence ("digits@v3") opens that version here.
  const selection = useAppStore(selectSelection);
  const [picked, setPicked] = useState<VersionRef | null>(() => selection.dataset ?? null);
  const [registering, setRegistering] = useState(false);
  if (!project) return null;
  const { datasets } = project.doc;
  // Until the user picks, the newest version of the first dataset; a pick that vanished (undo) falls back too.
  const exists = (r: VersionRef | null) =>
    r !== null && datasets.some((d) => d.name === r.name && d.versions.some((v) => v.version === r.version));
  const first = datasets.find((d) => d.versions.length > 0);
  const fallback = first ? { name: first.name, version: Math.max(...first.versions.map((v) => v.version)) } : null;
  const selected = exists(picked) ? picked : fallback;
  const showRegister = registering || selected === null;

  return (
    <main className="screen data-screen" data-testid="screen-data" data-app-state="ready">
      <div className="screen-head">
        <h1>{t('data.title')}</h1>
        <button
          className="primary"
          data-testid="data-new-version"
          disabled={project.readOnly || showRegister}
          onClick={() => setRegistering(true)}
        >
          {t('data.newVersion')}
        </button>
      </div>
      <div className="data-layout">
        <DatasetList
          datasets={datasets}
          selected={showRegister ? null : selected}
          onSelect={(r) => {
            setPicked(r);
            setRegistering(false);
          }}
        />
        <section className="data-main">
          {showRegister || !selected ? (
            <RegisterVersion
              defaultName={selected?.name ?? ''}
              names={datasets.map((d) => d.name)}
              readOnly={project.readOnly}
              canClose={selected !== null}
              onClose={() => setRegistering(false)}
              onRegistered={(r) => {
                setPicked(r);
                setRegistering(false);
              }}
            />
          ) : (
            <VersionView key={`${selected.name}@${selected.version}`} name={selected.name} version={selected.version} />
          )}
        </section>
      </div>
    </main>
  );
}
