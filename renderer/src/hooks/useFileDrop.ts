import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreApi } from 'zustand';
import type { AppStore } from '../store/types';

const isProject = (name: string) => name.toLowerCase().endsWith('.gapboard');

/**
 * A `.gapboard` file dropped anywhere on the desktop window opens it. Only the desktop bridge
 * can tell where a dropped file lives, so the browser host leaves drops to the browser.
 */
export function useFileDrop(store: StoreApi<AppStore>): void {
  const { t } = useTranslation();
  useEffect(() => {
    const bridge = window.gapboard;
    if (!bridge?.pathForFile) return;
    const pathFor = (file: File) => bridge.pathForFile!(file);
    const hasFiles = (e: DragEvent) => Boolean(e.dataTransfer?.types.includes('Files'));
    const onDragOver = (e: DragEvent) => {
      if (!hasFiles(e) || e.defaultPrevented) return;
      e.preventDefault();
      e.dataTransfer!.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      // A drop zone inside the page (one that handles files itself) has the first say.
      if (!hasFiles(e) || e.defaultPrevented) return;
      e.preventDefault();
      const files = [...(e.dataTransfer?.files ?? [])];
      const project = files.find((f) => isProject(f.name));
      const state = store.getState();
      if (project) void state.openProject(pathFor(project));
      else if (files[0]) state.notify({ kind: 'error', message: t('drop.notProject', { name: files[0].name }) });
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [store, t]);
}
