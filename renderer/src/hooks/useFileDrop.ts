import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreApi } from 'zustand';
import type { GapboardTransport } from '../../../shared/api-client';
import type { AppStore } from '../store/types';

const isProject = (name: string) => name.toLowerCase().endsWith('.gapboard');

/** The part of a drag event the handlers read. */
export interface FileDragEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
  dataTransfer: { types: readonly string[]; files: ArrayLike<File>; dropEffect: string } | null;
}

/**
 * Window-level drag handlers: a dropped `.gapboard` file opens; any other file gets a message
 * saying what can be dropped. A drop zone inside the page that handles files itself (and
 * prevents the default) has the first say.
 */
export function createDropHandlers(
  store: StoreApi<AppStore>,
  pathFor: (file: File) => string,
  message: (name: string) => string,
) {
  const withFiles = (e: FileDragEvent) => !e.defaultPrevented && Boolean(e.dataTransfer?.types.includes('Files'));
  return {
    onDragOver: (e: FileDragEvent) => {
      if (!withFiles(e)) return;
      e.preventDefault();
      e.dataTransfer!.dropEffect = 'copy';
    },
    onDrop: (e: FileDragEvent) => {
      if (!withFiles(e)) return;
      e.preventDefault();
      const files = Array.from(e.dataTransfer!.files);
      const project = files.find((f) => isProject(f.name));
      const state = store.getState();
      if (project) void state.openProject(pathFor(project));
      else if (files[0]) state.notify({ kind: 'error', message: message(files[0].name) });
    },
  };
}

/**
 * A `.gapboard` file dropped anywhere on the desktop window opens it. Only the desktop bridge
 * can tell where a dropped file lives, so the browser host leaves drops to the browser.
 */
export function useFileDrop(store: StoreApi<AppStore>): void {
  const { t } = useTranslation();
  useEffect(() => {
    const bridge = (window as { gapboard?: GapboardTransport }).gapboard;
    if (!bridge?.pathForFile) return;
    const { onDragOver, onDrop } = createDropHandlers(
      store,
      (file) => bridge.pathForFile!(file),
      (name) => t('drop.notProject', { name }),
    );
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [store, t]);
}
