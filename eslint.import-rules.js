/**
 * The import direction between the processes, as ESLint config blocks: each area lists the
 * folders it must not reach into. Kept apart from the main config so a test can lint sample
 * code against exactly these rules.
 */
const noElectron = {
  name: 'electron',
  message: 'Only the Electron shell (main/*.ts outside core/) and preload/index.ts may import electron.',
};
const into = (folders, why) => ({
  regex: `(^|/)(${folders.join('|')})/`,
  message: why,
});

/** @type {import('eslint').Linter.Config[]} */
export const importRules = [
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            into(
              ['main', 'preload', 'renderer'],
              'The shared layer is imported by every process and imports none of them.',
            ),
            { regex: '^node:', message: 'The shared layer runs in the page too: no Node modules.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            into(
              ['main', 'preload'],
              'The renderer talks to the core only through shared/ (types, vocabulary, API client).',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [into(['main', 'renderer'], 'The preload bridge knows only the contract in shared/.')] },
      ],
    },
  },
  {
    files: ['main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            into(
              ['renderer', 'preload'],
              'The core imports shared/ only; the UI and the bridge depend on it, never the reverse.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['main/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            into(['renderer', 'preload'], 'The shell loads the page and the bridge as files, never as imports.'),
          ],
        },
      ],
    },
  },
];
