import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { selectBusy, selectInfo, selectMenuDialog, selectProject } from '../../store/selectors';
import { useActions, useAppStore } from '../../store/StoreContext';
import { Modal } from '../Modal';

/** Help › About: the app's version and the runtimes under it. */
function AboutDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const info = useAppStore(selectInfo);
  if (!info) return null;
  const rows: [string, string][] = [
    [t('menu.aboutVersion'), info.version],
    [t('menu.aboutHost'), t(info.host === 'electron' ? 'menu.hostElectron' : 'menu.hostBrowser')],
    ...(info.versions.electron ? [[t('menu.aboutElectron'), info.versions.electron] as [string, string]] : []),
    [t('menu.aboutNode'), info.versions.node],
    ...(info.versions.onnxruntime ? [[t('menu.aboutOnnxRuntime'), info.versions.onnxruntime] as [string, string]] : []),
  ];
  return (
    <Modal title={t('menu.aboutTitle')} testId="about-dialog" onClose={onClose}>
      <table className="about-versions">
        <tbody>
          {rows.map(([name, value]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td className="mono" data-testid={`about-${name}`}>
                {value}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="modal-actions">
        <button className="primary" data-testid="about-close" onClick={onClose} autoFocus>
          {t('menu.done')}
        </button>
      </div>
    </Modal>
  );
}

/** File › Save As… where there is no native dialog: the new file's path, typed. */
function SaveAsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const busy = useAppStore(selectBusy);
  const project = useAppStore(selectProject);
  const { saveAs, notify } = useActions();
  const [target, setTarget] = useState(() => project?.path.replace(/(\.gapboard)?$/i, ' copy.gapboard') ?? '');
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await saveAs(target.trim())) notify({ kind: 'info', message: t('menu.savedAs', { path: target.trim() }) });
  };
  return (
    <Modal title={t('menu.saveAsTitle')} testId="save-as-dialog" onClose={onClose}>
      <form className="stack-form" onSubmit={(e) => void submit(e)}>
        <label>
          {t('menu.saveAsPath')}
          <input data-testid="save-as-path" value={target} onChange={(e) => setTarget(e.target.value)} autoFocus />
        </label>
        <p className="muted small">{t('menu.saveAsHint')}</p>
        <div className="modal-actions">
          <button className="primary" data-testid="save-as-save" disabled={busy || !target.trim()}>
            {t('menu.saveAsSave')}
          </button>
          <button type="button" onClick={onClose}>
            {t('actions.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** The dialog a menu command opened, if any. */
export function MenuDialogs() {
  const dialog = useAppStore(selectMenuDialog);
  const { setMenuDialog } = useActions();
  const close = () => setMenuDialog(null);
  if (dialog === 'about') return <AboutDialog onClose={close} />;
  if (dialog === 'saveAs') return <SaveAsDialog onClose={close} />;
  return null;
}
