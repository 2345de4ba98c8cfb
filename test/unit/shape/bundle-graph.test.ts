/**
 * What the page and the preload bridge load at run time: the modules reachable from their
 * entry points through imports that survive compilation (type-only imports are erased). The
 * argument schemas and zod stay in the core; the page gets the plain list of method names.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Specifiers of the imports and re-exports in `source` that are not type-only. */
function runtimeImports(source: string): string[] {
  const out: string[] = [];
  const re = /^(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|^import\s+['"]([^'"]+)['"]/gm;
  for (const m of source.matchAll(re)) {
    if (m[5]) {
      out.push(m[5]); // side-effect import
      continue;
    }
    if (m[2]) continue; // `import type …` / `export type …`
    const names = m[3]!;
    const braces = /\{([^}]*)\}/.exec(names);
    const onlyTypes =
      braces !== null &&
      !names.replace(braces[0], '').replace(/,/g, '').trim() &&
      braces[1]!
        .split(',')
        .map((n) => n.trim())
        .filter(Boolean)
        .every((n) => n.startsWith('type '));
    if (!onlyTypes) out.push(m[4]!);
  }
  return out;
}

function resolve(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec.replace(/\.js$/, ''));
  for (const c of [`${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), base]) {
    if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  }
  return null;
}

/** Every local module and every package reachable from `entry` at run time. */
function graph(entry: string): { modules: string[]; packages: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = [path.join(ROOT, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of runtimeImports(fs.readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) {
        const target = resolve(file, spec);
        if (target && /\.tsx?$/.test(target)) queue.push(target);
      } else {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
  }
  return { modules: [...seen].map((f) => path.relative(ROOT, f)), packages };
}

describe('what the page and the bridge load', () => {
  it('the renderer loads no zod and no argument schema, only the plain method list', () => {
    const { modules, packages } = graph('renderer/src/main.tsx');
    expect(packages).not.toContain('zod');
    expect(modules).toContain('shared/contract/names.ts');
    expect(modules.filter((m) => /shared\/contract\/\w+-methods\.ts$/.test(m) || m === 'shared/schema.ts')).toEqual([]);
    expect(modules.filter((m) => m.startsWith('main/') || m.startsWith('preload/'))).toEqual([]);
  });

  it('the preload bridge loads only electron and the contract names', () => {
    const { modules, packages } = graph('preload/index.ts');
    expect([...packages]).toEqual(['electron']);
    expect(modules.sort()).toEqual(
      ['preload/index.ts', 'shared/api-client.ts', 'shared/contract/events.ts', 'shared/contract/names.ts'].sort(),
    );
  });

  it('the scan notices a runtime import of zod (it is not blind)', () => {
    expect(
      runtimeImports("import { z } from 'zod';\nimport type { Y } from './y';\nimport { type A, b } from './ab';"),
    ).toEqual(['zod', './ab']);
    expect(runtimeImports("import { type A, type B } from './types';\nexport type { C } from './c';")).toEqual([]);
  });
});
