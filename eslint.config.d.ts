import type { Linter } from 'eslint';
/** The project's flat ESLint config (see eslint.config.js). */
declare const config: Linter.Config[];
export default config;
