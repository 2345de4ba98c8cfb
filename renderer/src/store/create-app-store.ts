/**
 * The store factory: each app — and each test — gets its own store,
 * built over the API it is given. Only actions call the API.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import { ApiError, type GapboardApi } from '../../../shared/api-client';
import type { ProjectView } from '../../../shared/contract';
import { changeLanguage } from '../i18n';
import { createBoardSlice } from './board-slice';
import { createMenuSlice } from './menu-slice';
import type { AppStore, Notice, Screen } from './types';

let noticeSeq = 0;

export function createAppStore(api: GapboardApi): StoreApi<AppStore> {
  return createStore<AppStore>()((set, get) => {
    /**
     * Shows a newly opened project at once; the recent-projects list follows. Setting the screen
     * only together with the project keeps a tab the user clicks meanwhile from being undone.
     */
    const adopt = async (view: ProjectView, screen: Screen) => {
      set({ project: view, screen });
      set({ prefs: await api.prefs.get({}) });
    };
    return {
      api,
      info: null,
      prefs: null,
      project: null,
      screen: 'overview',
      busy: false,
      booted: false,
      notices: [],
      pendingClose: false,
      closeWindowAfter: false,
      merging: false,
      jobs: {},
      ...createBoardSlice(api, set, get),
      ...createMenuSlice(set, get),

      async boot() {
        const [info, prefs, project] = await Promise.all([
          api.app.info({}),
          api.prefs.get({}),
          api.project.current({}),
        ]);
        // The board is a project's home; a new, empty project starts on its overview instead.
        set({ info, prefs, project, booted: true, screen: project ? 'board' : 'overview' });
      },
      setScreen: (screen) => set({ screen }),
      setProject: (project) => set({ project }),

      async run(work) {
        set({ busy: true });
        try {
          return await work(api);
        } catch (err) {
          const code = err instanceof ApiError ? err.code : undefined;
          get().notify({ kind: 'error', code, message: err instanceof Error ? err.message : String(err) });
          return undefined;
        } finally {
          set({ busy: false });
        }
      },

      async createProject(path, name, template) {
        const language = get().prefs?.language ?? 'en';
        const view = await get().run((a) =>
          template ? a.templates.createProject({ path, name, template, language }) : a.project.create({ path, name }),
        );
        if (view) await adopt(view, 'overview');
      },
      async openProject(path) {
        const view = await get().run((a) => a.project.open({ path }));
        if (view) await adopt(view, 'board');
      },
      async openSample() {
        const view = await get().run((a) => a.project.openSample({}));
        if (view) set({ project: view, screen: 'board' });
      },
      async save(force = false) {
        const view = await get().run((a) => a.project.save({ force }));
        if (view) set({ project: view });
      },
      async reload() {
        const view = await get().run((a) => a.project.reload({}));
        if (view) set({ project: view });
      },
      async undo() {
        const view = await get().run((a) => a.project.undo({}));
        if (view) set({ project: view });
      },
      async redo() {
        const view = await get().run((a) => a.project.redo({}));
        if (view) set({ project: view });
      },
      requestClose(opts = {}) {
        set({ closeWindowAfter: Boolean(opts.thenCloseWindow) });
        if (get().project?.dirty) set({ pendingClose: true });
        else void get().closeProject(false);
      },
      cancelClose: () => set({ pendingClose: false, closeWindowAfter: false }),
      setMerging: (merging) => set({ merging }),
      async closeProject(discard) {
        set({ pendingClose: false });
        const ok = await get().run(async (a) => {
          await a.project.close({ discard });
          return true;
        });
        if (!ok) return;
        set({ project: null, prefs: await api.prefs.get({}) });
        // The project is closed, so the window's own close check now lets it go.
        if (get().closeWindowAfter && typeof window !== 'undefined') window.close();
      },
      notify(notice) {
        // Several views asking for the same thing fail the same way (a missing store file is
        // needed by a version's header and its sample page): one notice says it once.
        const same = (n: Notice) => n.kind === notice.kind && n.code === notice.code && n.message === notice.message;
        if (get().notices.some(same)) return;
        set((s) => ({ notices: [...s.notices.slice(-4), { ...notice, id: ++noticeSeq }] }));
      },
      dismiss(id) {
        set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
      },
      jobUpdated(info) {
        set((s) => ({ jobs: { ...s.jobs, [info.id]: info } }));
        if (info.status === 'failed') get().notify({ kind: 'error', message: `${info.label}: ${info.error ?? ''}` });
      },
      async cancelJob(id) {
        await get().run((a) => a.jobs.cancel({ id }));
      },
      async setLanguage(language) {
        await changeLanguage(language);
        const prefs = await get().run((a) => a.prefs.set({ language }));
        if (prefs) set({ prefs });
      },
      async setTheme(theme) {
        // Shown at once; the saved preferences confirm it (or put the old one back on an error).
        const before = get().prefs;
        if (before) set({ prefs: { ...before, theme } });
        const prefs = await get().run((a) => a.prefs.set({ theme }));
        set({ prefs: prefs ?? before });
      },
    };
  });
}
