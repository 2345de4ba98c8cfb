import type { Linter } from 'eslint';
/** The import-direction blocks of the ESLint config (see eslint.import-rules.js). */
export declare const importRules: Linter.Config[];
