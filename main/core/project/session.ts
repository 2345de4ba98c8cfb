/**
 * One open project: the document in memory, its file, lock, dirty flag and undo history.
 *
 * The document is immutable (immer drafts); every change goes through `mutate`, which keeps
 * the previous state for undo at the cost of only the changed branches (structural sharing).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { produce, setAutoFreeze, type Draft } from 'immer';
import { createDocument, parseDocument, serializeChecked, serializeDocument } from './document.js';
import { GapboardError } from './errors.js';
import { checkProjectPath, readProjectFile, sha256, writeAtomic, type FileIdentity } from './file-io.js';
import { acquireLock, type LockOwner } from './lock.js';
import type { ProjectDocument } from '../../../shared/schema.js';
import { sweepLeftovers } from './temp-files.js';
import { linkInlineData } from './migrate-store.js';
import { storeDirFor } from '../store/layout.js';

// Freezing a document with hundreds of thousands of predictions costs more than it protects.
setAutoFreeze(false);

const UNDO_LIMIT = 100;

export interface SessionOptions {
  now: () => string;
  /** Skip the lock (tests of the lock itself, read-only presenting). */
  readOnly?: boolean;
  /** Largest file opened (bytes); see `DEFAULT_MAX_PROJECT_BYTES`. */
  maxBytes?: number;
  /** How long to wait for another writer to finish before opening read-only (CLI writers). */
  lockWaitMs?: number;
  onLockWait?: (owner: LockOwner | undefined) => void;
  signal?: AbortSignal;
}

function lockedMessage(file: string, owner: LockOwner | undefined): string {
  return owner
    ? `Opened read-only: ${path.basename(file)} is open in another Gapboard (process ${owner.pid} on ${owner.host}, since ${owner.at}).`
    : `Opened read-only: ${path.basename(file)} cannot be locked for writing here.`;
}

interface HistoryEntry {
  doc: ProjectDocument;
  label: string;
}

export class ProjectSession {
  private undoStack: HistoryEntry[] = [];
  private redoStack: HistoryEntry[] = [];
  private savedDoc: ProjectDocument;
  /** What the last load or save checked against the schema (null: the next save checks all). */
  private checkedDoc: ProjectDocument | null;
  private releaseLock: () => Promise<void> = async () => undefined;
  private lockStillHeld: () => Promise<boolean> = async () => true;
  private maxBytes: number | undefined;
  /** Where a read-only open of an older file keeps the store it migrated into (see `linkInlineData`). */
  private scratchStore: string | null = null;

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
    // A migrated document had links added after it was checked: the first save checks all.
    this.checkedDoc = migratedFrom === undefined ? doc : null;
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
    await writeAtomic(abs, serializeDocument(doc), { expect: null });
    const session = await ProjectSession.open(abs, opts);
    return session;
  }

  /**
   * Opens a project. A writer takes the lock first (waiting up to `lockWaitMs` for another
   * writer to finish), sweeps what crashed writers left behind, and only then reads the file,
   * so what it read is what the file holds until it saves.
   */
  static async open(file: string, opts: SessionOptions): Promise<ProjectSession> {
    const abs = path.resolve(file);
    let readOnly = Boolean(opts.readOnly);
    let reason: string | null = readOnly ? 'Opened read-only.' : null;
    let lock: Awaited<ReturnType<typeof acquireLock>> | undefined;
    if (!readOnly) {
      await checkProjectPath(abs);
      lock = await acquireLock(abs, opts.now(), {
        waitMs: opts.lockWaitMs ?? 0,
        ...(opts.onLockWait ? { onWait: opts.onLockWait } : {}),
        ...(opts.signal ? { signal: opts.signal } : {}),
      });
      if (lock.acquired) {
        await sweepLeftovers(abs);
      } else {
        readOnly = true;
        reason = lockedMessage(abs, lock.owner);
      }
    }
    try {
      const { bytes } = await readProjectFile(abs, opts.maxBytes);
      const { doc, migratedFrom, inline } = parseDocument(bytes, path.basename(abs));
      const scratch = await linkInlineData(doc, inline, abs, readOnly);
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
      session.maxBytes = opts.maxBytes;
      session.scratchStore = scratch;
      if (lock?.acquired) {
        session.releaseLock = lock.release;
        session.lockStillHeld = lock.stillHeld;
      }
      return session;
    } catch (err) {
      await lock?.release();
      throw err;
    }
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
      return sha256((await readProjectFile(this.file, this.maxBytes)).bytes) !== this.diskHash;
    } catch (err) {
      if (err instanceof GapboardError && err.code === 'NOT_FOUND') return this.diskHash !== null;
      throw err;
    }
  }

  /** The file's bytes and identity now, or null when it is gone. */
  private async readDisk(): Promise<{ bytes: Buffer; identity: FileIdentity } | null> {
    try {
      return await readProjectFile(this.file, this.maxBytes);
    } catch (err) {
      if (err instanceof GapboardError && err.code === 'NOT_FOUND') return null;
      throw err;
    }
  }

  /**
   * Writes the document. Refuses when read-only, when this session's lock was taken over, and
   * when another program changed the file since it was read (unless `force`), so nobody's work
   * is overwritten unseen. The check and the replace happen under the lock, and the file's
   * identity is checked again right before the rename.
   */
  async save(opts: { force?: boolean } = {}): Promise<void> {
    if (this.readOnly) throw new GapboardError('READ_ONLY', this.readOnlyReason ?? 'The project is read-only.');
    const { text, checked } = serializeChecked(this.doc, this.checkedDoc);
    if (!(await this.lockStillHeld())) {
      throw new GapboardError(
        'CONFLICT',
        `${path.basename(this.file)} is no longer locked by this Gapboard (another one took it over); nothing was saved. Reopen the project.`,
      );
    }
    const disk = await this.readDisk();
    const changed = disk ? sha256(disk.bytes) !== this.diskHash : this.diskHash !== null;
    if (!opts.force && changed) {
      throw new GapboardError(
        'CONFLICT',
        `${path.basename(this.file)} was changed on disk by another program since it was opened. Reload it, or save anyway to overwrite those changes.`,
      );
    }
    if (this.originalBytes && this.migratedFrom !== undefined) {
      // Keep the pre-migration file: older Gapboard builds can still open that copy.
      await writeAtomic(`${this.file}.schema-v${this.migratedFrom}.bak`, this.originalBytes);
      this.originalBytes = null;
    }
    await writeAtomic(this.file, text, {
      backup: disk?.bytes ?? null,
      expect: disk?.identity ?? null,
    });
    this.diskHash = sha256(text);
    this.savedDoc = this.doc;
    this.checkedDoc = checked;
    this.migratedFrom = undefined;
  }

  /** Re-reads the file from disk, dropping unsaved changes and the undo history. */
  async reload(): Promise<void> {
    const { bytes } = await readProjectFile(this.file, this.maxBytes);
    const { doc, inline, migratedFrom } = parseDocument(bytes, path.basename(this.file));
    const scratch = await linkInlineData(doc, inline, this.file, this.readOnly);
    await this.dropScratchStore();
    this.scratchStore = scratch;
    this.doc = doc;
    this.savedDoc = doc;
    this.checkedDoc = migratedFrom === undefined ? doc : null;
    this.diskHash = sha256(bytes);
    this.undoStack = [];
    this.redoStack = [];
  }

  async close(): Promise<void> {
    await this.releaseLock();
    this.releaseLock = async () => undefined;
    await this.dropScratchStore();
  }

  private async dropScratchStore(): Promise<void> {
    if (!this.scratchStore) return;
    await fs.rm(this.scratchStore, { recursive: true, force: true }).catch(() => undefined);
    this.scratchStore = null;
  }

  /**
   * The store folder holding the project's per-sample data: the one beside the project file,
   * except for a read-only open of an older file, whose migrated data lives in a temporary
   * folder until the session closes.
   */
  get storeDir(): string {
    return this.scratchStore ?? storeDirFor(this.file);
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
