/**
 * `gapboard gc` on real files: store tables no link names are listed with their sizes and
 * removed with --delete; a linked table (wherever its link sits) and one only the backup
 * links are never removed; a temp file is removed only when its writer is gone and it is
 * stale. The project file itself is never touched.
 */
import { mkdirSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/core/cli/run-cli.js';
import { SAMPLE_COLUMNS, storeDirFor, writeStoreTable } from '../../../main/core/store/index.js';
import { referencedStoreHashes } from '../../../main/core/store/references.js';
import { docLinking } from '../../helpers/store-link-doc.js';
import { captureIo, fileHash, tempDir } from '../../helpers/temp.js';

const H = (c: string) => c.repeat(64);

describe('referencedStoreHashes', () => {
  it('finds every `store` link by shape, wherever it sits, and nothing else', () => {
    const doc = {
      datasets: [{ versions: [{ samples: { store: H('a'), rows: 3, columns: ['idx'] } }, { samples: [] }] }],
      runs: [
        { predictions: { store: H('b'), rows: 3, columns: [] } },
        { predictions: { truth: [1, 2], pred: [1, 2] } },
      ],
      deep: { list: [[{ store: H('c') }]] },
      notLinks: { store: 'abc', other: H('d'), nested: { store: H('A') }, n: { store: 42 } },
      named: { sha256: H('e') },
    };
    expect([...referencedStoreHashes(doc)].sort()).toEqual([H('a'), H('b'), H('c')]);
    expect(referencedStoreHashes(null).size).toBe(0);
  });
});

async function table(storeDir: string, label: string): Promise<string> {
  const rows = [[0, `${label}.png`, H('0'), 1, label, null, null]];
  return (await writeStoreTable(storeDir, SAMPLE_COLUMNS, rows)).sha256;
}

async function gc(cwd: string, ...argv: string[]) {
  const { io, cli } = captureIo(cwd);
  const code = await runCli(['gc', ...argv], cli);
  return { code, ...io };
}

describe('gapboard gc', () => {
  it('lists, then deletes, only what nothing links; keeps linked, backup-linked and live temp files', async () => {
    const dir = tempDir('gapboard-gc-');
    const file = path.join(dir, 'p.gapboard');
    const store = storeDirFor(file);
    const [linked, backupOnly, orphan] = [await table(store, 'a'), await table(store, 'b'), await table(store, 'c')];
    writeFileSync(file, docLinking(linked));
    writeFileSync(`${file}.bak`, docLinking(backupOnly));
    const stale = `.999999999-${'1'.repeat(12)}.parquet.tmp`;
    const live = `.${process.pid}-${'2'.repeat(12)}.parquet.tmp`;
    writeFileSync(path.join(store, stale), Buffer.alloc(2048));
    writeFileSync(path.join(store, live), Buffer.alloc(10));
    const old = new Date(Date.now() - 3600_000);
    utimesSync(path.join(store, stale), old, old);
    utimesSync(path.join(store, live), old, old);
    writeFileSync(path.join(store, 'notes.txt'), 'not a store file');
    const orphanBytes = statSync(path.join(store, `${orphan}.parquet`)).size;
    const projectHash = fileHash(file);
    const before = readdirSync(store).sort();

    const listed = await gc(dir, 'p.gapboard');
    expect(listed.code).toBe(0);
    const lines = listed.out.trim().split('\n');
    expect(lines).toHaveLength(5);
    const line = (name: string) => lines.find((l) => l.includes(name)) ?? '';
    expect(line(orphan)).toMatch(new RegExp(`^unreferenced +p\\.store/${orphan}\\.parquet +[\\d.]+ (B|KiB)$`));
    expect(line(stale)).toMatch(/^stray temp +p\.store\/\.999999999-1{12}\.parquet\.tmp +2\.0 KiB$/);
    expect(line(live)).toMatch(/^temp \(a write may still use it\) +p\.store\/\.\d+-2{12}\.parquet\.tmp +10 B$/);
    expect(line(backupOnly)).toMatch(new RegExp(`^kept: the backup links it +p\\.store/${backupOnly}\\.parquet`));
    expect(line(linked)).toBe('');
    expect(lines[4]).toMatch(/^2 files \(.+\) can be removed: run again with --delete\.$/);
    expect(readdirSync(store).sort()).toEqual(before);

    const json = await gc(dir, 'p.gapboard', '--json');
    expect(JSON.parse(json.out)).toMatchObject({
      unreferenced: [{ name: `${orphan}.parquet`, bytes: orphanBytes }],
      referenced: 1,
    });

    const deleted = await gc(dir, 'p.gapboard', '--delete');
    expect(deleted.code).toBe(0);
    expect(deleted.out).toMatch(/Removed 2 files \(.+\); 1 linked store file kept\.\n$/);
    expect(readdirSync(store).sort()).toEqual([`${linked}.parquet`, `${backupOnly}.parquet`, live, 'notes.txt'].sort());
    expect(fileHash(file)).toBe(projectHash);

    const again = await gc(dir, 'p.gapboard');
    expect(again.out.split('\n').map((l) => l.split(/ {2,}/)[0])).toEqual([
      'temp (a write may still use it)',
      'kept: the backup links it',
      'Nothing to remove: the project links all 1 store file.',
      '',
    ]);
  });

  it('says so when the project has no store folder', async () => {
    const dir = tempDir('gapboard-gc-');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'p.gapboard'), docLinking(null));
    const r = await gc(dir, 'p.gapboard');
    expect(r).toMatchObject({ code: 0, out: 'Nothing to remove: the project links all 0 store files.\n', err: '' });
  });
});
