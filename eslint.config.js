import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { importRules } from './eslint.import-rules.js';

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', '.test-results/**', 'sample/**', 'dist/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.mjs', '*.ts', 'scripts/*.mjs', 'bin/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
      // An async signature documents a contract even when one implementation is synchronous.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // Which process may import which. The shared layer (document and result types, the metric
  // vocabulary, the contract) is imported by every process and imports none of them; the
  // renderer and the preload reach the core only through it; only the Electron shell (main/*.ts
  // outside core/) and the preload bridge import electron, so the core runs under plain Node.
  ...importRules,
  {
    // Scripts, benchmarks, tests and CLI entry points talk to a terminal.
    files: ['scripts/**', 'bin/**', 'bench/**', 'test/**', 'sample-generator/**', 'main/core/cli/main.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
