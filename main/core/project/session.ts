/**
 * One open project: the document in memory, its file, lock, dirty flag and undo history.
 *
 * The document is immutable (immer drafts); every change goes through `mutate`, which keeps
 * the previous state for undo at the cost of only the changed branches (structural sharing).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { produce, setAutoFreeze, type Draft } from 'immer';
import { createDocument, parseDocument, serializeDocument } from './document.js';
import { GapboardError } from './errors.js';
import { readProjectBytes, sha256, writeAtomic } from './file-io.js';
import { acquireLock } from './lock.js';
import type { ProjectDocument } from '../../../shared/schema.js';

// Freezing a document with hundreds of thousands of predictions costs more than it protects.
setAutoFreeze(false);

const UNDO_LIMIT = 100;

export interface SessionOptions {
  now: () => string;
  /** Skip the lock (tests of the lock itself, read-only presenting). */
  readOnly?: boolean;
}

interface HistoryEntry {
  doc: ProjectDocument;
  label: string;
}

export class ProjectSession {
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];
  private savedDoc: ProjectDocument;
  private releaseLock: () => Promise<void> = async () => undefined;

  private constructor(
    readonly file: string,
    public doc: ProjectDocument,
    private diskHash: string | null,
    readonly readOnly: boolean,
    readonly readOnlyReason: string | null,
    private readonly now: () => string,
    private migratedFrom: number | undefined,
    private originalBytes: Buffer | null,
  ) {
    this.savedDoc = doc;
  }

  /** Creates a new project file; refuses to replace an existing one. */
  static async create(file: string, name: string, opts: SessionOptions): Promise<ProjectSession> {
    const abs = path.resolve(file);
    try {
      await fs.access(abs);
      throw new GapboardError('EXISTS', `${abs} already exists; open it instead or choose another name.`);
    } catch (err) {
      if (err instanceof GapboardError) throw err;
    }
    try {
      await fs.mkdir(path.dirname(abs), { recursive: true });
    } catch (err) {
      throw new GapboardError('IO', `Cannot create the folder for ${abs}: ${(err as Error).message}`);
    }
    const doc = createDocument(name, opts.now());
    await writeAtomic(abs, serializeDocument(doc), false);
    const session = await ProjectSession.open(abs, opts);
    return session;
  }

  static async open(file: string, opts: SessionOptions): Promise<ProjectSession> {
    const abs = path.resolve(file);
    const bytes = await readProjectBytes(abs);
    const { doc, migratedFrom } = parseDocument(bytes, path.basename(abs));
    let readOnly = Boolean(opts.readOnly);
    let reason: string | null = readOnly ? 'Opened read-only.' : null;
    let release: (() => Promise<void>) | undefined;
    if (!readOnly) {
      const lock = await acquireLock(abs, opts.now());
      if (lock.acquired) {
        release = lock.release;
      } else {
        readOnly = true;
        reason = lock.owner
          ? `Opened read-only: ${path.basename(abs)} is open in another Gapboard (process ${lock.owner.pid} on ${lock.owner.host}, since ${lock.owner.at}).`
          : `Opened read-only: ${path.basename(abs)} cannot be locked for writing here.`;
      }
    }
    const session = new ProjectSession(
      abs,
      doc,
      sha256(bytes),
      readOnly,
      reason,
      opts.now,
      migratedFrom,
      migratedFrom !== undefined ? bytes : null,
    );
    if (release) session.releaseLock = release;
    return session;
  }

  get dirty(): boolean {
    return this.doc !== this.savedDoc;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  get undoLabel(): string | null {
    return this.undoStack.at(-1)?.label ?? null;
  }

  get redoLabel(): string | null {
    return this.redoStack.at(-1)?.label ?? null;
  }

  get schemaMigratedFrom(): number | undefined {
    return this.migratedFrom;
  }

  /** Applies a change to the document; `label` names it for Undo ("Edit R-3"). */
  mutate<T = void>(label: string, recipe: (draft: Draft<ProjectDocument>) => T): T {
    if (this.readOnly) throw new GapboardError('READ_ONLY', this.readOnlyReason ?? 'The project is read-only.');
    let out: T | undefined;
    const next = produce(this.doc, (draft) => {
      out = recipe(draft);
    });
    if (next !== this.doc) {
      this.undoStack.push({ doc: this.doc, label });
      if (this.undoStack.length > UNDO_LIMIT) this.undoStack.shift();
      this.redoStack = [];
      this.doc = next;
    }
    return out as T;
  }

  undo(): string | null {
    const entry = this.undoStack.pop();
    if (!entry) return null;
    this.redoStack.push({ doc: this.doc, label: entry.label });
    this.doc = entry.doc;
    return entry.label;
  }

  redo(): string | null {
    const entry = this.redoStack.pop();
    if (!entry) return null;
    this.undoStack.push({ doc: this.doc, label: entry.label });
    this.doc = entry.doc;
    return entry.label;
  }

  /** True when the file on disk is no longer what this session last read or wrote. */
  async changedOnDisk(): Promise<boolean> {
    try {
      return sha256(await fs.readFile(this.file)) !== this.diskHash;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return this.diskHash !== null;
      throw err;
    }
  }

  /**
   * Writes the document. Refuses when read-only, and when another program changed the file
   * since it was read (unless `force`), so nobody's work is overwritten unseen.
   */
  async save(opts: { force?: boolean } = {}): Promise<void> {
    if (this.readOnly) throw new GapboardError('READ_ONLY', this.readOnlyReason ?? 'The project is read-only.');
    const text = serializeDocument(this.doc);
    if (!opts.force && (await this.changedOnDisk())) {
      throw new GapboardError(
        'CONFLICT',
        `${path.basename(this.file)} was changed on disk by another program since it was opened. Reload it, or save anyway to overwrite those changes.`,
      );
    }
    if (this.originalBytes && this.migratedFrom !== undefined) {
      // Keep the pre-migration file: older Gapboard builds can still open that copy.
      await fs.writeFile(`${this.file}.schema-v${this.migratedFrom}.bak`, this.originalBytes);
      this.originalBytes = null;
    }
    await writeAtomic(this.file, text);
    this.diskHash = sha256(text);
    this.savedDoc = this.doc;
    this.migratedFrom = undefined;
  }

  /** Re-reads the file from disk, dropping unsaved changes and the undo history. */
  async reload(): Promise<void> {
    const bytes = await readProjectBytes(this.file);
    const { doc } = parseDocument(bytes, path.basename(this.file));
    this.doc = doc;
    this.savedDoc = doc;
    this.diskHash = sha256(bytes);
    this.undoStack = [];
    this.redoStack = [];
  }

  async close(): Promise<void> {
    await this.releaseLock();
    this.releaseLock = async () => undefined;
  }

  /** Folder paths inside the document are relative to. */
  get folder(): string {
    return path.dirname(this.file);
  }

  nowIso(): string {
    return this.now();
  }
}

/** Opens a project, runs `fn`, saves when it changed anything, and always closes. */
export async function withProject<T>(
  file: string,
  opts: SessionOptions,
  fn: (session: ProjectSession) => Promise<T> | T,
): Promise<T> {
  const session = await ProjectSession.open(file, opts);
  try {
    const result = await fn(session);
    if (session.dirty) await session.save();
    return result;
  } finally {
    await session.close();
  }
}
