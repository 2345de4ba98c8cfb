/**
 * The core every front shares (Electron IPC, the browser host, tests): plain Node with its
 * needs injected — where preferences live, how to push events, the clock, a logger.
 */
import path from 'node:path';
import type { EventName, EventPayloads, ProjectView } from '../../../shared/contract.js';
import { GapboardError } from '../project/errors.js';
import { serializeDocument } from '../project/document.js';
import { writeProjectCopy } from '../project/save-as.js';
import { ProjectSession } from '../project/session.js';
import { createMemoryPrefs, withRecent, type PrefsStore } from './prefs.js';
import { JobRunner } from './jobs.js';
import { createMemoryTemplateStore, type TemplateStore } from '../templates/store.js';
import { toView } from './project-view.js';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

export interface CoreDeps {
  host: 'electron' | 'browser';
  version?: string;
  prefs?: PrefsStore;
  now?: () => string;
  log?: Logger;
  emit?: <E extends EventName>(event: E, payload: EventPayloads[E]) => void;
  /** Native file dialog; absent in the browser host. */
  pickPath?: (kind: 'open' | 'save', defaultName?: string) => Promise<string | null>;
  /** Prints report HTML to PDF with the host's own engine (Electron's printToPDF). */
  printPdf?: (html: string) => Promise<Buffer>;
  /** Makes a fresh, writable copy of the sample project and returns its file. */
  copySample?: () => Promise<string>;
  /** Where those copies are made (one folder each), so the UI can call them working copies. */
  samplesDir?: string;
  /** The user's own requirement templates (in the app's data folder). */
  templates?: TemplateStore;
}

export class GapboardCore {
  readonly prefs: PrefsStore;
  readonly now: () => string;
  readonly log: Logger;
  readonly jobs: JobRunner;
  readonly templates: TemplateStore;
  private session: ProjectSession | null = null;

  constructor(readonly deps: CoreDeps) {
    this.jobs = new JobRunner((info) => deps.emit?.('job.progress', info));
    this.prefs = deps.prefs ?? createMemoryPrefs();
    this.now = deps.now ?? (() => new Date().toISOString());
    this.log = deps.log ?? silentLogger;
    this.templates = deps.templates ?? createMemoryTemplateStore();
  }

  get current(): ProjectSession | null {
    return this.session;
  }

  /** The open project, or a NO_PROJECT error for methods that need one. */
  requireSession(): ProjectSession {
    if (!this.session) throw new GapboardError('NO_PROJECT', 'No project is open.');
    return this.session;
  }

  view(): ProjectView | null {
    return this.session ? toView(this.session, this.deps.samplesDir) : null;
  }

  /** Sends the new project state to every window and returns it. */
  changed(): ProjectView {
    const view = toView(this.requireSession(), this.deps.samplesDir);
    this.deps.emit?.('project.changed', view);
    return view;
  }

  private async adopt(session: ProjectSession): Promise<ProjectView> {
    if (this.session) await this.session.close();
    this.session = session;
    this.prefs.set(withRecent(this.prefs.get(), session.file));
    this.log.info(`opened ${session.file}${session.readOnly ? ' (read-only)' : ''}`);
    return this.changed();
  }

  async create(file: string, name: string): Promise<ProjectView> {
    this.refuseIfDirty();
    const abs = file.endsWith('.gapboard') ? path.resolve(file) : path.resolve(`${file}.gapboard`);
    return this.adopt(await ProjectSession.create(abs, name, { now: this.now }));
  }

  async open(file: string): Promise<ProjectView> {
    this.refuseIfDirty();
    return this.adopt(await ProjectSession.open(file, { now: this.now }));
  }

  async openSample(): Promise<ProjectView> {
    if (!this.deps.copySample) throw new GapboardError('UNSUPPORTED', 'This build has no sample project.');
    this.refuseIfDirty();
    return this.adopt(await ProjectSession.open(await this.deps.copySample(), { now: this.now }));
  }

  /**
   * Writes the open project (with its unsaved changes) to a new file and continues there; the
   * file it was opened from keeps what it had on disk. The undo history starts afresh.
   */
  async saveAs(file: string): Promise<ProjectView> {
    const session = this.requireSession();
    const target = await writeProjectCopy(session.file, serializeDocument(session.doc), file, session.storeDir);
    return this.adopt(await ProjectSession.open(target, { now: this.now }));
  }

  /** `npm start` with no file: the last project that still opens, else the sample. */
  async openLastOrSample(): Promise<ProjectView | null> {
    for (const file of this.prefs.get().recentProjects.slice(0, 1)) {
      try {
        return await this.open(file);
      } catch (err) {
        this.log.warn(`could not reopen ${file}: ${(err as Error).message}`);
      }
    }
    return this.deps.copySample ? this.openSample() : null;
  }

  async close(discard = false): Promise<null> {
    if (!this.session) return null;
    if (this.session.dirty && !discard) {
      throw new GapboardError('BAD_ARGUMENT', 'The project has unsaved changes: save them or close with discard.');
    }
    await this.jobs.cancelAll();
    await this.session.close();
    this.session = null;
    this.deps.emit?.('project.changed', null);
    return null;
  }

  /** Closing the window or quitting: release the lock whatever state the project is in. */
  async dispose(): Promise<void> {
    await this.jobs.cancelAll();
    await this.session?.close();
    this.session = null;
  }

  private refuseIfDirty(): void {
    if (this.session?.dirty) {
      throw new GapboardError(
        'BAD_ARGUMENT',
        `${path.basename(this.session.file)} has unsaved changes: save or close it first.`,
      );
    }
  }
}
