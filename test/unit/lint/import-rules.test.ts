/**
 * The import direction between processes is enforced by lint: sample files placed in each area
 * with an import that breaks the rules must fail, and the allowed imports must pass. The sample
 * code is linted against the same rule blocks the project's ESLint config uses.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import projectConfig from '../../../eslint.config.js';
import { importRules } from '../../../eslint.import-rules.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');

const eslint = new ESLint({
  cwd: ROOT,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } }, ...importRules],
});

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

const use = (spec: string) => `import { x } from '${spec}';\nexport const y = x;\n`;

describe('import rules between processes', () => {
  it.each([
    ['renderer/src/screens/Fixture.tsx', '../../../main/core/project/session', /through shared/],
    ['renderer/src/Fixture.ts', '../../preload/index', /through shared/],
    ['renderer/src/Fixture.ts', 'electron', /Only the Electron shell/],
    ['shared/fixture.ts', '../main/core/scoring/gap.js', /imports none of them/],
    ['shared/contract/fixture.ts', '../../renderer/src/format', /imports none of them/],
    ['shared/fixture.ts', 'node:fs', /no Node modules/],
    ['preload/fixture.ts', '../main/core/app/jobs.js', /knows only the contract/],
    ['main/core/scoring/fixture.ts', '../../../renderer/src/format', /imports shared\/ only/],
    ['main/core/api/fixture.ts', '../../../preload/index.js', /imports shared\/ only/],
    ['main/core/app/fixture.ts', 'electron', /Only the Electron shell/],
    ['main/fixture.ts', '../renderer/src/main', /as files, never as imports/],
  ])('%s importing %s fails', async (file, spec, why) => {
    const found = await problems(file, use(spec));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^no-restricted-imports: /);
    expect(found[0]).toMatch(why);
  });

  it.each([
    ['renderer/src/Fixture.ts', '../../shared/api-client'],
    ['preload/fixture.ts', '../shared/contract/names.js'],
    ['main/core/scoring/fixture.ts', '../../../shared/metric-keys.js'],
    ['main/fixture.ts', 'electron'],
    ['preload/index-fixture.ts', 'electron'],
    ['shared/fixture.ts', './schema.js'],
  ])('%s importing %s passes', async (file, spec) => {
    expect(await problems(file, use(spec))).toEqual([]);
  });

  it('the project config applies every one of these blocks', () => {
    for (const block of importRules) expect(projectConfig).toContainEqual(block);
  });
});
